import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCoach } from '../../src/engine/coach';
import { loadBuiltinCorpus } from '../../src/node/builtin';
import { buildPackFromDir, readPackFile } from '../../src/node/pack';
import { loadPacks } from '../../src/extension/packs';
import { CORPUS_FILE, ROOT } from '../helpers';

describe('packs setting: loading pack files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-ext-packs-'));
  const good = path.join(dir, 'club.json');
  const notJson = path.join(dir, 'broken.json');
  const notPack = path.join(dir, 'other.json');
  const missing = path.join(dir, 'missing.json');
  const twin = path.join(dir, 'club-copy.json');

  before(() => {
    const built = buildPackFromDir(path.join(ROOT, 'test', 'fixtures', 'packs', 'club'), loadBuiltinCorpus(CORPUS_FILE), 'test');
    assert.ok(built.pack, JSON.stringify(built.problems));
    fs.writeFileSync(good, JSON.stringify(built.pack));
    fs.copyFileSync(good, twin);
    fs.writeFileSync(notJson, '{ not json');
    fs.writeFileSync(notPack, '{"format":"something-else"}');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads a good pack, and the coach answers from it', () => {
    const r = loadPacks([good], readPackFile);
    assert.deepEqual(r.warnings, []);
    assert.equal(r.packs.length, 1);
    const coach = createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE), packs: r.packs.map((p) => p.pack) });
    assert.ok(coach.ask('how many bounding strides does the club do?').citations.some((c) => c.id.startsWith(`${r.packs[0].pack.name}:`)));
  });

  it('skips each bad file with one warning naming it, and keeps the good one', () => {
    const r = loadPacks([notJson, good, missing, notPack, good], readPackFile);
    assert.deepEqual(r.packs.map((p) => p.file), [good], 'the good pack once');
    assert.equal(r.warnings.length, 3);
    assert.ok(r.warnings[0].includes(notJson) && /not JSON/.test(r.warnings[0]), r.warnings[0]);
    assert.ok(r.warnings[1].includes(missing) && /cannot read/.test(r.warnings[1]), r.warnings[1]);
    assert.ok(r.warnings[2].includes(notPack) && /not a Stride Coach knowledge pack/.test(r.warnings[2]), r.warnings[2]);
    assert.ok(r.warnings.every((w) => !w.startsWith('stride-coach:')));
  });

  it('skips a second pack with the same name, naming both files', () => {
    const r = loadPacks([good, twin], readPackFile);
    assert.equal(r.packs.length, 1);
    assert.equal(r.warnings.length, 1);
    assert.ok(r.warnings[0].includes(twin) && r.warnings[0].includes(good), r.warnings[0]);
  });

  it('names the file when the reader does not', () => {
    const r = loadPacks(['/x/p.json'], () => {
      throw new Error('stride-coach: damaged');
    });
    assert.deepEqual(r.warnings, ['pack /x/p.json: damaged']);
  });

  it('a forged or damaged pack is refused with a warning naming it; the good one still loads (issue 13)', () => {
    const pack = JSON.parse(fs.readFileSync(good, 'utf8'));
    const forged = structuredClone(pack);
    forged.corpus.passages.find((p: { id: string }) => p.id === 'soleus').text = 'The soleus is vestigial.';
    const spoilt = structuredClone(pack);
    spoilt.corpus.passages[spoilt.corpus.passages.length - 1].title = null;
    const forgedFile = path.join(dir, 'forged.json');
    const spoiltFile = path.join(dir, 'spoilt.json');
    fs.writeFileSync(forgedFile, JSON.stringify(forged));
    fs.writeFileSync(spoiltFile, JSON.stringify(spoilt));
    const r = loadPacks([forgedFile, spoiltFile, good], readPackFile);
    assert.deepEqual(r.packs.map((p) => p.file), [good]);
    assert.ok(r.warnings[0].includes(forgedFile) && /changes built-in passages/.test(r.warnings[0]), r.warnings[0]);
    assert.ok(r.warnings[1].includes(spoiltFile) && /damaged \(passage \d+ \(title\)/.test(r.warnings[1]), r.warnings[1]);
  });
});
