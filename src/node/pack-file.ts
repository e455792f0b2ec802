import * as fs from 'node:fs';
import { validatePack, type SerializedPack } from '../engine/pack';

/*
 * Reading a built pack needs no schema compiler: kept apart from the pack builder (pack.ts, which
 * loads ajv and yaml) so hosts that only read packs stay small and start fast.
 */

/** Reads and checks a pack file; the error names the file and says how to fix it. */
export function readPackFile(file: string): SerializedPack {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`stride-coach: cannot read pack ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`stride-coach: ${file} is not a Stride Coach knowledge pack (not JSON)`);
  }
  return validatePack(data, file);
}

