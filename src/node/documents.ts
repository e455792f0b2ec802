import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentInput } from '../engine/documents';
import { FileRefused, readRegularFile } from './safe-read';

/**
 * Node adapter: reads a user's folders of Markdown/text documents for the engine. Anything it
 * cannot use (too large, binary, unreadable, a link loop, a device or pipe, a link leading out of
 * the folder) is skipped with one warning naming the file; everything else loads. Only regular
 * files inside the folder asked for are read, each after a size check.
 */

export interface LoadedDocuments {
  documents: DocumentInput[];
  warnings: string[];
}

const TEXT_FILE = /\.(md|markdown|mdx|txt|text)$/i;
/** Larger files are not prose anyone wants chunked into an answer, and would stall indexing. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 20_000;

export function loadDocumentDirs(dirs: readonly string[]): LoadedDocuments {
  const documents: DocumentInput[] = [];
  const warnings: string[] = [];
  const usedPrefixes = new Set<string>();
  for (const dir of dirs) {
    const abs = path.resolve(dir);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      warnings.push(`${dir}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    // Citations name files as <folder>/<relative path>; a second folder of the same name gets a suffix.
    let prefix = path.basename(abs) || 'knowledge';
    for (let i = 2; usedPrefixes.has(prefix); i++) prefix = `${path.basename(abs)}-${i}`;
    usedPrefixes.add(prefix);
    const files = stat.isDirectory() ? walk(abs, warnings) : [abs];
    if (!stat.isDirectory() && !stat.isFile()) {
      warnings.push(`${dir}: skipped, not a regular file (a device, pipe or socket is never read)`);
      continue;
    }
    for (const file of files) {
      const shown = stat.isDirectory() ? `${prefix}/${path.relative(abs, file).split(path.sep).join('/')}` : path.basename(file);
      const doc = readDocument(file, shown, warnings);
      if (doc) documents.push(doc);
    }
  }
  return { documents, warnings };
}

/** Whether `real` (a resolved path) is `root` or inside it. */
function inside(root: string, real: string): boolean {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function walk(root: string, warnings: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch (e) {
    warnings.push(`${root}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return out;
  }
  const visit = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      warnings.push(`${dir}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    if (seen.has(real)) {
      warnings.push(`${dir}: skipped, a link loops back to ${real}`);
      return;
    }
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push(`${dir}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          // A link is followed only while it stays inside the folder: never out to /etc/passwd.
          if (!inside(realRoot, fs.realpathSync(p))) {
            warnings.push(`${p}: skipped, a link leads outside ${root}`);
            continue;
          }
          const s = fs.statSync(p);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          warnings.push(`${p}: skipped, broken link`);
          continue;
        }
      }
      if (isDir) visit(p);
      else if (isFile && TEXT_FILE.test(e.name)) {
        if (out.length >= MAX_FILES) {
          warnings.push(`${root}: more than ${MAX_FILES} documents; the rest were skipped`);
          return;
        }
        out.push(p);
      }
    }
  };
  visit(root);
  return out;
}

function readDocument(file: string, shown: string, warnings: string[]): DocumentInput | null {
  try {
    const buf = readRegularFile(file, MAX_DOCUMENT_BYTES, 'a document');
    if (buf.includes(0)) {
      warnings.push(`${shown}: skipped, it is a binary file`);
      return null;
    }
    return { path: shown, content: buf.toString('utf8') };
  } catch (e) {
    if (e instanceof FileRefused) warnings.push(e.code ? `${shown}: cannot read (${e.code})` : `${shown}: skipped, ${e.reason}`);
    else warnings.push(`${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return null;
  }
}
