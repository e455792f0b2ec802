/**
 * Knowledge packs from the `strideCoach.packs` setting: each file read and checked on its own,
 * so one bad pack is one warning naming its file and the others still load. No vscode here.
 */
import type { SerializedPack } from '../engine/pack';

export interface LoadedPack {
  file: string;
  pack: SerializedPack;
}

export interface PackLoad {
  packs: LoadedPack[];
  /** One line per file skipped, naming it. */
  warnings: string[];
}

/**
 * Reads every pack file with `read` (the Node adapter's readPackFile). A file that cannot be read
 * or is not a pack, a second pack with a name already loaded, or the same file twice is skipped
 * with a warning that names the file.
 */
export function loadPacks(files: readonly string[], read: (file: string) => SerializedPack): PackLoad {
  const packs: LoadedPack[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    let pack: SerializedPack;
    try {
      pack = read(file);
    } catch (e) {
      warnings.push(withFile((e instanceof Error ? e.message : String(e)).replace(/^stride-coach:\s*/, ''), file));
      continue;
    }
    const twin = packs.find((p) => p.pack.name === pack.name);
    if (twin) {
      warnings.push(`pack ${file}: named "${pack.name}" like ${twin.file}, which is loaded; pack names must differ`);
      continue;
    }
    packs.push({ file, pack });
  }
  return { packs, warnings };
}

/** The reader's message, naming the file if it does not already. */
function withFile(message: string, file: string): string {
  return message.includes(file) ? message : `pack ${file}: ${message}`;
}
