import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import { FileRefused, readRegularTextFile } from '../node/safe-read';
import type { Passage } from '../engine/types';
import schema from '../../knowledge/schema.json';

/**
 * Reads and validates the curated knowledge files. Validation is schema-first (ajv), then the
 * checks a schema cannot express: unique ids, references that resolve, sources that exist.
 * Every problem names file:line:column and the reason; valid files load regardless.
 */

export interface KnowledgeProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface LoadedKnowledge {
  passages: Passage[];
  problems: KnowledgeProblem[];
  files: number;
}

export interface SeedCheck {
  /** Folder holding the seed articles; when missing, source checks are skipped. */
  seedsDir?: string;
  /** Ids outside the folder that `related` and `works` may name (a pack may cite the built-in corpus). */
  externalIds?: ReadonlyMap<string, string>;
  /** YAML files in the folder that are not passages (besides sources.yaml). */
  skipFiles?: readonly string[];
  /** A knowledge pack: sources may be any file of the pack, not only the seed articles. */
  pack?: boolean;
}

/** A knowledge or pack YAML file larger than this is refused before it is read. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/**
 * Aliases one file may use: a few are handy, thousands are an alias bomb (a small file that
 * expands to gigabytes).
 */
export const MAX_ALIASES = 100;

/**
 * The schema validators, compiled on first use: compiling costs some 60 ms, which every CLI
 * process paid at start even when it only answers a question and never reads a knowledge file.
 */
let validators: { knowledge: ValidateFunction; pack: ValidateFunction } | undefined;
function compiledValidators(): { knowledge: ValidateFunction; pack: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    // Packs cite their own documents, not the seed articles: the same schema with any source
    // file name allowed.
    const packSchema = structuredClone(schema) as typeof schema;
    delete (packSchema as { definitions: { passage: { properties: { source: { properties: { file: { pattern?: string } } } } } } }).definitions.passage.properties.source.properties.file.pattern;
    validators = { knowledge: ajv.compile(schema), pack: ajv.compile({ ...packSchema, $id: 'stride-pack-passages' }) };
  }
  return validators;
}

interface Located {
  passage: Passage;
  file: string;
  line: (pathInPassage?: (string | number)[]) => { line: number; column: number };
}

export function loadKnowledgeDir(dir: string, opts: SeedCheck = {}): LoadedKnowledge {
  const problems: KnowledgeProblem[] = [];
  const located: Located[] = [];
  const files = fs
    .readdirSync(dir)
    // sources.yaml maps seed files to titles and lexicon.yaml is language data: not passages.
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'sources.yaml' && f !== 'lexicon.yaml' && !opts.skipFiles?.includes(f))
    .sort();
  let realDir: string | undefined;
  for (const f of files) {
    const file = path.join(dir, f);
    const rel = path.relative(process.cwd(), file) || file;
    let text: string;
    try {
      // Only regular files inside the folder: a link to /etc/passwd or a FIFO named *.yaml is refused.
      if (fs.lstatSync(file).isSymbolicLink()) {
        realDir ??= fs.realpathSync(dir);
        const target = path.relative(realDir, fs.realpathSync(file));
        if (target.startsWith('..') || path.isAbsolute(target)) throw new FileRefused(file, 'a link leading outside the folder is not followed');
      }
      text = readRegularTextFile(file, MAX_YAML_BYTES, 'a knowledge file');
    } catch (e) {
      problems.push({ file: rel, line: 1, column: 1, message: e instanceof FileRefused ? e.reason : `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    const result = parseKnowledgeFile(rel, text, opts.pack ? compiledValidators().pack : compiledValidators().knowledge);
    // Loops, not push(...spread): a file can hold more problems than a call has room for arguments.
    for (const x of result.problems) problems.push(x);
    for (const x of result.located) located.push(x);
  }

  // Ids are unique across files; the first keeps its place, later ones are reported.
  const byId = new Map<string, Located>();
  const unique: Located[] = [];
  for (const l of located) {
    const prev = byId.get(l.passage.id);
    if (prev) {
      const at = prev.line();
      problems.push({ file: l.file, ...l.line(['id']), message: `duplicate id "${l.passage.id}" (first defined at ${prev.file}:${at.line})` });
      continue;
    }
    byId.set(l.passage.id, l);
    unique.push(l);
  }
  for (const l of unique) {
    for (const field of ['related', 'works', 'memberOf', 'aspectOf'] as const) {
      const refs = l.passage[field];
      (typeof refs === 'string' ? [refs] : refs ?? []).forEach((ref, i) => {
        const external = opts.externalIds?.get(ref);
        if (!byId.has(ref) && !external) problems.push({ file: l.file, ...l.line(field === 'aspectOf' ? [field] : [field, i]), message: `${field} names unknown id "${ref}"` });
        const kind = byId.get(ref)?.passage.kind ?? external;
        if (field === 'memberOf' && kind && kind !== 'group') problems.push({ file: l.file, ...l.line([field, i]), message: `memberOf must name a group, not the ${kind} "${ref}"` });
        if (field === 'works' && (byId.get(ref)?.passage.kind ?? external) === 'exercise') {
          problems.push({ file: l.file, ...l.line([field, i]), message: `works must name muscles, not the exercise "${ref}"` });
        }
      });
    }
  }
  if (opts.seedsDir && fs.existsSync(opts.seedsDir)) for (const x of checkSources(unique, opts.seedsDir)) problems.push(x);
  return { passages: unique.map((l) => l.passage), problems, files: files.length };
}

export function parseKnowledgeFile(file: string, text: string, check: ValidateFunction = compiledValidators().knowledge): { located: Located[]; problems: KnowledgeProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: KnowledgeProblem[] = [];
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ file, ...at(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` });
    return { located: [], problems };
  }
  const js = toJSBounded(doc, at);
  if ('problem' in js) return { located: [], problems: [{ file, ...js.problem }] };
  const data = js.value as { passages?: unknown[] } | null;
  const nodeAt = (p: (string | number)[]) => locate(doc, p, at);
  if (!check(data)) {
    // Report each failing passage once per problem, at the most precise node ajv points to.
    for (const e of dedupe(check.errors ?? [])) {
      const p = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      problems.push({ file, ...nodeAt(p), message: describe(e) });
    }
  }
  const bad = new Set<number>();
  for (const e of check.errors ?? []) {
    const m = /^\/passages\/(\d+)/.exec(e.instancePath);
    if (m) bad.add(Number(m[1]));
    else if (e.instancePath === '' || e.instancePath === '/passages') return { located: [], problems };
  }
  const located: Located[] = [];
  (data?.passages ?? []).forEach((raw, i) => {
    if (bad.has(i)) return; // an invalid passage is left out; the rest of the file loads
    located.push({ passage: raw as Passage, file, line: (sub = []) => nodeAt(['passages', i, ...sub]) });
  });
  return { located, problems };
}

/**
 * The document as plain data, refusing an alias bomb with the line of its first alias instead of
 * failing the whole build with no file named.
 */
export function toJSBounded(doc: Document, at: (offset: number) => { line: number; column: number }): { value: unknown } | { problem: { line: number; column: number; message: string } } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    let where = { line: 1, column: 1 };
    visit(doc, {
      Alias(_key, node) {
        if (node.range) where = at(node.range[0]);
        return visit.BREAK;
      },
    });
    return { problem: { ...where, message: `YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (at most ${MAX_ALIASES} aliases)` } };
  }
}

function locate(doc: Document, p: (string | number)[], at: (o: number) => { line: number; column: number }) {
  for (let n = p.length; n >= 0; n--) {
    const node = doc.getIn(p.slice(0, n), true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return { line: 1, column: 1 };
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  // The if/then/else keyword repeats its branch's error; keep the specific ones.
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    const key = `${e.instancePath}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(e: ErrorObject): string {
  const where = e.instancePath.replace(/^\/passages\/(\d+)/, 'passage $1').replace(/\//g, '.') || 'file';
  switch (e.keyword) {
    case 'required': {
      const field = (e.params as { missingProperty: string }).missingProperty;
      // (A name is required of a title that says more than the name: see the schema's `name`.)
      return field === 'name' ? `${where}: missing required field "name": the title has ":" or "(", so give the name it says inside a sentence` : `${where}: missing required field "${field}"`;
    }
    case 'additionalProperties':
      return `${where}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'not':
      return `${where}: works, type and dose belong to exercises only`;
    case 'pattern':
      return e.instancePath.endsWith('/name') ? `${where}: a name is what is said inside a sentence, with no ":" or "("` : `${where}: ${e.message ?? 'invalid'}`;
    default:
      return `${where}: ${e.message ?? 'invalid'}`;
  }
}

/** Section headings and quotes must be found in the seed they cite. */
function checkSources(located: Located[], seedsDir: string): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const cache = new Map<string, { lines: Set<string>; flat: string } | null>();
  const fold = (s: string) => s.replace(/[\u2019\u2018]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  for (const l of located) {
    const { file, section, quote } = l.passage.source;
    if (!cache.has(file)) {
      const p = path.join(seedsDir, file);
      if (!fs.existsSync(p)) cache.set(file, null);
      else {
        const text = fs.readFileSync(p, 'utf8');
        cache.set(file, { lines: new Set(text.split('\n').map(fold)), flat: fold(text) });
      }
    }
    const seed = cache.get(file);
    if (!seed) {
      problems.push({ file: l.file, ...l.line(['source', 'file']), message: `source file "${file}" is not in ${seedsDir}` });
      continue;
    }
    for (const part of section.split(' > ')) {
      if (!seed.lines.has(fold(part))) {
        problems.push({ file: l.file, ...l.line(['source', 'section']), message: `section "${part}" is not a heading line of ${file}` });
      }
    }
    if (quote && !seed.flat.includes(fold(quote))) {
      problems.push({ file: l.file, ...l.line(['source', 'quote']), message: `quote "${quote}" does not occur in ${file}` });
    }
  }
  return problems;
}

export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
