import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCoach } from '../../src/engine/coach';
import { analyzerStamp, fingerprint, PACK_VERSION, packPassages, validatePack, type SerializedPack } from '../../src/engine/pack';
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
    assert.throws(() => validatePack({ ...pack, version: PACK_VERSION - 1 }, 'old.json'), /old\.json is pack format version 1 \(built by stride-coach 0\.0\.1\); this version reads version 2\. Rebuild it/);
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
    // Built against an older built-in corpus (one passage fewer): its own fingerprint, rebuilt on load.
    const older = { ...base(), passages: base().passages.slice(1) };
    const stale = buildPackFromDir(CLUB, older, 'test').pack!;
    assert.notEqual(stale.base.fingerprint, pack.base.fingerprint);
    const coach = createCoach({ corpus: base(), packs: [stale] });
    assert.equal(coach.ask('bounding strides').citations[0].id, 'riverside-rc:bounding-strides');
  });

  it('rebuilds a pack whose index another analyzer made, instead of searching it with this one', () => {
    const pack = buildPackFromDir(CLUB, base(), 'test').pack!;
    assert.equal(pack.base.analyzer, analyzerStamp(base()));
    // An older build read the same words into other terms (another stemmer, another lexicon).
    const older = structuredClone(pack);
    older.corpus.index.terms = older.corpus.index.terms.map((t) => `old-${t}`);
    older.base.analyzer = 'an-older-lexicon-1-00000000';
    const ask = (p: SerializedPack) => createCoach({ corpus: base(), packs: [p] }).ask('bounding strides').citations[0]?.id;
    assert.equal(ask(older), 'riverside-rc:bounding-strides');
    // So is a pack written before the stamp was recorded.
    const unstamped = structuredClone(older);
    delete unstamped.base.analyzer;
    assert.equal(ask(unstamped), 'riverside-rc:bounding-strides');
    // The stamp is what decides: the same stale index under this analyzer's stamp is trusted as is.
    const mislabelled = structuredClone(older);
    mislabelled.base.analyzer = pack.base.analyzer;
    assert.notEqual(ask(mislabelled), 'riverside-rc:bounding-strides');
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

describe('hostile and forged packs (issue 13)', () => {
  const built = () => buildPackFromDir(CLUB, base(), 'test').pack!;
  const ownIndex = (pack: SerializedPack) => pack.corpus.passages.length - pack.own;

  it('a YAML alias bomb is refused with its file and line; the rest of the build reports normally', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), 'passages: []', ''].join('\n');
    const dir = tempDir({ 'pack.yaml': 'name: bomb\n', 'bomb.yaml': bomb, 'good.yaml': `passages:\n${PASSAGE('fine')}` });
    const r = buildPackFromDir(dir, base(), 'test');
    assert.equal(r.pack, undefined);
    const text = r.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`).join('\n');
    assert.match(text, /^bomb\.yaml:2: YAML: Excessive alias count/m);
    const manifest = buildPackFromDir(tempDir({ 'pack.yaml': `${bomb.replace('passages: []', 'name: x')}`, 'good.yaml': `passages:\n${PASSAGE('fine')}` }), base(), 'test');
    assert.match(manifest.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`).join('\n'), /pack\.yaml:2: YAML: Excessive alias count/);
  });

  it('symlinks inside a pack folder are not followed out of it', () => {
    const outside = tempDir({ 'secret.md': '# Secret\n\nThe soleus secret passphrase is hunter2 and nobody outside may read it.\n', 'etc/a.md': '# A\n\nOutside text about hill repeats that must not be packed.\n' });
    const dir = tempDir({ 'pack.yaml': 'name: links\n', 'notes/ok.md': '# Ok\n\nInside text about the soleus at mid-stance for the club.\n' });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'notes', 'x.md'));
    fs.symlinkSync(path.join(outside, 'etc'), path.join(dir, 'linked-etc'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'passwd.yaml'));
    fs.symlinkSync(path.join(dir, 'notes', 'ok.md'), path.join(dir, 'inside-link.md'));
    const r = buildPackFromDir(dir, base(), 'test');
    assert.match(r.problems.map((p) => `${path.basename(p.file)}: ${p.message}`).join('\n'), /passwd\.yaml: a link leading outside the folder is not followed/);
    const fine = buildPackFromDir(tempDir({ 'pack.yaml': 'name: links\n' }), base(), 'test');
    assert.ok(fine.problems.length > 0, 'an empty pack is a problem');
    fs.rmSync(path.join(dir, 'passwd.yaml'));
    const ok = buildPackFromDir(dir, base(), 'test');
    assert.deepEqual(ok.problems, []);
    const texts = packPassages(ok.pack!).map((p) => p.text).join('\n');
    assert.doesNotMatch(texts, /hunter2|Outside text/);
    assert.match(texts, /Inside text/);
    assert.match(ok.warnings.join('\n'), /x\.md: skipped, a link leads outside/);
    assert.match(ok.warnings.join('\n'), /linked-etc: skipped, a link leads outside/);
  });

  it('control characters in a pack folder never reach its passages; "constructor" is indexed as a word', () => {
    const esc = '\u001b]52;c;cm0gLXJmIH4=\u0007';
    const dir = tempDir({
      'pack.yaml': 'name: esc\n',
      'a.yaml': `passages:\n${PASSAGE('esc').replace('title: Club note esc', 'title: "Club note\\e[31m esc"').replace("about esc.", "about esc and the constructor of hill repeats \\e]0;title\\a.")}`,
      'notes/n.md': `# Notes${esc}\n\nThe constructor drill ${esc}builds the calves on hills.\n`,
    });
    const r = buildPackFromDir(dir, base(), 'test');
    assert.deepEqual(r.problems, []);
    for (const p of packPassages(r.pack!)) {
      for (const s of [p.title, p.text, p.source.section, p.source.title ?? '']) assert.doesNotMatch(s, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, JSON.stringify(s));
    }
    const index = r.pack!.corpus.index;
    assert.ok(index.terms.every((t) => typeof t === 'string'), 'every index term is a string');
    assert.ok(index.terms.includes('constructor'));
    assert.ok(r.pack!.corpus.vocabulary.words.every((w) => typeof w === 'string'));
    assert.equal(createCoach({ corpus: base(), packs: [r.pack!] }).ask('constructor').citations.some((c) => c.id.startsWith('esc:')), true, 'a document about "constructor" answers');
  });

  it('a pack that rewrites a built-in passage is refused, even with base.fingerprint kept', () => {
    const forged = built();
    const soleus = forged.corpus.passages.findIndex((p) => p.id === 'soleus');
    forged.corpus.passages[soleus].text = 'The soleus is a vestigial muscle; running with it is dangerous.';
    assert.throws(() => validatePack(forged, 'f.json'), /f\.json changes built-in passages; a pack can only add passages of its own/);
    assert.throws(() => createCoach({ corpus: base(), packs: [forged] }), /changes built-in passages/);
    // Changing a field the fingerprint does not cover is no use either: the combination is rebuilt.
    const sneaky = built();
    sneaky.corpus.passages[soleus].aliases = ['official source'];
    const coach = createCoach({ corpus: base(), packs: [sneaky] });
    assert.deepEqual(coach.passages().find((p) => p.id === 'soleus'), base().passages[soleus]);
  });

  it('a pack whose own passages do not match its checksum is refused', () => {
    const edited = built();
    edited.corpus.passages[edited.corpus.passages.length - 1].text += ' Also, stretching cures everything.';
    assert.throws(() => validatePack(edited, 'e.json'), /e\.json does not match its checksum/);
    const none = built() as Partial<SerializedPack>;
    delete none.checksum;
    assert.throws(() => validatePack(none, 'n.json'), /does not match its checksum/);
  });

  it('validates the whole pack at load: field types and index bounds, in the library and the CLI', () => {
    const cases: [string, (p: SerializedPack) => void, RegExp][] = [
      ['works as text', (p) => ((p.corpus.passages[p.corpus.passages.length - 1] as unknown as { works: unknown }).works = 'calves'), /damaged \(passage \d+ \(works\)/],
      ['title null', (p) => ((p.corpus.passages[ownIndex(p)] as unknown as { title: unknown }).title = null), /damaged \(passage \d+ \(title\)/],
      ['index past the end', (p) => (p.corpus.index.postings[0][0] = p.corpus.passages.length + 5), /damaged \(its index points past/],
      ['index length', (p) => p.corpus.index.lengths.pop(), /damaged \(its index is for/],
      ['odd posting', (p) => p.corpus.index.postings[1].pop(), /damaged \(its index entry .* is cut short/],
      ['kind', (p) => ((p.corpus.passages[ownIndex(p)] as unknown as { kind: string }).kind = 'spell'), /damaged \(passage \d+ \(kind\)/],
      ['control characters', (p) => (p.corpus.passages[ownIndex(p)].title = 'Drill\u001b]52;c;eA==\u0007'), /damaged \(passage \d+ \(title\)/],
      ['terms', (p) => ((p.corpus.index.terms as unknown[])[0] = 7), /damaged/],
    ];
    const cli = path.join(ROOT, 'dist', 'cli.js');
    for (const [name, spoil, message] of cases) {
      const pack = built();
      spoil(pack);
      assert.throws(() => validatePack(pack, 'p.json'), message, name);
      assert.throws(() => createCoach({ corpus: base(), packs: [pack] }), message, name);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-')), 'spoilt.json');
      fs.writeFileSync(file, JSON.stringify(pack));
      assert.throws(() => readPackFile(file), message, name);
      if (name === 'works as text') {
        const r = spawnSync(process.execPath, [cli, 'ask', '--pack', file, 'bounding strides'], { encoding: 'utf8' });
        assert.equal(r.status, 2);
        assert.match(r.stderr, /spoilt\.json is damaged/);
      }
    }
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
    // The pack's pages come first where they say as much (they repeat the seed sentences); a
    // question that names a curated passage is still answered by it.
    const named = coach.ask('What is tip-toe walking?');
    assert.ok(named.citations.some((c) => !c.id.startsWith('big:')), 'the built-in corpus still answers beside 10,000 pack passages');
    assert.ok(coach.ask('tibialis anterior timing before foot strike').citations.length > 0);
    // How long the load takes is a figure for `npm run bench` (bench/pack.bench.ts), not a
    // threshold a busy machine can cross.
    console.log(`      (10,000-passage pack loaded in ${loadMs.toFixed(0)} ms)`);
  });
});
