import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createCoach, type Coach } from '../engine/coach';
import type { SerializedCorpus } from '../engine/corpus';
import type { DocumentInput } from '../engine/documents';
import type { Passage } from '../engine/types';
import { loadBuiltinCorpus } from '../node/builtin';
import { loadDocumentDirs } from '../node/documents';
import { readPackFile } from '../node/pack-file';
import { since } from './clock';
import { NameFinder } from './hover-card';
import type { Log } from './log';
import { loadPacks, type LoadedPack } from './packs';

/**
 * The engine for the whole window, loaded on first need (never at activation) and rebuilt when
 * the settings change, without a reload. Knowledge folders and packs that cannot be used produce
 * one warning naming them; the built-in corpus and everything else keep answering.
 */

export const SECTION = 'strideCoach';

export interface CoachSettings {
  /** Absolute paths, resolved from `strideCoach.knowledgeFolders`. */
  knowledgeFolders: string[];
  /** Absolute paths, resolved from `strideCoach.packs`. */
  packs: string[];
  maxCitations: number;
}

/** One engine build, for the log and the benchmark figures. */
export interface EngineLoad {
  reason: string;
  /** Settings, corpus, documents, packs and index, in all. */
  ms: number;
  passages: number;
  packs: number;
  /** Reading the pack files, when they were read for this build (the first time includes loading the pack reader). */
  packsReadMs?: number;
}

export interface CoachService {
  /** The engine, loading it now if it is not loaded yet. */
  coach(): Coach;
  /** Passages by id (built-in and the user's documents). */
  passage(id: string): Passage | undefined;
  /** Muscle and exercise names for hovers. */
  names(): NameFinder;
  /** Forgets the engine and loads it again now (Reload Knowledge, settings changed). */
  reload(reason: string): Coach;
  isLoaded(): boolean;
  /** Fired after the engine was rebuilt; chat controllers reset their lookups. */
  readonly onDidReload: vscode.Event<{ reason: string; passages: number; documents: number }>;
  /** Warnings shown to the user so far (for the tests): one per load with new problems. */
  readonly warningsShown: readonly string[];
  /** Every engine build so far, oldest first. */
  readonly loads: readonly EngineLoad[];
}

interface Loaded {
  coach: Coach;
  byId: Map<string, Passage>;
  names?: NameFinder;
  documents: number;
  packs: number;
}

export function readSettings(): { settings: CoachSettings; problems: string[] } {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const problems: string[] = [];
  const paths = (key: string, what: string): string[] => {
    const raw = cfg.get<unknown>(key, []);
    const out: string[] = [];
    if (Array.isArray(raw)) {
      for (const entry of raw) {
        if (typeof entry === 'string' && entry.trim()) out.push(resolvePath(entry.trim()));
        else problems.push(`${SECTION}.${key}: ignored ${JSON.stringify(entry)}, not a ${what} path`);
      }
    } else if (raw !== undefined && raw !== null) {
      problems.push(`${SECTION}.${key}: should be a list of ${what} paths; ignored`);
    }
    return out;
  };
  const folders = paths('knowledgeFolders', 'folder');
  const packs = paths('packs', 'pack file');
  const n = Number(cfg.get<unknown>('maxCitations', 4));
  const maxCitations = Number.isInteger(n) && n >= 1 && n <= 10 ? n : 4;
  if (maxCitations !== n) problems.push(`strideCoach.maxCitations: ${JSON.stringify(cfg.get('maxCitations'))} is not a whole number from 1 to 10; using 4`);
  return { settings: { knowledgeFolders: folders, packs, maxCitations }, problems };
}


/** `~/x`, absolute, or relative to the first workspace folder that has it (else the first one). */
export function resolvePath(p: string): string {
  if (p === '~' || p.startsWith('~/')) return path.join(process.env.HOME ?? '', p.slice(1));
  if (path.isAbsolute(p)) return path.normalize(p);
  const roots = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  if (!roots.length) return path.resolve(p);
  return path.resolve(roots.find((r) => fs.existsSync(path.resolve(r, p))) ?? roots[0], p);
}

export function createCoachService(context: vscode.ExtensionContext, log: Log, notify: (message: string, setting: string) => void = defaultNotify(log)): CoachService {
  let builtin: SerializedCorpus | undefined;
  let loaded: Loaded | undefined;
  /** Documents per folder list, so a maxCitations change does not re-read the disk. */
  let docsCache: { key: string; documents: DocumentInput[]; warnings: string[] } | undefined;
  /** Packs per file list, likewise; Reload Knowledge reads them again. */
  let packsCache: { key: string; packs: LoadedPack[]; warnings: string[] } | undefined;
  /** A pack file changed on disk (rebuilt, say): read the packs again at the next load. */
  let packsStale = false;
  let packWatchers: vscode.Disposable[] = [];
  const warningsShown: string[] = [];
  const loads: EngineLoad[] = [];
  /** The problems last shown, so an unrelated rebuild (maxCitations) does not repeat them. */
  let lastShown = '';
  const emitter = new vscode.EventEmitter<{ reason: string; passages: number; documents: number }>();
  context.subscriptions.push(emitter);

  function load(reason: string): Loaded {
    const started = performance.now();
    const { settings, problems } = readSettings();
    if (!builtin) {
      const t = performance.now();
      builtin = loadBuiltinCorpus();
      log.info(`built-in corpus read in ${since(t)} ms (${builtin.passages.length} passages)`);
    }
    const key = JSON.stringify(settings.knowledgeFolders);
    if (!docsCache || docsCache.key !== key || reason === 'reload') {
      docsCache = { key, ...loadDocumentDirs(settings.knowledgeFolders) };
    }
    const packKey = JSON.stringify(settings.packs);
    let packsReadMs: number | undefined;
    if (!packsCache || packsCache.key !== packKey || reason === 'reload' || packsStale) {
      const t = performance.now();
      if (packsCache?.key !== packKey) watchPacks(settings.packs);
      packsStale = false;
      packsCache = { key: packKey, ...loadPacks(settings.packs, readPackFile) };
      if (settings.packs.length) packsReadMs = since(t);
      if (settings.packs.length) log.info(`packs read in ${packsReadMs} ms: ${packsCache.packs.map((p) => `${p.pack.name} (${p.pack.own} passages)`).join(', ') || 'none usable'}`);
    }
    const warnings = [...problems, ...docsCache.warnings.map(plainWarning), ...packsCache.warnings.map(plainWarning)];
    let packs = packsCache.packs;
    let coach: Coach;
    try {
      coach = createCoach({ corpus: builtin, documents: docsCache.documents, packs: packs.map((p) => p.pack), maxCitations: settings.maxCitations });
    } catch (e) {
      if (!packs.length) throw e;
      // The packs do not combine (each read well on its own): answer without them.
      warnings.push(`packs ${packs.map((p) => p.file).join(', ')} could not be loaded together: ${(e as Error).message.replace(/^stride-coach:\s*/, '')}`);
      packs = [];
      coach = createCoach({ corpus: builtin, documents: docsCache.documents, maxCitations: settings.maxCitations });
    }
    const passages = coach.passages();
    const next: Loaded = { coach, byId: new Map(passages.map((p) => [p.id, p])), documents: docsCache.documents.length, packs: packs.length };
    const ms = since(started);
    loads.push({ reason, ms, passages: passages.length, packs: packs.length, ...(packsReadMs !== undefined ? { packsReadMs } : {}) });
    if (loads.length > 50) loads.splice(0, loads.length - 50);
    log.info(
      `engine ready in ${ms} ms (${reason}): ${passages.length} passages, ${next.documents} documents from ${settings.knowledgeFolders.length} knowledge folder(s), ${packs.length} pack(s), max ${settings.maxCitations} citations`,
    );
    for (const w of warnings) log.warn(`knowledge: ${w}`);
    const shownKey = JSON.stringify(warnings);
    const repeat = shownKey === lastShown && reason !== 'reload';
    lastShown = shownKey;
    if (warnings.length && !repeat) {
      // One message, naming what was skipped; the full list is in the log.
      const first = warnings[0].replace(/\.$/, '');
      const message =
        warnings.length === 1
          ? `Stride Coach skipped some knowledge: ${first}. Everything else still answers.`
          : `Stride Coach skipped some knowledge (${warnings.length} problems): ${first}; and ${warnings.length - 1} more (see the log). Everything else still answers.`;
      warningsShown.push(message);
      // Open Settings shows the setting the first problem is about.
      const aboutPacks = first.startsWith(`${SECTION}.packs`) || settings.packs.some((f) => first.includes(f));
      notify(message, `${SECTION}.${aboutPacks ? 'packs' : 'knowledgeFolders'}`);
    }
    return next;
  }

  /** Rebuilds the engine when a configured pack file is written, created or deleted. */
  function watchPacks(files: readonly string[]) {
    for (const w of packWatchers) w.dispose();
    packWatchers = files.map((f) => {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(f)), path.basename(f)));
      const changed = () => {
        packsStale = true;
        settingsChanged('pack file changed');
      };
      w.onDidChange(changed);
      w.onDidCreate(changed);
      w.onDidDelete(changed);
      return w;
    });
  }
  context.subscriptions.push({ dispose: () => packWatchers.forEach((w) => w.dispose()) });

  function current(): Loaded {
    return (loaded ??= load('first use'));
  }

  const service: CoachService = {
    coach: () => current().coach,
    passage: (id) => current().byId.get(id),
    names() {
      const l = current();
      return (l.names ??= new NameFinder(l.coach.passages()));
    },
    reload(reason) {
      loaded = load(reason);
      emitter.fire({ reason, passages: loaded.byId.size, documents: loaded.documents });
      return loaded.coach;
    },
    isLoaded: () => loaded !== undefined,
    onDidReload: emitter.event,
    warningsShown,
    loads,
  };

  const settingsChanged = (reason: string) => {
    // Not loaded yet: nothing to redo, the next use reads the new settings.
    if (!loaded) return;
    try {
      service.reload(reason);
    } catch (e) {
      log.error(`reloading knowledge failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      loaded = undefined;
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (['knowledgeFolders', 'packs', 'maxCitations'].some((k) => e.affectsConfiguration(`${SECTION}.${k}`))) settingsChanged('settings changed');
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      const s = readSettings().settings;
      if (s.knowledgeFolders.length || s.packs.length) settingsChanged('workspace folders changed');
    }),
    // Trusting the workspace makes its own knowledgeFolders and packs (restricted settings) count.
    vscode.workspace.onDidGrantWorkspaceTrust(() => settingsChanged('workspace trusted')),
  );
  return service;
}

function defaultNotify(log: Log) {
  return (message: string, setting: string) => {
    void vscode.window.showWarningMessage(message, 'Show Log', 'Open Settings').then((choice) => {
      if (choice === 'Show Log') log.show();
      else if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', setting);
    });
  };
}

const ERRNO: Record<string, string> = { ENOENT: 'not found', EACCES: 'permission denied', EPERM: 'permission denied', ENOTDIR: 'not a folder', ELOOP: 'too many links', EISDIR: 'is a folder' };

/** "/x/notes: cannot read (ENOENT)" → "/x/notes: cannot read (not found)". */
export function plainWarning(w: string): string {
  return w.replace(/\((E[A-Z]+)\)$/, (m, code: string) => (Object.hasOwn(ERRNO, code) ? `(${ERRNO[code]})` : m));
}
