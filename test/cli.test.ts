import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SEEDS } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string, timeout?: number, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

/** A temporary folder with these files (paths relative to it), removed after the test run. */
const temps: string[] = [];
function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-cli-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
after(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** C0 and C1 control characters other than newline and tab: what must never reach a terminal. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
function assertNoControls(s: string, what: string): void {
  const m = CONTROL.exec(s);
  assert.equal(m, null, `${what} holds control character U+${m?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m?.index}: ${JSON.stringify(s.slice(Math.max(0, (m?.index ?? 0) - 40), (m?.index ?? 0) + 40))}`);
}
/** An OSC 52 clipboard write, a window-title change and hidden text, as an attacker would plant them. */
const OSC52 = '\x1b]52;c;cm0gLXJmIH4=\x07';
const TITLE = '\x1b]0;pwned\x1b\\';
const HIDDEN = '\x1b[8mhidden\x1b[0m\u009b2J';

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
    assert.deepEqual(Object.keys(o).sort(), ['claim', 'evidence', 'figure', 'notes', 'tookMs', 'verdict']);
    assert.equal(o.verdict, 'contradicted');
    o.evidence.forEach(assertCitation);
    // A differing figure comes with the source's, and the citation that gives it.
    assert.equal(o.figure.claimed, '40%');
    assert.equal(o.figure.source, '15%');
    assert.ok(o.evidence.some((c: { n?: number }, i: number) => (c.n ?? i + 1) === o.figure.evidence));
    const agreed = JSON.parse(run(['check', '--json', 'The soleus is made mostly of slow-twitch fibres.']).stdout);
    assert.deepEqual(Object.keys(agreed).sort(), ['claim', 'evidence', 'notes', 'tookMs', 'verdict'], 'no figure where none differs');
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
    for (const args of [['frobnicate'], ['ask', '--bogus'], ['ask', '--max-citations', 'x', 'q'], ['passages', 'extra']]) {
      const r = run(args, '');
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});

describe('dist/cli.js: nothing hostile reaches the terminal (issue 13, item 12)', () => {
  it('check --file prints a sentence holding escape sequences without them', () => {
    const dir = tempDir({ 'esc.md': `# D\n\nThe soleus is 90% of the calf ${OSC52} at mid-stance ${TITLE}${HIDDEN}.\n` });
    const r = run(['check', '--file', path.join(dir, 'esc.md')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /esc\.md:3:1: \w+: The soleus is 90% of the calf/);
    assertNoControls(r.stdout, 'check --file output');
    assertNoControls(r.stderr, 'check --file stderr');
  });

  it('document titles, sections and excerpts from --knowledge are printed without control characters', () => {
    const dir = tempDir({ [`notes/soleus${'\u0007'}.md`]: `# Soleus notes ${TITLE}\n\n## Mid-stance ${OSC52}\n\nThe soleus ${HIDDEN} holds the shin at mid-stance while the body passes over the foot.\n` });
    for (const args of [['passages', '--knowledge', dir], ['ask', '--knowledge', dir, 'soleus holds the shin at mid-stance while the body passes over the foot'], ['check', '--knowledge', dir, 'The soleus holds the shin at mid-stance.']]) {
      const r = run(args);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Soleus notes|Mid-stance/, args.join(' '));
      assertNoControls(r.stdout, `${args[0]} output`);
      assertNoControls(r.stderr, `${args[0]} stderr`);
    }
  });

  it('pack titles and sections are printed without control characters, and so is the pack build report', () => {
    const dir = tempDir({
      'pack.yaml': `name: esc-club\ndescription: "Hostile \\e]0;pwned\\a"\n`,
      'drills.yaml': `passages:\n  - id: hill-bounds\n    kind: exercise\n    title: "Hill bounds \\e]52;c;cm0gLXJmIH4=\\a"\n    type: drill\n    works: [calves]\n    text: Hill bounds are springy uphill strides that load the calves and the soleus hard.\n    source:\n      file: club.md\n      section: "Hills \\e[8mhidden\\e[0m"\n`,
      'notes/session.md': `# Session ${OSC52}\n\n## Warm-up ${TITLE}\n\nJog ten minutes, then hill bounds for the calves and soleus before the main set.\n`,
    });
    const out = path.join(dir, 'esc.pack.json');
    const made = run(['pack', dir, '--out', out]);
    assert.equal(made.code, 0, made.stderr);
    assertNoControls(made.stdout, 'pack output');
    for (const args of [['passages', '--pack', out], ['ask', '--pack', out, 'hill bounds springy uphill strides calves'], ['ask', '--pack', out, 'jog ten minutes then hill bounds before the main set']]) {
      const r = run(args);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Hill bounds|Session/, args.join(' '));
      assertNoControls(r.stdout, `${args.join(' ')} output`);
    }
  });

  it("a forged pack's builtBy in the refusal message is printed without control characters", () => {
    const dir = tempDir({ 'old.pack.json': JSON.stringify({ format: 'stride-pack', version: 99, builtBy: `evil ${OSC52}${TITLE}${HIDDEN}`, name: 'x' }) });
    const r = run(['ask', '--pack', path.join(dir, 'old.pack.json'), 'soleus']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^stride-coach: .*pack format version 99 \(built by evil/);
    assertNoControls(r.stderr, 'the refusal');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  });

  it('the request plan echoes is printed without control characters, with or without exercises', () => {
    for (const request of [`weak calves ${OSC52}${TITLE}`, `zzqx ${HIDDEN} wibble`]) {
      const r = run(['plan', request]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /calves|wibble/);
      assertNoControls(r.stdout, 'plan output');
    }
  });

  it('--json keeps every character, escaped by JSON', () => {
    const r = run(['check', '--json', `The soleus ${OSC52} is mostly slow-twitch.`]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('\\u001b]52;c;cm0gLXJmIH4=\\u0007'), r.stdout.slice(0, 200));
    assert.equal(JSON.parse(r.stdout).claim, `The soleus ${OSC52} is mostly slow-twitch.`);
  });
});

describe('dist/cli.js: strict numbers and consistent errors (issue 13, item 13)', () => {
  it('--max-citations takes only a plain whole number from 1 to 10', () => {
    for (const bad of ['1e1', '0x5', ' 5 ', '5.0', '+5', '05x', '', '0', '11', '-1', 'Infinity', '1_0']) {
      const r = run(['ask', `--max-citations=${bad}`, 'what is the soleus?']);
      assert.equal(r.code, 2, `--max-citations ${JSON.stringify(bad)}: ${r.stderr}`);
      assert.match(r.stderr, /^stride-coach: --max-citations takes a whole number from 1 to 10\n$/);
      assert.equal(r.stdout, '');
    }
    for (const good of ['1', '5', '10']) {
      const r = run(['ask', '--json', '--max-citations', good, 'exercises for weak calves']);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(JSON.parse(r.stdout).citations.length <= Number(good));
    }
  });

  it('a pack with a bad corpus section is refused like any other bad pack: exit 2, one line, one prefix', () => {
    const dir = tempDir({});
    const made = run(['pack', path.join(ROOT, 'examples', 'my-pack'), '--out', path.join(dir, 'good.json')]);
    assert.equal(made.code, 0, made.stderr);
    const good = JSON.parse(fs.readFileSync(path.join(dir, 'good.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'bad-corpus.json'), JSON.stringify({ ...good, corpus: { ...good.corpus, version: 999 } }));
    fs.writeFileSync(path.join(dir, 'not-json.json'), '{');
    fs.writeFileSync(path.join(dir, 'twin.json'), JSON.stringify(good));
    for (const args of [
      ['--pack', path.join(dir, 'bad-corpus.json')],
      ['--pack', path.join(dir, 'not-json.json')],
      ['--pack', path.join(dir, 'missing.json')],
      ['--pack', path.join(dir, 'good.json'), '--pack', path.join(dir, 'twin.json')],
    ]) {
      const r = run(['ask', ...args, 'soleus']);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^stride-coach: (?!stride-coach:)\S.*\n$/, r.stderr);
    }
  });
});

describe('dist/cli.js: help for every command and flag (issue 15)', () => {
  const ALL_FLAGS: Record<string, string[]> = {
    ask: ['--json', '--knowledge DIR', '--pack FILE', '--max-citations N', '--help'],
    check: ['--file FILE', '--json', '--knowledge DIR', '--pack FILE', '--max-citations N', '--help'],
    plan: ['--equipment LIST', '--type LIST', '--exclude PLAN.md', '--json', '--knowledge DIR', '--pack FILE', '--max-citations N', '--help'],
    passages: ['--json', '--knowledge DIR', '--pack FILE', '--help'],
    pack: ['--out FILE', '--help'],
  };

  it('--help lists every command and the shared options, on stdout, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = run(args);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      for (const c of Object.keys(ALL_FLAGS)) assert.match(r.stdout, new RegExp(`^  ${c} +\\S`, 'm'), `${args[0]} names ${c}`);
      for (const f of ['--json', '--knowledge DIR', '--pack FILE', '--max-citations N']) assert.ok(r.stdout.includes(f), `${args[0]} names ${f}`);
    }
  });

  it('with no command, lists all of them on stderr and exits 2', () => {
    const r = run([], '');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    for (const c of Object.keys(ALL_FLAGS)) assert.match(r.stderr, new RegExp(`^  ${c} +\\S`, 'm'), `names ${c}`);
  });

  it('COMMAND --help describes the command and every flag it takes, and only those', () => {
    for (const [command, flags] of Object.entries(ALL_FLAGS)) {
      const r = run([command, '--help']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^usage: stride-coach ${command}\\b`));
      const listed = [...r.stdout.matchAll(/^ {2}(--[a-z-]+(?: [A-Z.a-z]+)?) {2,}\S/gm)].map((m) => m[1]);
      assert.deepEqual(listed, flags, `${command} --help`);
      assert.deepEqual(run(['help', command]).stdout, r.stdout, `help ${command}`);
    }
    assert.equal(run(['frobnicate', '--help']).code, 2);
  });

  it('refuses a flag that does not go with the command, naming that command\'s help', () => {
    for (const [args, flag] of [[['pack', 'x', '--json', '--out', 'y'], '--json'], [['passages', '--max-citations', '3'], '--max-citations'], [['check', '--exclude', 'x.md', 'claim'], '--exclude']] as const) {
      const r = run([...args]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `stride-coach: ${flag} does not go with ${args[0]}; see stride-coach ${args[0]} --help\n`);
    }
  });
});

describe('answers for a person in a terminal (issue 15)', () => {
  const ESC = '\u001b';
  const MD = 'Exercises for the **Peroneals (fibularis muscles)**:\n\n1. **Standing calf raises** works the peroneals; stand tall and rise up onto your toes, letting the calves lift your body weight. [1]\n2. *Band eversion* with `band` [2]\n\n- a bullet\n  - nested\n\nSee [the article](https://example.org/a) &amp; more.';

  it('renders bold, italics and code as terminal styles on a TTY, wrapped to its width', async () => {
    const { renderMarkdown, terminalOptions } = await import('../src/cli/markdown');
    const term = terminalOptions({ isTTY: true, columns: 50 }, {});
    assert.deepEqual(term, { styled: true, width: 50 });
    const out = renderMarkdown(MD, term);
    assert.ok(!out.includes('**') && !out.includes('`'), out);
    assert.ok(out.includes(`${ESC}[1mPeroneals (fibularis muscles)${ESC}[22m`), out);
    assert.ok(out.includes(`${ESC}[3mBand eversion${ESC}[23m`), out);
    assert.ok(out.includes(`${ESC}[36mband${ESC}[39m`), out);
    assert.match(out, /^• a bullet\n {2}• nested$/m);
    assert.match(out, /^1\. \u001b\[1mStanding calf raises/m);
    for (const line of out.split('\n')) assert.ok(stripVT(line).length <= 50, `wider than 50: ${JSON.stringify(line)}`);
    // A wrapped list item hangs under its text, not under its number.
    const item = out.split('\n').findIndex((l) => l.startsWith('1. '));
    assert.match(out.split('\n')[item + 1], /^ {3}\S/);
    assert.match(out, /the article <https:\/\/example\.org\/a> & more\./);
  });

  it('renders plain text when piped or under NO_COLOR: no codes, no Markdown marks', async () => {
    const { renderMarkdown, terminalOptions } = await import('../src/cli/markdown');
    assert.deepEqual(terminalOptions({ isTTY: false, columns: 50 }, {}), { styled: false, width: undefined });
    assert.deepEqual(terminalOptions({ isTTY: true, columns: 60 }, { NO_COLOR: '1' }), { styled: false, width: 60 });
    assert.deepEqual(terminalOptions({ isTTY: true, columns: 60 }, { NO_COLOR: '' }), { styled: true, width: 60 });
    assert.deepEqual(terminalOptions({ isTTY: true, columns: 60 }, { TERM: 'dumb' }), { styled: false, width: 60 });
    const piped = renderMarkdown(MD, { styled: false });
    assert.ok(!piped.includes(ESC) && !piped.includes('**') && !piped.includes('`'), piped);
    assert.match(piped, /^Exercises for the Peroneals \(fibularis muscles\):$/m);
    assert.match(piped, /^1\. Standing calf raises works the peroneals; stand tall and rise up onto your toes, letting the calves lift your body weight\. \[1\]$/m, 'piped: a list item on one line');
    assert.match(piped, /^- a bullet\n {2}- nested$/m);
    const noColor = renderMarkdown(MD, { styled: false, width: 40 });
    assert.ok(!noColor.includes(ESC));
    for (const line of noColor.split('\n')) assert.ok(line.length <= 40, `wider than 40: ${JSON.stringify(line)}`);
  });

  it('prints plain answers without marked exactly as marked would: every answer the coach gives, and generated text', async () => {
    const { plainParagraphs, renderMarkdown, renderMarkdownWithMarked } = await import('../src/cli/markdown');
    const { createCoach } = await import('../src/engine/coach');
    const { loadBuiltinCorpus } = await import('../src/node/builtin');
    const { labelled, outOfScope } = await import('./helpers');
    const fc = (await import('fast-check')).default;
    const looks = [{ styled: false }, { styled: true, width: 44 }, { styled: false, width: 72 }];
    const same = (md: string) => {
      for (const opts of looks) assert.equal(renderMarkdown(md, opts, '  '), renderMarkdownWithMarked(md, opts, '  '), JSON.stringify(md));
    };
    const coach = createCoach({ corpus: loadBuiltinCorpus() });
    const answers = [...labelled().questions.map((q) => q.q), ...outOfScope()].map((q) => coach.ask(q).answer);
    for (const a of answers) same(a);
    // Both paths are taken, so the comparison above is not the general path against itself.
    assert.ok(answers.some((a) => plainParagraphs(a)), 'some answer is plain paragraphs');
    assert.ok(answers.some((a) => !plainParagraphs(a)), 'some answer holds Markdown');
    // Text at each edge of plain: a hard break, autolinks, a marker that is a link or a
    // definition, lines that open a list, a heading or code.
    for (const md of ['Soleus  \ncalf [1]', 'See www.example.org now. [1]', 'See https://example.org now.', 'Soleus [1](x)', '[1]: x\n\nSoleus [1]', 'Soleus [1][2] calf', 'Calf\n- raise [1]', 'Calf\n1. raise', 'Calf\n2) raise', '* raise', 'Soleus *calf* [1]', 'Soleus `calf` [1]', 'Soleus &amp; calf', 'Soleus <b>calf</b>', '# Soleus', '> Soleus', 'a | b\n--- | ---', 'Soleus\\\ncalf', 'Calf\n===', 'Calf\n---', '    code [1]', 'Soleus\n\n\n\ncalf [1]', '\nSoleus [1]\n', '1. >', '- >\n- calf']) same(md);
    // Generated: mostly plain words, markers, hyphens, numbers and line breaks, then with every mark.
    const plainish = ['soleus', 'calf', ' ', ' ', '\n', '\n\n', '.', ',', '-', '1.', '2)', '2.5', '[1]', '[12]', '[a]', '(x)', ':', '://', 'www.', '"', 'é', '  \n', ' \n', '\n ', '---', '\n-'];
    const marks = ['*', '_', '`', '#', '>', '|', '=', '+', '!', '&amp;', '<b>', '\t', '[', ']', '\\'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...plainish), { maxLength: 30 }).map((u) => u.join('')), same), { numRuns: 400 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...plainish, ...marks), { maxLength: 30 }).map((u) => u.join('')), same), { numRuns: 200 });
  });

  it('strips escape sequences from the Markdown before any style of its own', async () => {
    const { renderMarkdown } = await import('../src/cli/markdown');
    const out = renderMarkdown(`**Sol${OSC52}eus**${OSC52} holds ${TITLE}${HIDDEN} [1]`, { styled: true, width: 80 });
    assert.equal(out, `${ESC}[1mSoleus${ESC}[22m holds hidden [1]`);
  });

  it('ask piped prints no Markdown marks; ask on a pseudo-terminal prints bold, wrapped to its width', function () {
    const piped = run(['ask', 'exercises for weak peroneals?']);
    assert.equal(piped.code, 0, piped.stderr);
    assert.ok(!piped.stdout.includes('**') && !piped.stdout.includes(ESC), piped.stdout);
    assert.match(piped.stdout, /^Sources:$/m);
    // A real terminal through script(1) (util-linux), 60 columns wide.
    const question = 'exercises for weak peroneals?';
    const tty = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `stty cols 60 rows 50; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ask ${JSON.stringify(question)}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const styled = tty({ NO_COLOR: '' });
    assert.equal(styled.status, 0, styled.stderr);
    const lines = styled.stdout.replace(/\r/g, '').trimEnd().split('\n');
    assert.ok(lines.some((l) => l.includes(`${ESC}[1m`)), 'bold on a terminal');
    assert.ok(!styled.stdout.includes('**'));
    for (const l of lines) assert.ok(stripVT(l).length <= 60, `wider than 60: ${JSON.stringify(l)}`);
    assert.ok(lines.some((l) => /^ {2}\[1\] /.test(stripVT(l))), 'citations listed under the answer');
    const plain = tty({ NO_COLOR: '1' });
    assert.equal(plain.status, 0, plain.stderr);
    assert.ok(!plain.stdout.includes(ESC) && !plain.stdout.includes('**'), plain.stdout);
  });
});

function stripVT(s: string): string {
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}
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
