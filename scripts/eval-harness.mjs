#!/usr/bin/env node
// The shared development-set harness (../shared/eval/run.mjs), with two options so that the
// project's own held-out sets run the same way: --dir=FOLDER reads questions.jsonl and
// claims.jsonl from that folder instead of the shared one, and --knowledge=DIR passes a folder of
// documents to every CLI call (a documents-only domain). Everything else is unchanged.
//
// Evaluation harness for the offline running-muscles assistant (see README.md beside it).
//
// Run from the project checkout root, after the project has been built:
//   node ../shared/eval/run.mjs          readable report, summary as last line
//   node ../shared/eval/run.mjs --json   one-line JSON report, summary as last line
//
// It spawns `node dist/cli.js passages --json`, `ask --json` and `check --json`
// once each (questions and claims are fed in one batch on stdin), under a 50 s
// overall time budget, and scores the answers against questions.jsonl and
// claims.jsonl (both next to this file). No dependencies beyond Node 20; if
// `minisearch` can be imported from the checkout's node_modules, a plain BM25
// baseline is built over `passages --json` and compared with the assistant.
//
// Exit code: 0 when all three commands ran (exit 0, no timeout, parseable output);
// 1 otherwise, with a line starting "FAIL:" as the last line.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIR_ARG = process.argv.slice(2).find((a) => a.startsWith('--dir='));
const HERE = DIR_ARG ? path.resolve(DIR_ARG.slice(6)) : path.dirname(fileURLToPath(import.meta.url));
const KNOWLEDGE_ARG = process.argv.slice(2).find((a) => a.startsWith('--knowledge='));
const EXTRA_ARGS = KNOWLEDGE_ARG ? ['--knowledge', path.resolve(KNOWLEDGE_ARG.slice(12))] : [];
const CWD = process.cwd();
const CLI_REL = path.join('dist', 'cli.js');
const CLI = path.join(CWD, CLI_REL);
const ARGS = process.argv.slice(2);
const JSON_MODE = ARGS.includes('--json');
const TOTAL_BUDGET_MS = 50_000;
const START = Date.now();
const DEADLINE = START + TOTAL_BUDGET_MS;
const VERDICTS = ['supported', 'contradicted', 'unverified'];
const IN_DOMAIN = new Set(['factual', 'variant']);

// ---------------------------------------------------------------- helpers

function loadJsonl(file) {
  const text = fs.readFileSync(file, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`${path.basename(file)} line ${i + 1}: ${e.message}`);
      }
    });
}

function runCli(sub, input) {
  return new Promise((resolve) => {
    const res = {
      command: `node ${CLI_REL} ${sub} --json`,
      code: null,
      signal: null,
      timedOut: false,
      spawnError: null,
      stdout: '',
      stderr: '',
      ms: 0,
    };
    const remaining = DEADLINE - Date.now();
    if (remaining <= 0) {
      res.timedOut = true;
      res.spawnError = 'not started: the 50 s overall budget was already used up';
      resolve(res);
      return;
    }
    const t0 = Date.now();
    let child;
    try {
      child = spawn(process.execPath, [CLI, sub, '--json', ...EXTRA_ARGS], {
        cwd: CWD,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: process.env,
      });
    } catch (e) {
      res.spawnError = String(e && e.message ? e.message : e);
      resolve(res);
      return;
    }
    const out = [];
    const err = [];
    let done = false;
    const timer = setTimeout(() => {
      res.timedOut = true;
      try {
        child.kill('SIGKILL');
      } catch {}
    }, remaining);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.stdin.on('error', () => {}); // EPIPE when the child does not read stdin
    child.on('error', (e) => {
      res.spawnError = String(e && e.message ? e.message : e);
      finish();
    });
    child.on('close', (code, signal) => {
      res.code = code;
      res.signal = signal;
      finish();
    });
    function finish() {
      if (done) return;
      done = true;
      clearTimeout(timer);
      res.ms = Date.now() - t0;
      res.stdout = Buffer.concat(out).toString('utf8');
      res.stderr = Buffer.concat(err).toString('utf8');
      resolve(res);
    }
    if (input != null) child.stdin.end(input);
    else child.stdin.end();
  });
}

function runProblem(r) {
  if (r.spawnError) return r.spawnError;
  if (r.timedOut) return `killed after the 50 s overall budget ran out (${(r.ms / 1000).toFixed(1)} s)`;
  if (r.signal) return `killed by signal ${r.signal}`;
  if (r.code !== 0) {
    const errLine = String(r.stderr || '').split('\n').map((l) => l.trim()).find((l) => /^(\w*Error|error)\b|Error:/.test(l));
    const tail = errLine ? errLine.slice(0, 200) : lastLines(r.stderr || r.stdout, 1);
    return `exit code ${r.code}${tail ? ` (${tail})` : ''}`;
  }
  return null;
}

function lastLines(text, n) {
  const lines = String(text || '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(-n).join(' | ').slice(0, 200);
}

// Parse JSONL: one record per non-empty stdout line.
function parseJsonl(stdout) {
  const records = [];
  for (let line of stdout.split('\n')) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    try {
      const v = JSON.parse(line);
      if (v && typeof v === 'object' && !Array.isArray(v)) records.push({ ok: true, value: v });
      else records.push({ ok: false, raw: line, why: 'not a JSON object' });
    } catch {
      records.push({ ok: false, raw: line, why: 'invalid JSON' });
    }
  }
  // Tolerate (but flag) a tool that prints one JSON array instead of JSONL.
  let arrayInsteadOfJsonl = false;
  if (!records.some((r) => r.ok)) {
    try {
      const v = JSON.parse(stdout);
      if (Array.isArray(v) && v.length) {
        arrayInsteadOfJsonl = true;
        return {
          records: v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? { ok: true, value: x } : { ok: false, raw: JSON.stringify(x), why: 'not a JSON object' })),
          arrayInsteadOfJsonl,
        };
      }
    } catch {}
  }
  return { records, arrayInsteadOfJsonl };
}

const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function sameText(a, b) {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  if (!x || !y || Math.min(x.length, y.length) < 8) return false;
  return x.startsWith(y) || y.startsWith(x); // tool may truncate very long input
}

// Map output records to input items. Records whose echoed text (`question` /
// `claim`) matches an input are anchors; the records in between (invalid lines,
// rewritten echoes) fill the unanswered inputs between two anchors in order, and
// any surplus there (e.g. a banner line) is dropped. So one skipped, extra or
// garbled line does not shift every later answer.
function align(items, textOf, records, key) {
  const out = new Array(items.length).fill(null);
  let i = 0;
  let pending = [];
  const fill = (from, to) => {
    for (let k = from; k < to && pending.length; k++) out[k] = pending.shift();
    pending = [];
  };
  for (const r of records) {
    if (i >= items.length) break;
    let anchor = -1;
    if (r.ok && typeof r.value[key] === 'string') {
      for (let k = i; k < items.length; k++) {
        if (sameText(textOf(items[k]), r.value[key])) {
          anchor = k;
          break;
        }
      }
    }
    if (anchor < 0) {
      pending.push(r);
      continue;
    }
    // A pending record can only belong before the anchor; if there are more
    // pending records than free slots, keep the last ones (leading noise is dropped).
    const slots = anchor - i;
    if (pending.length > slots) pending = slots > 0 ? pending.slice(-slots) : [];
    fill(i, anchor);
    out[anchor] = r;
    i = anchor + 1;
  }
  fill(i, items.length);
  return out;
}

function citationProblems(c, where) {
  if (!c || typeof c !== 'object' || Array.isArray(c)) return [`${where} is not an object`];
  const p = [];
  for (const k of ['id', 'title', 'kind', 'excerpt']) if (typeof c[k] !== 'string') p.push(`${where}.${k} is not a string`);
  if (typeof c.score !== 'number' || !Number.isFinite(c.score)) p.push(`${where}.score is not a number`);
  if (!c.source || typeof c.source !== 'object') p.push(`${where}.source is not an object`);
  return p;
}

function askProblems(o) {
  const p = [];
  if (typeof o.question !== 'string') p.push('question is not a string');
  if (typeof o.answer !== 'string') p.push('answer is not a string');
  if (typeof o.abstained !== 'boolean') p.push('abstained is not a boolean');
  if (!Array.isArray(o.citations)) p.push('citations is not an array');
  else o.citations.forEach((c, i) => p.push(...citationProblems(c, `citations[${i}]`)));
  if (typeof o.tookMs !== 'number' || !Number.isFinite(o.tookMs)) p.push('tookMs is not a number');
  return p;
}

function checkProblems(o) {
  const p = [];
  if (typeof o.claim !== 'string') p.push('claim is not a string');
  if (!VERDICTS.includes(o.verdict)) p.push(`verdict ${JSON.stringify(o.verdict)} is not one of ${VERDICTS.join('/')}`);
  if (!Array.isArray(o.evidence)) p.push('evidence is not an array');
  else o.evidence.forEach((c, i) => p.push(...citationProblems(c, `evidence[${i}]`)));
  if (!Array.isArray(o.notes) || o.notes.some((n) => typeof n !== 'string')) p.push('notes is not an array of strings');
  return p;
}

function passageProblems(p, i) {
  if (!p || typeof p !== 'object' || Array.isArray(p)) return [`[${i}] is not an object`];
  const out = [];
  for (const k of ['id', 'title', 'kind', 'text']) if (typeof p[k] !== 'string') out.push(`[${i}].${k} is not a string`);
  if (!p.source || typeof p.source !== 'object') out.push(`[${i}].source is not an object`);
  return out;
}

const hasTerm = (text, terms) => {
  const t = String(text ?? '').toLowerCase();
  return terms.some((x) => t.includes(String(x).toLowerCase()));
};
const citeText = (c) => (c && typeof c === 'object' ? `${c.title ?? ''}\n${c.excerpt ?? ''}` : '');

function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[idx];
}

function median(values) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ratio = (a, b) => (b ? a / b : null);
const f2 = (x) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(2));
const fms = (x) => (x == null ? 'n/a' : x >= 10 ? `${Math.round(x)}ms` : `${+x.toFixed(1)}ms`);
const clip = (s, n) => {
  const t = String(s ?? '').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '·').replace(/\s+/g, ' ');
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

async function loadMiniSearch() {
  try {
    // Resolve from the checkout's node_modules, else from the bars' own dependency folder
    // (BARS_DEPS, installed by barlib/prepare.sh), never from this folder.
    let resolved;
    for (const base of [CWD, process.env.BARS_DEPS].filter(Boolean)) {
      try { resolved = createRequire(path.join(base, 'package.json')).resolve('minisearch'); break; } catch {}
    }
    if (!resolved) return null;
    const mod = await import(pathToFileURL(resolved).href);
    let M = mod.default ?? mod.MiniSearch ?? mod;
    if (M && typeof M !== 'function' && typeof M.default === 'function') M = M.default;
    return typeof M === 'function' ? { MiniSearch: M, from: resolved } : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- main

async function main() {
  // --set=2 reads questions-2.jsonl / claims-2.jsonl (a second held-out set); default: the first.
  const setArg = ARGS.find((a) => a.startsWith('--set='));
  const suffix = setArg && setArg.slice(6) !== '1' ? `-${setArg.slice(6)}` : '';
  const questions = loadJsonl(path.join(HERE, `questions${suffix}.jsonl`));
  const claimsFile = path.join(HERE, `claims${suffix}.jsonl`);
  const claims = fs.existsSync(claimsFile) ? loadJsonl(claimsFile) : [];
  const fatal = [];
  const notes = [];

  if (!fs.existsSync(CLI)) {
    const msg = `FAIL: ${CLI_REL} not found in ${CWD} — run this from the project checkout after building it`;
    if (JSON_MODE) console.log(JSON.stringify({ ok: false, error: msg }));
    else console.log(msg);
    process.exitCode = 1;
    return;
  }

  // Questions and claims must be one line each on stdin.
  for (const q of questions) if (/[\r\n]/.test(q.q)) throw new Error(`question ${q.id} contains a newline`);
  for (const c of claims) if (/[\r\n]/.test(c.claim)) throw new Error(`claim ${c.id} contains a newline`);

  // 1. passages
  const pr = await runCli('passages', null);
  let passages = [];
  const passIssues = [];
  {
    const prob = runProblem(pr);
    if (prob) fatal.push(`passages --json: ${prob}`);
    // The contract allows a JSON array or one JSON object per line.
    try {
      const v = JSON.parse(pr.stdout);
      if (Array.isArray(v)) passages = v;
      else if (v && typeof v === 'object') passages = [v];
      else fatal.push('passages --json: output is not a JSON array');
    } catch {
      try {
        passages = pr.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      } catch {
        if (!prob) fatal.push(`passages --json: output is neither a JSON array nor JSON lines${pr.stdout.trim() ? ` (starts ${JSON.stringify(pr.stdout.trim().slice(0, 60))})` : ' (empty)'}`);
      }
    }
    passages.forEach((p, i) => passIssues.push(...passageProblems(p, i)));
  }
  const passageById = new Map();
  const dupIds = new Set();
  for (const p of passages) {
    if (!p || typeof p !== 'object') continue;
    if (passageById.has(p.id)) dupIds.add(p.id);
    passageById.set(p.id, p);
  }
  const kinds = {};
  for (const p of passages) if (p && typeof p === 'object') kinds[p.kind] = (kinds[p.kind] || 0) + 1;

  // 2. ask
  const askInput = questions.map((q) => q.q).join('\n') + '\n';
  const ar = await runCli('ask', askInput);
  const askParsed = parseJsonl(ar.stdout);
  {
    const prob = runProblem(ar);
    if (prob) fatal.push(`ask --json: ${prob}`);
    if (!askParsed.records.some((r) => r.ok)) fatal.push('ask --json: printed no JSON objects');
    if (askParsed.arrayInsteadOfJsonl) notes.push('ask --json printed a JSON array instead of JSON lines');
  }
  const askAligned = align(questions, (q) => q.q, askParsed.records, 'question');

  // 3. check
  const checkInput = claims.map((c) => c.claim).join('\n') + '\n';
  const cr = await runCli('check', checkInput);
  const checkParsed = parseJsonl(cr.stdout);
  {
    const prob = runProblem(cr);
    if (prob) fatal.push(`check --json: ${prob}`);
    if (!checkParsed.records.some((r) => r.ok)) fatal.push('check --json: printed no JSON objects');
    if (checkParsed.arrayInsteadOfJsonl) notes.push('check --json printed a JSON array instead of JSON lines');
  }
  const checkAligned = align(claims, (c) => c.claim, checkParsed.records, 'claim');

  // ---- per-question scoring
  const askSchema = [];
  const perQ = questions.map((q, i) => {
    const rec = askAligned[i];
    const r = { id: q.id, category: q.category, q: q.q, expect: q.expect, answered: false };
    if (!rec) return { ...r, missing: true };
    if (!rec.ok) return { ...r, invalid: rec.why, raw: clip(rec.raw, 120) };
    const o = rec.value;
    const probs = askProblems(o);
    if (probs.length) askSchema.push(`${q.id}: ${probs.slice(0, 3).join('; ')}${probs.length > 3 ? ` (+${probs.length - 3})` : ''}`);
    const cits = Array.isArray(o.citations) ? o.citations : [];
    r.answered = typeof o.answer === 'string' && typeof o.abstained === 'boolean';
    r.abstained = o.abstained === true;
    r.answerChars = typeof o.answer === 'string' ? o.answer.length : null;
    r.answerWords = typeof o.answer === 'string' ? o.answer.split(/\s+/).filter(Boolean).length : null;
    r.tookMs = typeof o.tookMs === 'number' && Number.isFinite(o.tookMs) ? o.tookMs : null;
    r.nCitations = cits.length;
    r.top = cits[0] ? { id: cits[0].id, title: cits[0].title, kind: cits[0].kind, score: cits[0].score } : null;
    r.answerHead = clip(o.answer, 100);
    r.rawScript = typeof o.answer === 'string' && /<script/i.test(o.answer);
    if (q.expect.length) {
      r.citedHit1 = cits.length > 0 && hasTerm(citeText(cits[0]), q.expect);
      r.citedHit3 = cits.slice(0, 3).some((c) => hasTerm(citeText(c), q.expect));
      r.hit1 = !r.abstained && r.citedHit1;
      r.hit3 = !r.abstained && r.citedHit3;
      const p = cits[0] && passageById.get(cits[0].id);
      r.passageHit1 = !r.abstained && !!p && hasTerm(`${p.title ?? ''}\n${p.text ?? ''}`, q.expect);
      // Does the composed answer itself state the fact (not only a cited passage)?
      r.answerHit = !r.abstained && typeof o.answer === 'string' && hasTerm(o.answer, q.expect);
    }
    r.danglingCitations = cits.filter((c) => c && typeof c === 'object' && passages.length && !passageById.has(c.id)).length;
    return r;
  });

  const byCat = (cat) => perQ.filter((r) => r.category === cat);
  const inDom = perQ.filter((r) => IN_DOMAIN.has(r.category));
  const rate = (rows, f) => (rows.length ? rows.filter(f).length / rows.length : null);

  const hit1 = rate(inDom, (r) => r.hit1);
  const hit3 = rate(inDom, (r) => r.hit3);
  const hit1Factual = rate(byCat('factual'), (r) => r.hit1);
  const hit1Variant = rate(byCat('variant'), (r) => r.hit1);
  const hit1Cited = rate(inDom, (r) => r.citedHit1);
  const hit1Passage = rate(inDom, (r) => r.passageHit1);
  const answerHit = rate(inDom, (r) => r.answerHit);
  const answeredIn = inDom.filter((r) => r.answered && !r.abstained);
  const medChars = median(answeredIn.map((r) => r.answerChars));
  const medWords = median(answeredIn.map((r) => r.answerWords));
  const ood = byCat('out_of_domain');
  const oodAbstain = rate(ood, (r) => r.abstained === true);
  const falseAbstain = rate(inDom, (r) => r.abstained === true);
  const inDomMissing = inDom.filter((r) => !r.answered).length;
  const bad = byCat('bad_input');
  const badSurvived = bad.filter((r) => r.answered).length;
  const askExitOk = !runProblem(ar);
  const badAbstained = bad.filter((r) => r.abstained === true).length;
  const tooks = perQ.map((r) => r.tookMs).filter((x) => x != null);
  const p50 = percentile(tooks, 50);
  const p95 = percentile(tooks, 95);
  const dangling = perQ.reduce((a, r) => a + (r.danglingCitations || 0), 0);

  // ---- claims
  const checkSchema = [];
  const confusion = {};
  for (const e of VERDICTS) confusion[e] = { supported: 0, contradicted: 0, unverified: 0, other: 0 };
  const perC = claims.map((c, i) => {
    const rec = checkAligned[i];
    const r = { id: c.id, claim: c.claim, expect: c.expect, verdict: null };
    if (rec && rec.ok) {
      const probs = checkProblems(rec.value);
      if (probs.length) checkSchema.push(`${c.id}: ${probs.slice(0, 3).join('; ')}`);
      r.verdict = rec.value.verdict;
      const ev = Array.isArray(rec.value.evidence) ? rec.value.evidence : [];
      r.evidenceTop = ev[0] ? clip(ev[0].title, 60) : null;
      r.notes = Array.isArray(rec.value.notes) ? rec.value.notes.slice(0, 2).map((n) => clip(n, 100)) : [];
    } else r.missing = !rec;
    r.correct = r.verdict === c.expect;
    const col = VERDICTS.includes(r.verdict) ? r.verdict : 'other';
    if (confusion[c.expect]) confusion[c.expect][col]++;
    return r;
  });
  const claimAcc = rate(perC, (r) => r.correct);

  // ---- baseline
  let baseline = null;
  if (passages.length) {
    const ms = await loadMiniSearch();
    if (ms) {
      try {
        const docs = passages.map((p, i) => ({
          _k: i,
          title: String(p && p.title != null ? p.title : ''),
          text: String(p && p.text != null ? p.text : ''),
        }));
        const index = new ms.MiniSearch({ idField: '_k', fields: ['title', 'text'] });
        index.addAll(docs);
        const rows = questions
          .filter((q) => IN_DOMAIN.has(q.category))
          .map((q) => {
            const res = index.search(q.q, { fuzzy: 0.2, prefix: true });
            const top = res.slice(0, 3).map((x) => docs[x.id]);
            const txt = (d) => `${d.title}\n${d.text}`;
            return {
              id: q.id,
              hit1: !!top[0] && hasTerm(txt(top[0]), q.expect),
              hit3: top.some((d) => hasTerm(txt(d), q.expect)),
              top: top[0] ? clip(top[0].title, 60) : null,
            };
          });
        baseline = {
          from: ms.from,
          hit1: rate(rows, (r) => r.hit1),
          hit3: rate(rows, (r) => r.hit3),
          rows,
        };
      } catch (e) {
        notes.push(`minisearch baseline failed: ${e.message}`);
      }
    }
  }
  const x = baseline ? ratio(hit1, baseline.hit1) : null;

  // ---- summary line
  const baseTxt = baseline ? `baseline ${f2(baseline.hit1)}, x${f2(x)}` : 'baseline n/a';
  const summary = `hit@1 ${f2(hit1)} (${baseTxt}) abstain ${f2(oodAbstain)} bad_input ${badSurvived}/${bad.length} claims ${f2(claimAcc)} p95 ${fms(p95)}`;

  const report = {
    ok: fatal.length === 0,
    checkout: CWD,
    node: process.version,
    wallMs: Date.now() - START,
    commands: Object.fromEntries(
      [['passages', pr, null], ['ask', ar, askParsed], ['check', cr, checkParsed]].map(([k, r, parsed]) => [
        k,
        {
          code: r.code,
          signal: r.signal,
          timedOut: r.timedOut,
          spawnError: r.spawnError,
          ms: r.ms,
          jsonLines: parsed ? parsed.records.filter((x) => x.ok).length : undefined,
          invalidLines: parsed ? parsed.records.filter((x) => !x.ok).length : undefined,
          stderrTail: lastLines(r.stderr, 3),
        },
      ]),
    ),
    passages: { count: passages.length, kinds, duplicateIds: [...dupIds].slice(0, 10), schemaProblems: passIssues.slice(0, 10), schemaProblemCount: passIssues.length },
    retrieval: { n: inDom.length, hit1, hit3, hit1Factual, hit1Variant, hit1IgnoringAbstention: hit1Cited, hit1OnPassageText: hit1Passage, answerHit, danglingCitations: dangling },
    baseline: baseline && { from: baseline.from, hit1: baseline.hit1, hit3: baseline.hit3, ratio: x },
    answers: { medianChars: medChars, medianWords: medWords, answeredInDomain: answeredIn.length, missingInDomain: inDomMissing },
    abstention: { outOfDomainRate: oodAbstain, outOfDomainN: ood.length, falseAbstentionRate: falseAbstain },
    badInput: { survived: badSurvived, total: bad.length, processExitOk: askExitOk, abstained: badAbstained, echoedRawScript: bad.filter((r) => r.rawScript).map((r) => r.id) },
    claims: { accuracy: claimAcc, n: claims.length, confusion },
    latency: { p50, p95, max: tooks.length ? Math.max(...tooks) : null, n: tooks.length },
    schemaProblems: { ask: askSchema, check: checkSchema },
    notes,
    fatal,
    items: perQ,
    claimItems: perC,
    baselineItems: baseline ? baseline.rows : null,
    summary,
  };

  if (JSON_MODE) {
    console.log(JSON.stringify(report));
  } else {
    printReport(report, { questions, claims, pr, ar, cr, askParsed, checkParsed, perQ, perC, inDom, ood, bad, baseline });
  }
  console.log(summary);
  if (fatal.length) {
    console.log(`FAIL: the project could not be run cleanly — ${fatal.join('; ')}`);
    process.exitCode = 1;
  }
}

function printReport(R, ctx) {
  const { questions, claims, pr, ar, cr, askParsed, checkParsed, perQ, perC, inDom, ood, bad, baseline } = ctx;
  const L = [];
  const cats = {};
  for (const q of questions) cats[q.category] = (cats[q.category] || 0) + 1;
  L.push('Running-muscles assistant — held-out evaluation');
  L.push(`checkout ${R.checkout}   node ${R.node}   wall ${(R.wallMs / 1000).toFixed(1)} s (budget 50 s)`);
  L.push(`questions ${questions.length} (${Object.entries(cats).map(([k, v]) => `${k} ${v}`).join(', ')})   claims ${claims.length}`);
  L.push('');
  L.push('Commands');
  const st = (r) => (runProblem(r) ? `FAILED: ${runProblem(r)}` : 'exit 0');
  L.push(`  passages --json  ${st(pr)}  ${(pr.ms / 1000).toFixed(2)} s  ${R.passages.count} passages; kinds ${JSON.stringify(R.passages.kinds)}`);
  if (R.passages.duplicateIds.length) L.push(`    duplicate passage ids: ${R.passages.duplicateIds.join(', ')}`);
  if (R.passages.schemaProblemCount) L.push(`    ${R.passages.schemaProblemCount} passage shape problems, e.g. ${R.passages.schemaProblems.slice(0, 3).join('; ')}`);
  const okA = askParsed.records.filter((x) => x.ok).length;
  L.push(`  ask --json       ${st(ar)}  ${(ar.ms / 1000).toFixed(2)} s  ${questions.length} lines in, ${okA} JSON objects out, ${askParsed.records.length - okA} invalid lines`);
  const okC = checkParsed.records.filter((x) => x.ok).length;
  L.push(`  check --json     ${st(cr)}  ${(cr.ms / 1000).toFixed(2)} s  ${claims.length} lines in, ${okC} JSON objects out, ${checkParsed.records.length - okC} invalid lines`);
  for (const [name, r] of [['passages', pr], ['ask', ar], ['check', cr]]) {
    const t = lastLines(r.stderr, 2);
    if (t) L.push(`    ${name} stderr: ${clip(t, 160)}`);
  }
  for (const n of R.notes) L.push(`  note: ${n}`);
  L.push('');

  const rt = R.retrieval;
  L.push(`Retrieval (factual + variant, n=${rt.n}; an abstention counts as a miss)`);
  L.push(`  hit@1 ${f2(rt.hit1)}   (factual ${f2(rt.hit1Factual)}, variant ${f2(rt.hit1Variant)})   hit@3 ${f2(rt.hit3)}`);
  L.push(`  hit@1 on the cited passage's full text ${f2(rt.hit1OnPassageText)}; top citation ignoring abstention ${f2(rt.hit1IgnoringAbstention)}`);
  L.push(`  answer text states the expected fact: ${f2(rt.answerHit)}`);
  if (rt.danglingCitations) L.push(`  ${rt.danglingCitations} citations name ids that passages --json does not list`);
  if (baseline) {
    L.push(`  baseline minisearch (title+text, fuzzy 0.2, prefix): hit@1 ${f2(baseline.hit1)}  hit@3 ${f2(baseline.hit3)}  -> assistant/baseline x${f2(R.baseline.ratio)}`);
    L.push(`    (baseline is judged on the whole passage text, the assistant on title+excerpt; on passage text the ratio is x${f2(ratio(rt.hit1OnPassageText, baseline.hit1))})`);
  } else {
    L.push('  baseline: skipped (minisearch is not importable from the checkout\'s node_modules)');
  }
  L.push(`  median answer length ${R.answers.medianChars ?? 'n/a'} chars / ${R.answers.medianWords ?? 'n/a'} words (${R.answers.answeredInDomain} answered in-domain${R.answers.missingInDomain ? `, ${R.answers.missingInDomain} with no valid answer line` : ''})`);
  L.push('');
  L.push('Abstention');
  L.push(`  out_of_domain abstained ${ood.filter((r) => r.abstained).length}/${ood.length} = ${f2(R.abstention.outOfDomainRate)}`);
  L.push(`  in-domain false abstention ${inDom.filter((r) => r.abstained).length}/${inDom.length} = ${f2(R.abstention.falseAbstentionRate)}`);
  L.push('');
  const b = R.badInput;
  L.push(`Bad input: ${b.survived}/${b.total} lines answered with valid JSON; ask process ${b.processExitOk ? 'exited 0' : 'did NOT exit cleanly'}; ${b.abstained}/${b.total} abstained`);
  for (const r of bad) {
    if (!r.answered) L.push(`  ${r.id} NOT ANSWERED${r.invalid ? ` (${r.invalid}: ${r.raw})` : ''}   input ${JSON.stringify(clip(r.q, 40))}`);
    else if (!r.abstained) L.push(`  ${r.id} answered (no abstention): ${JSON.stringify(clip(r.answerHead, 70))}`);
  }
  if (b.echoedRawScript.length) L.push(`  answers echo a raw <script> tag: ${b.echoedRawScript.join(', ')}`);
  L.push('');
  L.push(`Claims: accuracy ${f2(R.claims.accuracy)} (${perC.filter((r) => r.correct).length}/${perC.length})`);
  L.push('  expected \\ got   supported  contradicted  unverified  other');
  for (const e of VERDICTS) {
    const row = R.claims.confusion[e];
    L.push(`  ${e.padEnd(15)} ${String(row.supported).padStart(9)} ${String(row.contradicted).padStart(13)} ${String(row.unverified).padStart(11)} ${String(row.other).padStart(6)}`);
  }
  L.push('');
  L.push(`Latency (tookMs over ${R.latency.n} answers): p50 ${fms(R.latency.p50)}  p95 ${fms(R.latency.p95)}  max ${fms(R.latency.max)}`);
  L.push('');

  const misses = inDom.filter((r) => !r.hit1);
  if (misses.length) {
    L.push(`Misses at hit@1 (${misses.length})`);
    for (const r of misses) {
      const why = !r.answered ? 'no valid answer' : r.abstained ? 'ABSTAINED' : r.top ? `top: ${clip(r.top.id, 24)} "${clip(r.top.title, 44)}"` : 'no citations';
      const b3 = r.hit3 ? ' [hit@3]' : '';
      L.push(`  ${r.id} ${clip(r.q, 70)}  expect ${JSON.stringify(r.expect)}  -> ${why}${b3}`);
    }
    L.push('');
  }
  const oodAnswered = ood.filter((r) => !r.abstained);
  if (oodAnswered.length) {
    L.push(`Out-of-domain questions answered instead of abstaining (${oodAnswered.length})`);
    for (const r of oodAnswered) L.push(`  ${r.id} ${clip(r.q, 60)}  -> ${r.answered ? (r.top ? `top: ${clip(r.top.id, 24)} "${clip(r.top.title, 40)}"` : 'no citations') : 'no valid answer'}`);
    L.push('');
  }
  const wrong = perC.filter((r) => !r.correct);
  if (wrong.length) {
    L.push(`Claim errors (${wrong.length})`);
    for (const r of wrong) L.push(`  ${r.id} expected ${r.expect}, got ${r.verdict ?? (r.missing ? 'no line' : 'invalid')}: ${clip(r.claim, 80)}`);
    L.push('');
  }
  const schema = [...R.schemaProblems.ask.map((s) => `ask ${s}`), ...R.schemaProblems.check.map((s) => `check ${s}`)];
  if (schema.length) {
    L.push(`Contract (shape) problems (${schema.length})`);
    for (const s of schema.slice(0, 15)) L.push(`  ${s}`);
    if (schema.length > 15) L.push(`  … ${schema.length - 15} more`);
    L.push('');
  }
  console.log(L.join('\n'));
}

main().catch((e) => {
  console.log(`FAIL: harness error — ${e && e.stack ? e.stack.split('\n')[0] : e}`);
  process.exitCode = 1;
});
