import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SEEDS } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string, timeout?: number) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

const CITATION_KEYS = ['excerpt', 'id', 'kind', 'score', 'source', 'title'];

function assertCitation(c: Record<string, unknown>): void {
  assert.deepEqual(Object.keys(c).sort(), CITATION_KEYS);
  const source = c.source as Record<string, unknown>;
  assert.equal(typeof source.file, 'string');
  assert.equal(typeof source.section, 'string');
}

describe('dist/cli.js (the stable contract)', () => {
  it('plan drafts a block as a Markdown table, or JSON, with filters', () => {
    const r = run(['plan', 'weak calves and shin pain']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^### Strength and mobility block: weak calves and shin pain/);
    assert.match(r.stdout, /\| Exercise \| Works \| Sets\/reps \| Cue \| Source \|/);
    const j = run(['plan', 'peroneals', '--equipment', 'band', '--json']);
    assert.equal(j.code, 0, j.stderr);
    const o = JSON.parse(j.stdout);
    assert.ok(o.items.length > 0);
    assert.ok(o.items.every((i: { equipment: string[] }) => i.equipment.every((e) => e === 'band' || e === 'none')));
    assert.equal(run(['plan']).code, 2);
    assert.equal(run(['ask', 'x', '--equipment', 'band']).code, 2);
  });

  it('check --file --json checks an article sentence by sentence, with positions and fixes', () => {
    const r = run(['check', '--file', path.join(ROOT, 'test', 'fixtures', 'article.md'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1, 'one JSON object');
    const o = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(o).sort(), ['checked', 'file', 'findings', 'sentences', 'tookMs']);
    assert.ok(o.checked >= 5 && o.checked < o.sentences + 1);
    const cost = o.findings.find((f: { sentence: string }) => /metabolic cost/.test(f.sentence));
    assert.equal(cost.verdict, 'contradicted');
    assert.equal(cost.line, 9, '1-based line');
    assert.deepEqual(cost.fix, { line: 9, column: 75, endLine: 9, endColumn: 78, replacement: '15%' });
    cost.evidence.forEach(assertCitation);
  });

  it('check --file prints file:line:col findings for a person, and refuses bad use', () => {
    const r = run(['check', '--file', path.join(ROOT, 'test', 'fixtures', 'article.md')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /article\.md:9:1: contradicted: Poorly timed/);
    assert.match(r.stdout, /sentences checked: \d+ contradicted/);
    const missing = run(['check', '--file', path.join(ROOT, 'no-such-file.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^stride-coach: cannot read .*ENOENT\n$/);
    assert.equal(run(['ask', '--file', 'x.md']).code, 2);
    assert.equal(run(['check', 'a claim', '--file', 'x.md']).code, 2);
  });

  it('ask prints a cited answer for a person', () => {
    const r = run(['ask', 'what does the soleus do at mid-stance?']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\[1\]/);
    assert.match(r.stdout, /Sources:/);
    assert.match(r.stdout, /00\d_[0-9a-f]{16}\.txt/);
  });

  it('ask --json prints exactly one object of the documented shape', () => {
    const r = run(['ask', '--json', 'exercises for weak peroneals?']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const o = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(o).sort(), ['abstained', 'answer', 'citations', 'followUps', 'question', 'tookMs']);
    assert.equal(o.question, 'exercises for weak peroneals?');
    assert.equal(o.abstained, false);
    assert.ok(o.citations.length > 0);
    o.citations.forEach(assertCitation);
  });

  it('ask --json with no question answers stdin line by line, blank and hostile lines included', () => {
    const input = ['what is the TFL?', '', '!^\'|=$', '<img src=x onerror=alert(1)>', 'x'.repeat(3000), 'what is the capital of France?', 'hamstrngs', '   '].join('\n');
    const r = run(['ask', '--json'], `${input}\n`);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 8);
    const objs = lines.map((l) => JSON.parse(l));
    assert.deepEqual(
      objs.map((o) => o.question),
      input.split('\n'),
    );
    assert.equal(objs[0].abstained, false);
    assert.equal(objs[1].abstained, true);
    assert.equal(objs[5].abstained, true);
    assert.equal(objs[6].abstained, false);
  });

  it('handles CRLF input and a last line without a newline', () => {
    const r = run(['ask', '--json'], 'what is the TFL?\r\nwhat is DOMS?');
    const objs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(objs.map((o) => o.question), ['what is the TFL?', 'what is DOMS?']);
  });

  it('check --json gives a verdict with evidence and notes', () => {
    const r = run(['check', '--json', 'Poorly timed calf activation raises the metabolic cost of running by 40%.']);
    assert.equal(r.code, 0, r.stderr);
    const o = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(o).sort(), ['claim', 'evidence', 'notes', 'tookMs', 'verdict']);
    assert.equal(o.verdict, 'contradicted');
    o.evidence.forEach(assertCitation);
  });

  it('check --json reads claims from stdin', () => {
    const r = run(['check', '--json'], 'The soleus is made mostly of slow-twitch fibres.\n\nCycling builds stronger lungs than swimming.\n');
    const objs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(objs.map((o) => o.verdict), ['supported', 'unverified', 'unverified']);
  });

  it('check prints a verdict for a person', () => {
    const r = run(['check', 'The soleus is made mostly of fast-twitch fibres.']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Verdict: CONTRADICTED/);
  });

  it('passages --json prints every passage', () => {
    const r = run(['passages', '--json']);
    assert.equal(r.code, 0);
    const objs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(objs.length >= 150);
    for (const o of objs) assert.deepEqual(Object.keys(o).sort(), ['id', 'kind', 'source', 'text', 'title']);
    assert.equal(new Set(objs.map((o) => o.id)).size, objs.length, 'ids are unique');
  });

  it('--knowledge adds a folder of documents, cited verbatim with file and heading', () => {
    const r = run(['ask', '--json', '--knowledge', SEEDS, 'what does the soleus do for posture?']);
    assert.equal(r.code, 0, r.stderr);
    const passages = run(['passages', '--json', '--knowledge', SEEDS]);
    const docs = passages.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((p) => p.kind === 'document');
    assert.ok(docs.length > 20, `${docs.length} document passages`);
    for (const d of docs) {
      assert.match(d.source.file, /^seeds\/(00\d_[0-9a-f]{16}\.txt|README\.md)$/);
      assert.ok(d.source.section.length > 0);
    }
    const q = run(['ask', '--json', '--knowledge', SEEDS, '--max-citations', '10', 'tip-toe walking sets feet']);
    const o = JSON.parse(q.stdout);
    assert.equal(o.abstained, false);
  });

  it('exits 2 with one line on stderr for usage errors', () => {
    for (const args of [[], ['frobnicate'], ['ask', '--bogus'], ['ask', '--max-citations', 'x', 'q'], ['passages', 'extra']]) {
      const r = run(args, '');
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});

/** Issue 13: hostile input through the command line gives a clear message and never hangs. */
describe('dist/cli.js with hostile input', function () {
  // A hang guard, not a timing assertion: each of these finishes in well under a second when right.
  const HANG = 60_000;
  this.timeout(4 * HANG);
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'stride-cli-'));

  it('"constructor" and every Object.prototype name on stdin: one answer per line, exit 0', () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    for (const command of ['ask', 'check']) {
      const r = run([command, '--json'], ['soleus', ...names, 'soleus'].join('\n') + '\n', HANG);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim().split('\n').length, names.length + 2);
    }
    const p = run(['plan', 'constructor calves', '--json'], undefined, HANG);
    assert.equal(p.code, 0, p.stderr);
  });

  it('check --file: 6,000 newlines and 16 KB of fence lines are checked at once, not in cubic time', () => {
    const dir = tmp();
    for (const [name, text] of [['newlines.md', '\n'.repeat(6000)], ['fences.md', '```\n'.repeat(4000)], ['spaces.md', ' \n'.repeat(20000) + 'The soleus is 90% of the calf.\n']]) {
      fs.writeFileSync(path.join(dir, name), text);
      const r = run(['check', '--file', path.join(dir, name), '--json'], undefined, HANG);
      assert.equal(r.code, 0, `${name}: ${r.stderr}${r.error ? String(r.error) : ''}`);
    }
  });

  it('check --file refuses a document over the size limit with a clear message', () => {
    const dir = tmp();
    const big = path.join(dir, 'big.md');
    fs.writeFileSync(big, 'The soleus is 90% of the calf. '.repeat(100_000));
    const r = run(['check', '--file', big], undefined, HANG);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /big\.md.*(over|limit)/);
  });

  it('special files (FIFO, /dev/zero) are refused at once for --knowledge, --pack, --file and --exclude', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tmp();
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    for (const special of [fifo, '/dev/zero']) {
      for (const args of [['check', '--file', special], ['ask', 'soleus', '--pack', special], ['plan', 'calves', '--exclude', special]]) {
        const r = run(args, undefined, HANG);
        assert.equal(r.error, undefined, `${args.join(' ')} hung`);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, /not a regular file/, args.join(' '));
      }
      const k = run(['ask', 'soleus', '--json', '--knowledge', special], undefined, HANG);
      assert.equal(k.error, undefined, `--knowledge ${special} hung`);
      assert.equal(k.code, 0, k.stderr);
      assert.match(k.stderr, /not a regular file/);
      assert.equal(JSON.parse(k.stdout).abstained, false, 'the built-in corpus still answers');
    }
  });

  it('a 650 KB paragraph in --knowledge loads and answers with a bounded answer', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'p.md'), `# Calf notes\n\n${'soleus calf endurance hill repeats ab cd ef gh '.repeat(14_000)}.\n`);
    const r = run(['ask', 'soleus calf endurance hill repeats', '--json', '--knowledge', dir], undefined, HANG);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.ok(a.answer.length < 16_000, `answer of ${a.answer.length} characters`);
  });
});
