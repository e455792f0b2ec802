import { once } from 'node:events';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { parseArgs } from 'node:util';
import { formatPlanTable } from './chat/plan-block';
import { ReportUsageError, runReport } from './cli/report';
import { createCoach, type Coach } from './engine/coach';
import type { Answer, CheckResult, Citation } from './engine/types';
import { loadBuiltinCorpus } from './node/builtin';
import { loadDocumentDirs } from './node/documents';
import { buildPackFromDir, formatProblem, readPackFile } from './node/pack';
import { version } from '../package.json';

/**
 * The command line. Its output is a contract other tools depend on:
 *   ask [question] [--json]      one answer; with --json and no question, one JSON line per stdin line
 *   check [claim] [--json]       a verdict; same stdin rule
 *   check --file FILE [--json]   every checkable sentence of an article, with line and column
 *   plan "request" [--json]      a block of exercises for muscles, a weakness or a complaint
 *   passages [--json]            every passage
 *   report [FILE] [--json]       the questions an `ask --json` batch abstained on, with counts
 *   pack DIR --out FILE          validate a pack folder (file:line problems, exit 1) and write the pack
 *   --pack FILE                  (repeatable) answer from a prebuilt pack too
 *   --knowledge DIR              (repeatable) add a folder of Markdown/text documents
 * Exit 0 on success, 2 on usage errors (one line on stderr), 1 when the corpus cannot load.
 */

const USAGE = `usage: stride-coach <ask|check|passages> [text] [--json] [--knowledge DIR]...

  ask "question"        answer from the corpus, with citations
  check "claim"         supported / contradicted / unverified, with evidence
  check --file FILE     check every checkable sentence of a Markdown/text article
  pack DIR --out FILE   validate a knowledge-pack folder and write a prebuilt pack
  plan "request"        a strength-and-mobility block for muscles or a complaint
                        (--equipment LIST, --type LIST, --exclude PLAN.md)
  passages              list every passage
  report [FILE]         questions an "ask --json" batch abstained on, with counts
  --json                machine-readable output; ask/check with no text read stdin, one per line
  --knowledge DIR       add a folder of your own Markdown/text documents (repeatable)
  --pack FILE           answer from a prebuilt knowledge pack too (repeatable)
  --max-citations N     most citations per answer (default 4)`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  // `report` reads a batch's output, not the corpus: its own module parses its arguments.
  if (argv[0] === 'report') return runReport(argv.slice(1), process.stdin, write, (s) => process.stderr.write(`stride-coach: ${s}\n`));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        knowledge: { type: 'string', multiple: true, default: [] },
        'max-citations': { type: 'string' },
        file: { type: 'string' },
        equipment: { type: 'string' },
        type: { type: 'string' },
        exclude: { type: 'string' },
        out: { type: 'string' },
        pack: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (!command) throw new UsageError('missing command (ask, check or passages); see --help');
  if (!['ask', 'check', 'plan', 'passages', 'pack'].includes(command)) throw new UsageError(`unknown command "${command}"; see --help`);
  if (command === 'pack') return buildPack(rest, values.out);
  if (values.out !== undefined) throw new UsageError('--out goes with pack');
  if (command !== 'plan' && (values.equipment !== undefined || values.type !== undefined || values.exclude !== undefined)) {
    throw new UsageError('--equipment, --type and --exclude go with plan');
  }
  if (command === 'plan' && !rest.length) throw new UsageError('plan needs muscles or a complaint, for example: plan "weak calves and shin pain"');
  let maxCitations: number | undefined;
  if (values['max-citations'] !== undefined) {
    maxCitations = Number(values['max-citations']);
    if (!Number.isInteger(maxCitations) || maxCitations < 1 || maxCitations > 10) throw new UsageError('--max-citations takes a whole number from 1 to 10');
  }
  if (command === 'passages' && rest.length) throw new UsageError('passages takes no text');
  if (values.file !== undefined && command !== 'check') throw new UsageError('--file goes with check');
  if (values.file !== undefined && rest.length) throw new UsageError('check takes a claim or --file, not both');
  let article: string | undefined;
  if (values.file !== undefined) {
    try {
      article = fs.readFileSync(values.file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${values.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  const { documents, warnings } = loadDocumentDirs(values.knowledge ?? []);
  for (const w of warnings) process.stderr.write(`stride-coach: ${w}\n`);
  const packs = (values.pack ?? []).map((f) => {
    try {
      return readPackFile(f);
    } catch (e) {
      throw new UsageError((e as Error).message.replace(/^stride-coach: /, ''));
    }
  });
  const coach = createCoach({ corpus: loadBuiltinCorpus(), documents, packs, maxCitations });
  const json = values.json ?? false;
  const text = rest.join(' ');

  if (command === 'passages') {
    for (const p of coach.passages()) {
      await write(json ? JSON.stringify({ id: p.id, title: p.title, kind: p.kind, text: p.text, source: p.source }) : `${p.id}\t${p.kind}\t${p.title}`);
    }
    return 0;
  }
  if (command === 'plan') {
    let exclude: string | undefined;
    if (values.exclude !== undefined) {
      try {
        exclude = fs.readFileSync(values.exclude, 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read ${values.exclude}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    const list = (v: string | undefined) => v?.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
    const plan = coach.plan(text, { equipment: list(values.equipment), types: list(values.type), exclude });
    if (json) {
      await write(
        JSON.stringify({
          request: plan.request,
          targets: plan.targets,
          items: plan.items.map((i) => ({ id: i.exercise.id, title: i.exercise.title, type: i.exercise.type ?? null, equipment: i.exercise.equipment ?? [], works: i.works, covers: i.covers, dose: i.dose, cue: i.cue, citation: publicCitation(i.citation) })),
          uncovered: plan.uncovered,
          excluded: plan.excluded,
        }),
      );
    } else {
      await write(plan.items.length ? formatPlanTable(plan) : `Nothing in the sources for "${text}"${plan.targets.length ? ` with those filters (targets: ${plan.targets.map((t) => t.title).join(', ')})` : ''}.`);
    }
    return 0;
  }
  if (article !== undefined) {
    await write(renderCheckFile(coach, values.file!, article, json));
    return 0;
  }
  const run = (line: string) => (command === 'ask' ? renderAsk(coach, line, json) : renderCheck(coach, line, json));
  if (rest.length) {
    await write(run(text));
    return 0;
  }
  if (process.stdin.isTTY) throw new UsageError(`${command} needs text, or lines on standard input`);
  // One output per input line, in order, blank and hostile lines included; streamed so memory
  // stays flat however long the input is.
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) await write(run(line));
  return 0;
}

function buildPack(rest: string[], out: string | undefined): number {
  if (rest.length !== 1) throw new UsageError('pack takes one folder: pack DIR --out FILE');
  if (!out) throw new UsageError('pack needs --out FILE');
  const started = performance.now();
  const built = buildPackFromDir(rest[0], loadBuiltinCorpus(), `stride-coach ${version}`);
  for (const w of built.warnings) process.stderr.write(`stride-coach: ${w}\n`);
  for (const p of built.problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (!built.pack) {
    process.stderr.write(`stride-coach: ${built.problems.length} problem(s); no pack written\n`);
    return 1;
  }
  fs.writeFileSync(out, JSON.stringify(built.pack));
  process.stdout.write(
    `pack "${built.pack.name}": ${built.passages} passages and ${built.documents} documents (${built.pack.own} citable passages) → ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB, ${Math.round(performance.now() - started)} ms)\n`,
  );
  return 0;
}

function renderAsk(coach: Coach, question: string, json: boolean): string {
  const a = coach.ask(question);
  if (json) return JSON.stringify(publicAnswer(a));
  const out = [a.answer, ''];
  if (a.citations.length) {
    out.push('Sources:');
    for (const c of a.citations) out.push(...citationLines(c));
  }
  if (a.followUps.length) out.push('', 'You could also ask:', ...a.followUps.map((f) => `  - ${f}`));
  return `${out.join('\n')}\n`;
}

function renderCheck(coach: Coach, claim: string, json: boolean): string {
  const r = coach.check(claim);
  if (json) return JSON.stringify(publicCheck(r));
  const out = [`Verdict: ${r.verdict.toUpperCase()}`, ...r.notes.map((n) => `  ${n}`), ''];
  if (r.evidence.length) {
    out.push('Evidence:');
    for (const c of r.evidence) out.push(...citationLines(c));
  }
  return `${out.join('\n')}\n`;
}

function renderCheckFile(coach: Coach, file: string, text: string, json: boolean): string {
  const r = coach.checkDocument(text);
  if (json) {
    return JSON.stringify({
      file,
      sentences: r.sentences,
      checked: r.findings.length,
      findings: r.findings.map((f) => ({
        line: f.line + 1,
        column: f.column + 1,
        endLine: f.endLine + 1,
        endColumn: f.endColumn + 1,
        sentence: f.sentence,
        verdict: f.result.verdict,
        evidence: f.result.evidence.map(publicCitation),
        notes: f.result.notes,
        ...(f.fix ? { fix: { line: f.fix.line + 1, column: f.fix.column + 1, endLine: f.fix.endLine + 1, endColumn: f.fix.endColumn + 1, replacement: f.fix.replacement } } : {}),
      })),
      tookMs: r.tookMs,
    });
  }
  const counts = { supported: 0, contradicted: 0, unverified: 0 };
  const out: string[] = [];
  for (const f of r.findings) {
    counts[f.result.verdict]++;
    out.push(`${file}:${f.line + 1}:${f.column + 1}: ${f.result.verdict}: ${f.sentence}`);
    for (const n of f.result.notes) out.push(`    ${n}`);
    for (const c of f.result.evidence.slice(0, 2)) out.push(...citationLines(c).map((l) => `  ${l}`));
  }
  out.push('', `${r.findings.length} of ${r.sentences} sentences checked: ${counts.contradicted} contradicted, ${counts.unverified} unverified, ${counts.supported} supported (${Math.round(r.tookMs)} ms)`);
  return `${out.join('\n')}\n`;
}

function citationLines(c: Citation): string[] {
  const where = [c.source.title ? `“${c.source.title}”` : c.source.file, c.source.section !== c.source.title ? c.source.section : '']
    .filter(Boolean)
    .join(' › ');
  return [`  [${c.n}] ${c.title} (${c.kind}) — ${where} [${c.source.file}]`, `      ${c.excerpt}`];
}

function publicCitation(c: Citation) {
  return { id: c.id, title: c.title, kind: c.kind, excerpt: c.excerpt, score: c.score, source: c.source };
}

function publicAnswer(a: Answer) {
  return {
    question: a.question,
    answer: a.answer,
    abstained: a.abstained,
    citations: a.citations.map(publicCitation),
    followUps: a.followUps,
    tookMs: a.tookMs,
  };
}

function publicCheck(r: CheckResult) {
  return { claim: r.claim, verdict: r.verdict, evidence: r.evidence.map(publicCitation), notes: r.notes, tookMs: r.tookMs };
}

async function write(s: string): Promise<void> {
  const line = s.endsWith('\n') ? s : `${s}\n`;
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || e instanceof ReportUsageError) {
      process.stderr.write(`stride-coach: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`stride-coach: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
