import * as vscode from 'vscode';
import {
  countVerdicts,
  diagnosticMessage,
  excerptRange,
  findingHover,
  flagsAt,
  flagsOf,
  footnoteInserts,
  levelOf,
  maskFootnotes,
  relatedLabel,
  shiftFlags,
  summaryLine,
  type Flag,
  type Level,
  type VerdictCounts,
} from './check-findings';
import { since } from './clock';
import { SECTION, type CoachService } from './coach-service';
import type { Log } from './log';
import { passageMarkdown } from './passage-markdown';
import { passageUri } from './passage-document';

/**
 * "Check Document": every checkable sentence of a Markdown or text document checked against the
 * sources, shown as diagnostics in the Problems panel (contradicted → Warning, unverified →
 * Information, supported → Hint when `strideCoach.check.showSupported`), with a hover naming the
 * evidence and quick fixes (the source's figure, a footnote citation). A checked document is
 * checked again when saved (debounced) and forgotten when its last tab closes.
 */

export const DIAGNOSTIC_SOURCE = 'Stride Coach';
/** Saves within this long of each other are checked once. */
export const RECHECK_DELAY_MS = 500;

export interface CheckSummary {
  uri: string;
  version: number;
  sentences: number;
  counts: VerdictCounts;
  /** Diagnostics published. */
  diagnostics: number;
  /** The whole check in the extension host: masking, engine, diagnostics. */
  ms: number;
  /** The engine's own `checkDocument` time. */
  engineMs: number;
  /** "Stride Coach: 3 contradicted, 5 unverified of 40 sentences (120 ms)". */
  text: string;
  reason: string;
}

export interface DocumentChecker {
  /** Checks the document now and publishes its diagnostics. */
  check(doc: vscode.TextDocument, reason?: string): CheckSummary;
  /** Forgets a document's results (or every document's): diagnostics gone, no re-check on save. */
  clear(uri?: vscode.Uri): void;
  isChecked(uri: vscode.Uri): boolean;
  /** The last check of a document, if it is still checked. */
  summary(uri: vscode.Uri): CheckSummary | undefined;
  /** The flagged sentences of a document as they stand now (moved with edits). */
  flags(uri: vscode.Uri): readonly Flag[];
  /** The diagnostics of a document, as published. */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
  /** Fired after every check (command, save, reload). */
  readonly onDidCheck: vscode.Event<CheckSummary>;
}

interface State {
  uri: vscode.Uri;
  flags: Flag[];
  summary: CheckSummary;
}

const SEVERITY: Record<Level, vscode.DiagnosticSeverity> = {
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function registerDocumentChecker(context: vscode.ExtensionContext, service: CoachService, log: Log): DocumentChecker {
  const states = new Map<string, State>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const checked = new vscode.EventEmitter<CheckSummary>();
  // Created on first check, so activation pays for neither.
  let collection: vscode.DiagnosticCollection | undefined;
  let status: vscode.StatusBarItem | undefined;
  /** Where each passage's excerpt sits in its virtual document; reset when knowledge reloads. */
  let excerptRanges = new Map<string, vscode.Range>();

  const diagnosticsOf = () => (collection ??= vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  const setting = <T>(doc: vscode.TextDocument | undefined, key: string, fallback: T) => vscode.workspace.getConfiguration(SECTION, doc).get<T>(key, fallback);

  function passageRange(id: string, excerpt: string): vscode.Range {
    const key = `${id}\u0000${excerpt}`;
    let r = excerptRanges.get(key);
    if (!r) {
      const p = service.passage(id);
      const at = p ? excerptRange(passageMarkdown(p, (x) => service.passage(x)), excerpt) : { line: 0, column: 0, endColumn: 0 };
      r = new vscode.Range(at.line, at.column, at.line, at.endColumn);
      excerptRanges.set(key, r);
    }
    return r;
  }

  function toDiagnostics(doc: vscode.TextDocument, flags: readonly Flag[]): vscode.Diagnostic[] {
    const showSupported = setting(doc, 'check.showSupported', false);
    const out: vscode.Diagnostic[] = [];
    for (const f of flags) {
      const level = levelOf(f.result.verdict, showSupported);
      if (!level) continue;
      const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), diagnosticMessage(f.result), SEVERITY[level]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = f.result.verdict;
      d.relatedInformation = f.result.evidence.map((c) => new vscode.DiagnosticRelatedInformation(new vscode.Location(passageUri(c), passageRange(c.id, c.excerpt)), relatedLabel(c)));
      out.push(d);
    }
    return out;
  }

  function publish(doc: vscode.TextDocument, state: State): number {
    const diagnostics = toDiagnostics(doc, state.flags);
    diagnosticsOf().set(doc.uri, diagnostics);
    return diagnostics.length;
  }

  function showStatus() {
    const doc = vscode.window.activeTextEditor?.document;
    const state = doc && states.get(doc.uri.toString());
    if (!state) {
      status?.hide();
      return;
    }
    if (!status) {
      status = vscode.window.createStatusBarItem('strideCoach.check', vscode.StatusBarAlignment.Left, 50);
      status.name = 'Stride Coach: Document Check';
      status.command = 'workbench.actions.view.problems';
    }
    const { counts } = state.summary;
    status.text = `${counts.contradicted ? '$(warning)' : '$(check)'} ${state.summary.text}`;
    status.tooltip = `${state.summary.text}; ${counts.supported} supported. Click to show the Problems panel.`;
    status.show();
  }

  function check(doc: vscode.TextDocument, reason = 'command'): CheckSummary {
    const started = performance.now();
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    const result = service.coach().checkDocument(maskFootnotes(doc.getText()));
    const flags = flagsOf(result);
    const counts = countVerdicts(flags);
    const summary: CheckSummary = { uri: key, version: doc.version, sentences: result.sentences, counts, diagnostics: 0, ms: 0, engineMs: result.tookMs, text: '', reason };
    const state: State = { uri: doc.uri, flags, summary };
    states.set(key, state);
    summary.diagnostics = publish(doc, state);
    summary.ms = since(started);
    summary.text = summaryLine(counts, result.sentences, summary.ms);
    log.info(`checked ${vscode.workspace.asRelativePath(doc.uri)} (${reason}): ${summary.text.replace(/^Stride Coach: /, '')}; ${counts.supported} supported, ${flags.length} checked; engine ${Math.round(result.tookMs)} ms`);
    if (result.limit) {
      log.warn(`${vscode.workspace.asRelativePath(doc.uri)}: ${result.limit}`);
      if (reason === 'command') void vscode.window.showWarningMessage(`Stride Coach: ${result.limit}`);
    }
    showStatus();
    checked.fire(summary);
    return summary;
  }

  function forget(key: string) {
    clearTimeout(timers.get(key));
    timers.delete(key);
    const state = states.get(key);
    states.delete(key);
    if (state) collection?.delete(state.uri);
  }

  function hasTab(key: string): boolean {
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
  }

  /** Checks again in a moment (saves in a row, a knowledge reload), if it is still open. */
  function recheckSoon(doc: vscode.TextDocument, reason: string) {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (doc.isClosed || !states.has(key)) return;
        try {
          check(doc, reason);
        } catch (e) {
          log.error(`checking ${doc.uri.toString(true)} again failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        }
      }, RECHECK_DELAY_MS),
    );
  }

  const hover: vscode.HoverProvider = {
    provideHover(doc, position) {
      const state = states.get(doc.uri.toString());
      if (!state) return undefined;
      const showSupported = setting(doc, 'check.showSupported', false);
      const offset = doc.offsetAt(position);
      // Flagged sentences only: the ones with a diagnostic.
      const f = state.flags.find((x) => x.start <= offset && offset < x.end && levelOf(x.result.verdict, showSupported));
      if (!f) return undefined;
      const md = new vscode.MarkdownString(findingHover(f.result));
      md.isTrusted = { enabledCommands: ['strideCoach.openPassage'] };
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)));
    },
  };

  const actions: vscode.CodeActionProvider = {
    provideCodeActions(doc, range, ctx) {
      const state = states.get(doc.uri.toString());
      if (!state) return undefined;
      if (ctx.only && !vscode.CodeActionKind.QuickFix.contains(ctx.only) && !ctx.only.contains(vscode.CodeActionKind.QuickFix)) return undefined;
      const out: vscode.CodeAction[] = [];
      let text: string | undefined;
      for (const f of flagsAt(state.flags, doc.offsetAt(range.start), doc.offsetAt(range.end))) {
        const diagnostic = ctx.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && doc.offsetAt(d.range.start) === f.start && doc.offsetAt(d.range.end) === f.end);
        if (f.fix) {
          const at = new vscode.Range(doc.positionAt(f.fix.start), doc.positionAt(f.fix.end));
          const a = new vscode.CodeAction(`Replace ${doc.getText(at)} with the source's ${f.fix.replacement}`, vscode.CodeActionKind.QuickFix);
          a.edit = new vscode.WorkspaceEdit();
          a.edit.replace(doc.uri, at, f.fix.replacement);
          a.isPreferred = true;
          if (diagnostic) a.diagnostics = [diagnostic];
          out.push(a);
        }
        // A citation only where the passage supports the sentence: citing the passage that
        // contradicts it (or one that does not speak to it) would cite a source for a wrong claim.
        // A fixed figure is checked again on save, and can be cited then.
        if (f.result.verdict !== 'supported') continue;
        text ??= doc.getText();
        for (const c of f.result.evidence.slice(0, 3)) {
          const inserts = footnoteInserts(text, f.end, c);
          if (!inserts) continue;
          const a = new vscode.CodeAction(`Insert footnote citation: ${c.title}`, vscode.CodeActionKind.QuickFix);
          a.edit = new vscode.WorkspaceEdit();
          for (const i of inserts) a.edit.insert(doc.uri, doc.positionAt(i.offset), i.text);
          if (diagnostic) a.diagnostics = [diagnostic];
          out.push(a);
        }
      }
      return out;
    },
  };

  context.subscriptions.push(
    checked,
    { dispose: () => [...timers.values()].forEach(clearTimeout) },
    { dispose: () => (collection?.dispose(), status?.dispose()) },
    vscode.languages.registerHoverProvider('*', hover),
    vscode.languages.registerCodeActionsProvider('*', actions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    // Flags move with edits, so diagnostics, hovers and fixes stay on their sentences until the next check.
    vscode.workspace.onDidChangeTextDocument((e) => {
      const state = states.get(e.document.uri.toString());
      if (!state || !e.contentChanges.length) return;
      let flags = state.flags;
      for (const c of e.contentChanges) flags = shiftFlags(flags, { offset: c.rangeOffset, length: c.rangeLength, text: c.text });
      // Typing after the last flag moves nothing: no need to publish again.
      const same = flags.length === state.flags.length && flags.every((f, i) => f === state.flags[i]);
      state.flags = flags;
      if (!same) publish(e.document, state);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (states.has(doc.uri.toString()) && setting(doc, 'check.onSave', true)) recheckSoon(doc, 'saved');
    }),
    // Closed: when its last tab closes (VS Code may keep the document itself open for minutes),
    // or when VS Code disposes the document.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.closed) {
        const key = tab.input instanceof vscode.TabInputText ? tab.input.uri.toString() : undefined;
        if (key && states.has(key) && !hasTab(key)) forget(key);
      }
      showStatus();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => forget(doc.uri.toString())),
    vscode.window.onDidChangeActiveTextEditor(() => showStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${SECTION}.check.showSupported`)) return;
      for (const doc of vscode.workspace.textDocuments) {
        const state = states.get(doc.uri.toString());
        if (state) state.summary.diagnostics = publish(doc, state);
      }
    }),
    // New knowledge may change verdicts: check the checked documents again.
    service.onDidReload(() => {
      excerptRanges = new Map();
      for (const doc of vscode.workspace.textDocuments) if (states.has(doc.uri.toString())) recheckSoon(doc, 'knowledge reloaded');
    }),
  );

  return {
    check,
    clear(uri) {
      for (const key of uri ? [uri.toString()] : [...states.keys()]) forget(key);
      showStatus();
    },
    isChecked: (uri) => states.has(uri.toString()),
    summary: (uri) => states.get(uri.toString())?.summary,
    flags: (uri) => states.get(uri.toString())?.flags ?? [],
    diagnostics: (uri) => collection?.get(uri) ?? [],
    onDidCheck: checked.event,
  };
}
