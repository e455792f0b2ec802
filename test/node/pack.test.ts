import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCoach } from '../../src/engine/coach';
import { fingerprint, PACK_VERSION, validatePack } from '../../src/engine/pack';
import { loadBuiltinCorpus } from '../../src/node/builtin';
import { buildPackFromDir, readPackFile } from '../../src/node/pack';
import { CORPUS_FILE, ROOT } from '../helpers';

const CLUB = path.join(ROOT, 'test', 'fixtures', 'packs', 'club');
const base = () => loadBuiltinCorpus(CORPUS_FILE);

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-pack-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const PASSAGE = (id: string, extra = '') => `  - id: ${id}
    kind: concept
    title: Club note ${id}
    text: >-
      A club note long enough to pass the schema's minimum length for passage text, about ${id}.
    source:
      file: handbook.md
      section: Notes
${extra}`;

describe('knowledge packs', () => {
  it('round-trips: folder → pack file → coach answers from it, beside the built-in corpus', () => {
    const built = buildPackFromDir(CLUB, base(), 'test');
    assert.deepEqual(built.problems, []);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-')), 'club.json');
    fs.writeFileSync(file, JSON.stringify(built.pack));
    const pack = readPackFile(file);
    assert.equal(pack.name, 'riverside-rc');
    assert.equal(pack.own, 4, '2 passages + 2 document sections');
    const coach = createCoach({ corpus: base(), packs: [pack] });
    const a = coach.ask('how many bounding strides does the club do?');
    assert.equal(a.citations[0].id, 'riverside-rc:bounding-strides');
    assert.match(coach.ask("hill sprints on Parson's Lane").citations[0].source.file, /club\/notes\/hill-session\.md$/);
    assert.match(coach.ask('what does the soleus do at mid-stance?').citations[0].excerpt, /soleus/i, 'the built-in corpus still answers');
    // The pack's exercise is a real exercise: it plans, with the dose the club gives.
    const plan = coach.plan('calves');
    assert.ok(coach.passages().some((p) => p.id === 'riverside-rc:bounding-strides' && p.works?.includes('calves')));
    assert.ok(plan.items.length > 0);
  });

  it('namespaces ids, so a pack passage never collides with a built-in one', () => {
    const dir = tempDir({ 'pack.yaml': 'name: clash\n', 'notes.yaml': `passages:\n${PASSAGE('soleus', '    related: [soleus-fibre-type]\n')}` });
    const built = buildPackFromDir(dir, base(), 'test');
    assert.deepEqual(built.problems, []);
    const coach = createCoach({ corpus: base(), packs: [built.pack!] });
    const ids = coach.passages().map((p) => p.id);
    assert.ok(ids.includes('soleus') && ids.includes('clash:soleus'));
    assert.equal(new Set(ids).size, ids.length);
    const own = coach.passages().find((p) => p.id === 'clash:soleus')!;
    assert.deepEqual(own.related, ['soleus-fibre-type'], 'a reference to the built-in corpus stays as it is');
  });

  it('reports malformed folders with file, line and reason, and writes nothing', () => {
    const dir = tempDir({
      'pack.yaml': 'name: Bad Name\n',
      'a.yaml': `passages:\n${PASSAGE('one')}${PASSAGE('one')}`,
      'b.yaml': 'passages:\n  - id: two\n    kind: banana\n',
      'c.yaml': 'passages: [\n',
    });
    const built = buildPackFromDir(dir, base(), 'test');
    assert.equal(built.pack, undefined);
    const text = built.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`).join('\n');
    assert.match(text, /pack\.yaml:1: name must be lower-case/);
    assert.match(text, /a\.yaml:10: duplicate id "one"/);
    assert.match(text, /b\.yaml:\d+: .*kind/);
    assert.match(text, /c\.yaml:\d+: YAML/);
    const unknown = buildPackFromDir(tempDir({ 'pack.yaml': 'name: ok\n', 'a.yaml': `passages:\n${PASSAGE('x', '    related: [no-such-passage]\n')}` }), base(), 'test');
    assert.match(unknown.problems.map((p) => p.message).join(), /related names unknown id "no-such-passage"/);
  });

  it('refuses a pack of another format version, or damaged, with a message that says what to do', () => {
    const pack = buildPackFromDir(CLUB, base(), 'stride-coach 0.0.1').pack!;
    assert.throws(() => validatePack({ ...pack, version: PACK_VERSION - 1 }, 'old.json'), /old\.json is pack format version 0 \(built by stride-coach 0\.0\.1\); this version reads version 1\. Rebuild it/);
    assert.throws(() => validatePack({ ...pack, version: PACK_VERSION + 1 }, 'new.json'), /Rebuild it/);
    assert.throws(() => validatePack({ format: 'something-else' }, 'x.json'), /x\.json is not a Stride Coach knowledge pack/);
    assert.throws(() => validatePack({ ...pack, own: 999999 }, 'd.json'), /damaged/);
    const forged = structuredClone(pack);
    forged.corpus.passages[forged.corpus.passages.length - 1].id = 'soleus';
    assert.throws(() => validatePack(forged, 'f.json'), /not in its namespace/);
    assert.throws(() => createCoach({ corpus: base(), packs: [pack, pack] }), /two packs are named "riverside-rc"/);
  });

  it('rebuilds the combination when the built-in corpus is not the one the pack was built with', () => {
    const pack = buildPackFromDir(CLUB, base(), 'test').pack!;
    assert.equal(pack.base.fingerprint, fingerprint(base().passages));
    const stale = { ...pack, base: { ...pack.base, fingerprint: 'fnv1a-0-00000000' } };
    const coach = createCoach({ corpus: base(), packs: [stale] });
    assert.equal(coach.ask('bounding strides').citations[0].id, 'riverside-rc:bounding-strides');
  });

  it('works from the CLI: pack DIR --out FILE, then --pack FILE; problems exit 1', () => {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-')), 'club.json');
    const made = spawnSync(process.execPath, [cli, 'pack', CLUB, '--out', out], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /pack "riverside-rc": 2 passages and 1 documents/);
    const asked = spawnSync(process.execPath, [cli, 'ask', '--json', '--pack', out, 'bounding strides'], { encoding: 'utf8' });
    assert.equal(asked.status, 0, asked.stderr);
    assert.equal(JSON.parse(asked.stdout).citations[0].id, 'riverside-rc:bounding-strides');
    const bad = spawnSync(process.execPath, [cli, 'pack', tempDir({ 'a.yaml': 'passages: []\n' }), '--out', out + '.bad'], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /pack\.yaml:1:1: missing/);
    assert.ok(!fs.existsSync(out + '.bad'));
    const wrong = spawnSync(process.execPath, [cli, 'ask', '--pack', CORPUS_FILE, 'x'], { encoding: 'utf8' });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /is not a Stride Coach knowledge pack/);
  });
});

describe('a 10,000-passage pack (seed sentences plus generated passages)', function () {
  this.timeout(120_000);

  it('builds, writes, loads and answers from the pack and the built-in corpus', async () => {
    const { synthetic } = await import('../../bench/synthetic');
    const { makePack, namespacePassages } = await import('../../src/engine/pack');
    const corpus = base();
    const own = synthetic(10_000 + corpus.passages.length, corpus.passages).slice(corpus.passages.length);
    const pack = makePack({ name: 'big', builtBy: 'test', base: corpus, passages: namespacePassages('big', own) });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-')), 'big.json');
    fs.writeFileSync(file, JSON.stringify(pack));
    const started = performance.now();
    const coach = createCoach({ corpus: base(), packs: [readPackFile(file)] });
    const loadMs = performance.now() - started;
    assert.equal(coach.passages().length, 10_000 + corpus.passages.length);
    assert.ok(coach.passages().slice(-10_000).every((p) => p.id.startsWith('big:')));
    const a = coach.ask('what does the soleus do at mid-stance?');
    assert.equal(a.abstained, false);
    assert.ok(a.citations.some((c) => !c.id.startsWith('big:')), 'the built-in corpus still answers beside 10,000 pack passages');
    assert.ok(coach.ask('tibialis anterior timing before foot strike').citations.length > 0);
    // The budget is 200 ms on a quiet machine (see npm run bench); a test only guards against a
    // regression by an order of magnitude.
    assert.ok(loadMs < 2000, `loaded in ${loadMs.toFixed(0)} ms`);
  });
});
