import { once } from 'node:events';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { parseArgs } from 'node:util';
import { formatPlanTable } from '../chat/plan-block';
import { ReportUsageError, runReport } from './report';
import { createCoach, type Coach } from '../engine/coach';
import type { Answer, CheckResult, Citation } from '../engine/types';
import { loadBuiltinCorpus } from '../node/builtin';
import { loadDocumentDirs, MAX_DOCUMENT_BYTES } from '../node/documents';
import { readPackFile } from '../node/pack-file';
import { renderMarkdown, renderText, terminalOptions, type TerminalOptions } from './markdown';
import { terminalLine, terminalText } from './terminal-text';
import { readNamedTextFile } from '../node/safe-read';
import { version } from '../../package.json';

/**
 * The command line. Its --json output is a contract other tools depend on (see README and
 * ../shared/eval/run.mjs): one JSON object per answer, unchanged. Output for a person is rendered
 * for the terminal (src/cli/markdown.ts) and never carries a control character from the corpus,
 * a pack, a document or the command line (src/cli/terminal-text.ts).
 * Exit 0 on success; 2 on a usage error or a file named on the command line that cannot be used
 * (--file, --exclude, --pack: one line on stderr); 1 when the built-in corpus cannot load, when
 * `pack` finds problems in a folder (listed as file:line:column), or on an unexpected failure.
 */

interface Flag {
  name: string;
  arg?: string;
  help: string;
}

const FLAGS = {
  json: { name: 'json', help: 'machine-readable output: one JSON object per answer (see README for the shape)' },
  knowledge: { name: 'knowledge', arg: 'DIR', help: 'also answer from a folder of your own Markdown/text documents (repeatable)' },
  pack: { name: 'pack', arg: 'FILE', help: 'also answer from a knowledge pack built with `pack` (repeatable)' },
  maxCitations: { name: 'max-citations', arg: 'N', help: 'most passages cited per answer: a whole number from 1 to 10 (default 4)' },
  file: { name: 'file', arg: 'FILE', help: 'check every checkable sentence of a Markdown/text article; findings as FILE:LINE:COL' },
  equipment: { name: 'equipment', arg: 'LIST', help: 'only exercises needing this equipment, comma-separated (none, band, …)' },
  type: { name: 'type', arg: 'LIST', help: 'only these kinds of exercise, comma-separated (strength, stretch, drill, …)' },
  exclude: { name: 'exclude', arg: 'PLAN.md', help: 'leave out exercises this plan file already names' },
  out: { name: 'out', arg: 'FILE', help: 'where to write the built pack (required)' },
  help: { name: 'help', help: 'show this help (-h)' },
} satisfies Record<string, Flag>;

const ANSWERING = [FLAGS.knowledge, FLAGS.pack, FLAGS.maxCitations];

interface CommandHelp {
  usage: string[];
  summary: string;
  about: string;
  flags: Flag[];
  examples: string[];
}

const COMMANDS: Record<'ask' | 'check' | 'plan' | 'passages' | 'report' | 'pack', CommandHelp> = {
  ask: {
    usage: ['ask QUESTION [options]', 'ask --json < questions.txt'],
    summary: 'answer a question from the corpus, with citations',
    about: 'Answers from the cited passages, or says plainly that the sources do not cover the question. With --json and no QUESTION, reads one question per line of standard input and writes one JSON line per input line, in order.',
    flags: [FLAGS.json, ...ANSWERING, FLAGS.help],
    examples: ['stride-coach ask "what does the soleus do at mid-stance?"', "printf 'what is the TFL?\\nhamstrngs\\n' | stride-coach ask --json"],
  },
  check: {
    usage: ['check CLAIM [options]', 'check --file FILE [options]', 'check --json < claims.txt'],
    summary: 'check a claim, or every sentence of an article, against the sources',
    about: 'A verdict (supported, contradicted or unverified) with the evidence. With --file, every checkable sentence of a Markdown or text article, each with its line and column and, where a figure differs from the source, the source\'s figure. With --json and no CLAIM, reads one claim per line of standard input.',
    flags: [FLAGS.file, FLAGS.json, ...ANSWERING, FLAGS.help],
    examples: ['stride-coach check "the soleus is mostly fast-twitch"', 'stride-coach check --file article.md --json'],
  },
  plan: {
    usage: ['plan REQUEST [options]'],
    summary: 'a strength-and-mobility block for muscles, a weakness or a complaint',
    about: 'Prints a Markdown table of exercises (muscles worked, sets and reps where the source gives them, cue, source) to paste into a training plan.',
    flags: [FLAGS.equipment, FLAGS.type, FLAGS.exclude, FLAGS.json, ...ANSWERING, FLAGS.help],
    examples: ['stride-coach plan "weak calves and shin pain" --equipment none,band', 'stride-coach plan glutes --type strength --exclude my-plan.md'],
  },
  passages: {
    usage: ['passages [options]'],
    summary: 'list every passage: id, kind and title',
    about: 'Every passage the coach answers from: the built-in corpus, then any --knowledge documents and --pack passages. With --json, one object per passage with its text and source.',
    flags: [FLAGS.json, FLAGS.knowledge, FLAGS.pack, FLAGS.help],
    examples: ['stride-coach passages --json --knowledge notes/'],
  },
  report: {
    usage: ['report [FILE] [--json]'],
    summary: 'the questions an `ask --json` batch abstained on, with counts',
    about: 'Reads the JSON lines `ask --json` wrote (from FILE or standard input) and lists the questions the sources did not cover, most asked first: what a team needs to decide which documents to add to its knowledge folder or pack.',
    flags: [FLAGS.json, FLAGS.help],
    examples: ['stride-coach ask --json < questions.txt | stride-coach report'],
  },
  pack: {
    usage: ['pack DIR --out FILE'],
    summary: 'validate a knowledge-pack folder and write a prebuilt pack',
    about: 'Reads DIR (pack.yaml, passages in *.yaml, documents in *.md and *.txt), reports every problem as file:line:column and exits 1, or writes the pack for --pack, the library, the VS Code extension and the web component.',
    flags: [FLAGS.out, FLAGS.help],
    examples: ['stride-coach pack my-pack/ --out my-pack.json'],
  },
};
type Command = keyof typeof COMMANDS;
const isCommand = (s: string): s is Command => Object.hasOwn(COMMANDS, s);

function flagLines(flags: Flag[]): string[] {
  return flags.map((f) => `  ${`--${f.name}${f.arg ? ` ${f.arg}` : ''}`.padEnd(22)}${f.help}`);
}

function overview(): string {
  const flags = [FLAGS.json, FLAGS.knowledge, FLAGS.pack, FLAGS.maxCitations];
  return [
    `usage: stride-coach <command> [options]       (stride-coach ${version})`,
    '',
    'Answers about running biomechanics from a curated, cited corpus of muscles, exercises and injuries. Offline.',
    '',
    'Commands:',
    ...(Object.keys(COMMANDS) as Command[]).map((c) => `  ${c.padEnd(10)}${COMMANDS[c].summary}`),
    '',
    'Options of ask, check, plan and passages:',
    ...flagLines(flags),
    '  -h, --help            this help; `stride-coach COMMAND --help` describes a command and all its options',
    '',
    'Exit status: 0 done; 2 a usage error or a file named on the command line that cannot be used; 1 the built-in corpus cannot load, or `pack` found problems.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  const h = COMMANDS[c];
  return [
    ...h.usage.map((u, i) => `${i ? '       ' : 'usage: '}stride-coach ${u}`),
    '',
    `${h.summary[0].toUpperCase()}${h.summary.slice(1)}. ${h.about}`,
    '',
    'Options:',
    ...flagLines(h.flags),
    '',
    'Examples:',
    ...h.examples.map((e) => `  ${e}`),
  ].join('\n');
}

class UsageError extends Error {}

/** --max-citations: digits only, so "1e1", "0x5", " 5 " and "5.0" are refused, not read as numbers. */
function parseMaxCitations(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^(?:[1-9]|10)$/.test(raw)) throw new UsageError('--max-citations takes a whole number from 1 to 10');
  return Number(raw);
}

/** A message for stderr: one line, safe for a terminal, with our prefix once. */
function errorLine(message: string): string {
  return `stride-coach: ${terminalLine(message.replace(/^(?:stride-coach: )+/, ''))}\n`;
}

async function main(argv: string[]): Promise<number> {
  // `report` reads a batch's output, not the corpus: its own module parses its arguments.
  if (argv[0] === 'report') {
    if (argv.includes('--help') || argv.includes('-h')) {
      await write(`${commandHelp('report')}\n`);
      return 0;
    }
    return runReport(argv.slice(1), process.stdin, write, (s) => process.stderr.write(errorLine(s)));
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        json: { type: 'boolean' },
        knowledge: { type: 'string', multiple: true },
        'max-citations': { type: 'string' },
        file: { type: 'string' },
        equipment: { type: 'string' },
        type: { type: 'string' },
        exclude: { type: 'string' },
        out: { type: 'string' },
        pack: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} See stride-coach --help.`);
  }
  const { values, positionals, tokens } = parsed;
  let [command, ...rest] = positionals;
  if (command === 'help') {
    // `stride-coach help [COMMAND]` is the same as `--help`.
    [command, ...rest] = rest;
    values.help = true;
  }
  if (values.help) {
    if (command !== undefined && !isCommand(command)) throw new UsageError(`unknown command "${command}"; see stride-coach --help`);
    process.stdout.write(`${command ? commandHelp(command) : overview()}\n`);
    return 0;
  }
  if (!command) {
    // No command: the list of all of them, where a person will see it.
    process.stderr.write(`${overview()}\n`);
    return 2;
  }
  if (!isCommand(command)) throw new UsageError(`unknown command "${command}"; see stride-coach --help`);
  // Each option goes with the commands whose help lists it.
  const allowed = new Set(COMMANDS[command].flags.map((f) => f.name));
  for (const t of tokens) {
    if (t.kind === 'option' && !allowed.has(t.name)) throw new UsageError(`--${t.name} does not go with ${command}; see stride-coach ${command} --help`);
  }
  if (command === 'pack') return buildPack(rest, values.out);
  if (command === 'plan' && !rest.length) throw new UsageError('plan needs muscles or a complaint, for example: plan "weak calves and shin pain"');
  const maxCitations = parseMaxCitations(values['max-citations']);
  if (command === 'passages' && rest.length) throw new UsageError('passages takes no text');
  if (values.file !== undefined && rest.length) throw new UsageError('check takes a claim or --file, not both');
  let article: string | undefined;
  if (values.file !== undefined) {
    try {
      article = readNamedTextFile(values.file, MAX_DOCUMENT_BYTES, 'a document');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }

  const { documents, warnings } = loadDocumentDirs(values.knowledge ?? []);
  for (const w of warnings) process.stderr.write(errorLine(w));
  const packs = (values.pack ?? []).map((f) => {
    try {
      return readPackFile(f);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  });
  const corpus = loadBuiltinCorpus();
  let coach: Coach;
  try {
    coach = createCoach({ corpus, documents, packs, maxCitations });
  } catch (e) {
    // With the built-in corpus loaded, what can still fail is a pack (a damaged corpus section,
    // two packs of one name): the file named on the command line cannot be used, as above.
    if (!packs.length) throw e;
    throw new UsageError((e as Error).message);
  }
  const json = values.json ?? false;
  const text = rest.join(' ');
  const term = terminalOptions(process.stdout, process.env);

  if (command === 'passages') {
    for (const p of coach.passages()) {
      await write(json ? JSON.stringify({ id: p.id, title: p.title, kind: p.kind, text: p.text, source: p.source }) : [p.id, p.kind, p.title].map(terminalLine).join('\t'));
    }
    return 0;
  }
  if (command === 'plan') {
    let exclude: string | undefined;
    if (values.exclude !== undefined) {
      try {
        exclude = readNamedTextFile(values.exclude, MAX_DOCUMENT_BYTES, 'a plan');
      } catch (e) {
        throw new UsageError((e as Error).message);
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
      // Markdown on purpose: the table is made to be pasted into a plan.
      await write(terminalText(plan.items.length ? formatPlanTable(plan) : `Nothing in the sources for "${text}"${plan.targets.length ? ` with those filters (targets: ${plan.targets.map((t) => t.title).join(', ')})` : ''}.`));
    }
    return 0;
  }
  if (article !== undefined) {
    await write(renderCheckFile(coach, values.file!, article, json, term));
    return 0;
  }
  const run = (line: string) => (command === 'ask' ? renderAsk(coach, line, json, term) : renderCheck(coach, line, json, term));
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
  // The pack builder brings ajv and yaml, whose set-up every question would otherwise pay at
  // start: loaded only here, where a pack is built.
  const { buildPackFromDir, formatProblem } = require('../node/pack') as typeof import('../node/pack');
  const built = buildPackFromDir(rest[0], loadBuiltinCorpus(), `stride-coach ${version}`);
  for (const w of built.warnings) process.stderr.write(errorLine(w));
  for (const p of built.problems) process.stderr.write(`${terminalLine(formatProblem(p))}\n`);
  if (!built.pack) {
    process.stderr.write(errorLine(`${built.problems.length} problem(s); no pack written`));
    return 1;
  }
  fs.writeFileSync(out, JSON.stringify(built.pack));
  process.stdout.write(
    `${terminalLine(`pack "${built.pack.name}": ${built.passages} passages and ${built.documents} documents (${built.pack.own} citable passages) → ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB, ${Math.round(performance.now() - started)} ms)`)}\n`,
  );
  return 0;
}

const bold = (s: string, term: TerminalOptions) => (term.styled ? `\u001b[1m${s}\u001b[22m` : s);

function renderAsk(coach: Coach, question: string, json: boolean, term: TerminalOptions): string {
  const a = coach.ask(question);
  if (json) return JSON.stringify(publicAnswer(a));
  const out = [renderMarkdown(a.answer, term), ''];
  if (a.citations.length) {
    out.push(bold('Sources:', term));
    for (const c of a.citations) out.push(...citationLines(c, term));
  }
  if (a.followUps.length) out.push('', bold('You could also ask:', term), ...a.followUps.map((f) => renderText(f, term, `  ${term.styled ? '•' : '-'} `, '    ')));
  return `${out.join('\n')}\n`;
}

function renderCheck(coach: Coach, claim: string, json: boolean, term: TerminalOptions): string {
  const r = coach.check(claim);
  if (json) return JSON.stringify(publicCheck(r));
  const out = [bold(`Verdict: ${r.verdict.toUpperCase()}`, term), ...r.notes.map((n) => renderText(n, term, '  '))];
  if (r.figure) out.push(renderText(`Fix: "${r.figure.claimed}" → "${r.figure.source}" [${r.figure.evidence}]`, term, '  '));
  out.push('');
  if (r.evidence.length) {
    out.push(bold('Evidence:', term));
    for (const c of r.evidence) out.push(...citationLines(c, term));
  }
  return `${out.join('\n')}\n`;
}

function renderCheckFile(coach: Coach, file: string, text: string, json: boolean, term: TerminalOptions): string {
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
    // file:line:col stays on one line (editors and grep read it); the sentence is made safe.
    out.push(`${terminalLine(file)}:${f.line + 1}:${f.column + 1}: ${f.result.verdict}: ${terminalLine(f.sentence)}`);
    for (const n of f.result.notes) out.push(renderText(n, term, '    '));
    for (const c of f.result.evidence.slice(0, 2)) out.push(...citationLines(c, term, '  '));
  }
  out.push('', `${r.findings.length} of ${r.sentences} sentences checked: ${counts.contradicted} contradicted, ${counts.unverified} unverified, ${counts.supported} supported (${Math.round(r.tookMs)} ms)`);
  return `${out.join('\n')}\n`;
}

/** A citation under an answer: number, title, kind, article › section and file, then the excerpt. */
function citationLines(c: Citation, term: TerminalOptions, indent = ''): string[] {
  const where = [c.source.title ? `“${c.source.title}”` : c.source.file, c.source.section !== c.source.title ? c.source.section : '']
    .filter(Boolean)
    .join(' › ');
  const head = `${indent}  [${c.n}] `;
  return [
    renderText(`${c.title} (${c.kind}) — ${where} [${c.source.file}]`, term, head, `${indent}      `),
    renderText(c.excerpt, term, `${indent}      `),
  ];
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
  // `figure` only where a figure differs: the claim's and the source's, and the citation that gives it.
  return { claim: r.claim, verdict: r.verdict, evidence: r.evidence.map(publicCitation), notes: r.notes, ...(r.figure ? { figure: { claimed: r.figure.claimed, source: r.figure.source, evidence: r.figure.evidence } } : {}), tookMs: r.tookMs };
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
    process.stderr.write(errorLine(e instanceof Error ? e.message : String(e)));
    process.exitCode = e instanceof UsageError || e instanceof ReportUsageError ? 2 : 1;
  },
);
