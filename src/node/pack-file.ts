import { validatePack, type SerializedPack } from '../engine/pack';
import { FileRefused, readRegularTextFile } from './safe-read';

/** Larger files are refused before they are read (a 10,000-passage pack is about 10 MB). */
export const MAX_PACK_BYTES = 256 * 1024 * 1024;

/*
 * Reading a built pack needs no schema compiler: kept apart from the pack builder (pack.ts, which
 * loads ajv and yaml) so hosts that only read packs stay small and start fast.
 */

/** Reads and checks a pack file; the error names the file and says how to fix it. */
export function readPackFile(file: string): SerializedPack {
  let text: string;
  try {
    text = readRegularTextFile(file, MAX_PACK_BYTES, 'a pack');
  } catch (e) {
    if (e instanceof FileRefused && !e.code) throw new Error(`stride-coach: pack ${file}: ${e.reason}`);
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

