/**
 * `stride-coach report [FILE] [--json]`: what the sources lack, from a batch. Reads the JSON
 * lines `ask --json` (or `check --json`) wrote, from FILE or standard input, and prints the
 * questions the coach abstained on, most asked first, with counts — the list a team reads to
 * decide which documents to add to its knowledge folder or pack.
 */
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { questionKey, tidyQuestion } from '../chat/abstentions';

export const REPORT_USAGE = `usage: stride-coach report [FILE] [--json]

  Reads the JSON lines of "ask --json" (or "check --json") from FILE or standard input and
  lists the questions the coach abstained on, most asked first, with how often each was asked.
  --json   one JSON object: { lines, answers, abstained, questions: [{ question, count }] }`;

/** Larger files are refused: a batch of answers is megabytes, not gigabytes. */
export const MAX_REPORT_BYTES = 512 * 1024 * 1024;
/** A longer line is not an answer `ask --json` wrote; it is skipped unparsed. */
const MAX_LINE = 4 * 1024 * 1024;

export class ReportUsageError extends Error {}

export interface ReportEntry {
  question: string;
  count: number;
}

export interface Report {
  /** Non-blank lines read. */
  lines: number;
  /** Lines that were answers or verdicts to a non-blank question. */
  answers: number;
  /** Of those, how many abstained. */
  abstained: number;
  /** Distinct abstained questions, most asked first (then in the order first seen). */
  questions: ReportEntry[];
  /** Non-blank lines that were not an answer or a verdict. */
  skipped: number;
}

/** The question a line asked and whether the coach abstained, or undefined for any other line. */
function outcome(line: string): { question: string; abstained: boolean } | undefined {
  if (line.length > MAX_LINE) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const o = data as Record<string, unknown>;
  // ask --json: { question, abstained }
  if (typeof o.question === 'string' && typeof o.abstained === 'boolean') return { question: o.question, abstained: o.abstained };
  // check --json: { claim, verdict, evidence }; unverified with no evidence is the sources' silence.
  if (typeof o.claim === 'string' && typeof o.verdict === 'string' && Array.isArray(o.evidence)) return { question: o.claim, abstained: o.verdict === 'unverified' && o.evidence.length === 0 };
  return undefined;
}

/** Counts the abstentions in a stream of JSON lines. */
export async function reportFrom(input: Readable): Promise<Report> {
  const counts = new Map<string, ReportEntry>();
  const report: Report = { lines: 0, answers: 0, abstained: 0, questions: [], skipped: 0 };
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    report.lines++;
    const o = outcome(line);
    if (!o) {
      report.skipped++;
      continue;
    }
    const question = tidyQuestion(o.question);
    const key = questionKey(question);
    // A blank input line has a blank answer: it asked nothing.
    if (!key) continue;
    report.answers++;
    if (!o.abstained) continue;
    report.abstained++;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { question, count: 1 });
  }
  // Stable sort: equal counts stay in the order first seen.
  report.questions = [...counts.values()].sort((a, b) => b.count - a.count);
  return report;
}

export function formatReport(r: Report): string {
  const out: string[] = [];
  if (!r.answers) out.push('No answers in the input: give it the output of "stride-coach ask --json".');
  else if (!r.abstained) out.push(`The sources answered all ${r.answers} question${r.answers === 1 ? '' : 's'}.`);
  else {
    out.push(`${r.abstained} of ${r.answers} question${r.answers === 1 ? '' : 's'} abstained (${r.questions.length} distinct), most asked first:`, '');
    const width = String(r.questions[0]?.count ?? 1).length;
    for (const q of r.questions) out.push(`  ${String(q.count).padStart(width)}×  ${q.question}`);
  }
  return `${out.join('\n')}\n`;
}

/** Runs `report` with the arguments after the command name; returns the exit code. */
export async function runReport(argv: string[], stdin: Readable & { isTTY?: boolean }, write: (s: string) => Promise<void> | void, warn: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (e) {
    throw new ReportUsageError((e as Error).message.split('\n')[0]);
  }
  if (parsed.values.help) {
    await write(`${REPORT_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length > 1) throw new ReportUsageError('report takes one file (or standard input)');
  const file = parsed.positionals[0];
  let input: Readable;
  if (file !== undefined && file !== '-') {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (e) {
      throw new ReportUsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (!stat.isFile()) throw new ReportUsageError(`cannot read ${file}: not a regular file`);
    if (stat.size > MAX_REPORT_BYTES) throw new ReportUsageError(`cannot read ${file}: larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB`);
    input = fs.createReadStream(file, { encoding: 'utf8' });
  } else {
    if (stdin.isTTY) throw new ReportUsageError('report needs a file, or the output of "ask --json" on standard input');
    input = stdin;
  }
  const r = await reportFrom(input);
  if (r.skipped) warn(`report: skipped ${r.skipped} line${r.skipped === 1 ? '' : 's'} that ${r.skipped === 1 ? 'was not an answer' : 'were not answers'} from "ask --json"`);
  await write(parsed.values.json ? JSON.stringify({ lines: r.lines, answers: r.answers, abstained: r.abstained, questions: r.questions }) : formatReport(r));
  return 0;
}
