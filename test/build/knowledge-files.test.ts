import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { compileLexicon } from '../../src/build/build-lexicon';
import { formatProblem, loadKnowledgeDir } from '../../src/build/knowledge-files';
import { ROOT, SEEDS } from '../helpers';

const GOOD = `passages:
  - id: test-muscle
    kind: muscle
    title: Test muscle
    text: A test muscle used to check that valid files keep loading next to broken ones.
    source:
      file: 003_fb0502382997d982.txt
      section: The Calves
`;

function dirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-knowledge-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('knowledge file validation', () => {
  it('accepts the real corpus, sources checked against the seeds', () => {
    const k = loadKnowledgeDir(path.join(ROOT, 'knowledge'), { seedsDir: SEEDS });
    assert.deepEqual(k.problems.map(formatProblem), []);
    assert.ok(k.passages.length >= 150);
    const kinds = new Set(k.passages.map((p) => p.kind));
    for (const kind of ['muscle', 'group', 'tendon', 'exercise', 'condition', 'concept', 'phase']) assert.ok(kinds.has(kind as never), kind);
  });

  it('covers every muscle group the sources name', () => {
    const ids = new Set(loadKnowledgeDir(path.join(ROOT, 'knowledge')).passages.map((p) => p.id));
    for (const id of [
      'quadriceps', 'rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'vastus-intermedius',
      'hamstrings', 'biceps-femoris', 'semitendinosus', 'semimembranosus',
      'glutes', 'gluteus-maximus', 'gluteus-medius', 'gluteus-minimus', 'hip-flexors', 'iliopsoas',
      'calves', 'gastrocnemius', 'soleus', 'achilles-tendon', 'tibialis-anterior',
      'peroneals', 'peroneus-longus', 'peroneus-brevis', 'peroneus-tertius', 'tfl', 'it-band',
      'flexor-hallucis-brevis', 'intrinsic-foot-muscles', 'diaphragm', 'core', 'upper-body', 'arms', 'chest', 'back', 'scalenes',
      'shin-splints', 'stress-fractures', 'achilles-tendinopathy', 'plantar-fasciitis', 'itbs', 'patellofemoral-pain',
      'peroneal-tendonitis', 'peroneal-subluxation', 'hamstring-strain', 'doms',
      'neuromuscular-efficiency', 'stretch-shortening-cycle', 'emg', 'context-aware-activation',
      'landing', 'mid-stance', 'toe-off', 'swing',
    ]) assert.ok(ids.has(id), `missing passage ${id}`);
  });

  it('names file, line and reason for a YAML syntax error, and loads the other files', () => {
    const dir = dirWith({ 'good.yaml': GOOD, 'bad.yaml': 'passages:\n  - id: x\n    title: [unclosed\n' });
    const k = loadKnowledgeDir(dir);
    assert.deepEqual(k.passages.map((p) => p.id), ['test-muscle']);
    assert.equal(k.problems.length >= 1, true);
    const p = k.problems[0];
    assert.match(p.file, /bad\.yaml$/);
    assert.ok(p.line >= 3, `line ${p.line}`);
    assert.match(p.message, /YAML/);
  });

  it('reports schema errors at the line of the offending field', () => {
    const bad = GOOD.replace('id: test-muscle', 'id: other').replace('kind: muscle', 'kind: organ').replace('    title: Test muscle\n', '');
    const dir = dirWith({ 'a.yaml': GOOD, 'b.yaml': bad });
    const k = loadKnowledgeDir(dir);
    assert.deepEqual(k.passages.map((p) => p.id), ['test-muscle']);
    const lines = k.problems.map(formatProblem);
    assert.ok(lines.some((l) => /b\.yaml:3:\d+: passage 0\.kind: must be one of/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /b\.yaml:2:\d+: passage 0: missing required field "title"/.test(l)), lines.join('\n'));
  });

  it('asks for the name of a muscle whose title says more than its name, and takes it when given', () => {
    const described = GOOD.replace('title: Test muscle', 'title: "Test muscle: what it does in each stride"');
    const named = described.replace('id: test-muscle', 'id: named-muscle').replace('    title: "Test', '    name: Test muscle\n    title: "Test');
    const concept = described.replace('id: test-muscle', 'id: test-concept').replace('kind: muscle', 'kind: concept');
    const k = loadKnowledgeDir(dirWith({ 'a.yaml': described, 'b.yaml': named, 'c.yaml': concept }));
    const lines = k.problems.map(formatProblem);
    assert.ok(lines.some((l) => /a\.yaml:2:\d+: passage 0: missing required field "name": the title has ":" or "\("/.test(l)), lines.join('\n'));
    assert.deepEqual(k.passages.map((p) => [p.id, p.name]), [['named-muscle', 'Test muscle'], ['test-concept', undefined]], 'a concept describes, and names nothing');
    // A name is a name: no colon or parenthesis in it.
    const wordy = named.replace('name: Test muscle', 'name: "Test muscle (deep)"');
    assert.ok(loadKnowledgeDir(dirWith({ 'd.yaml': wordy })).problems.map(formatProblem).some((l) => /d\.yaml:4:\d+: passage 0\.name: a name is what is said inside a sentence/.test(l)));
  });

  it('reports duplicate ids and unknown references', () => {
    const dup = GOOD.replace('section: The Calves', 'section: The Calves\n    related: [no-such-passage]');
    const dir = dirWith({ 'a.yaml': GOOD, 'b.yaml': dup });
    const lines = loadKnowledgeDir(dir).problems.map(formatProblem);
    assert.ok(lines.some((l) => /b\.yaml:2:\d+: duplicate id "test-muscle" \(first defined at .*a\.yaml:2\)/.test(l)), lines.join('\n'));
    const dir2 = dirWith({ 'c.yaml': dup });
    const lines2 = loadKnowledgeDir(dir2).problems.map(formatProblem);
    assert.ok(lines2.some((l) => /c\.yaml:9:\d+: related names unknown id "no-such-passage"/.test(l)), lines2.join('\n'));
  });

  it('checks headings and quotes against the seed', () => {
    const wrong = GOOD.replace('section: The Calves', 'section: The Elbows\n      quote: words nobody wrote');
    const lines = loadKnowledgeDir(dirWith({ 'a.yaml': wrong }), { seedsDir: SEEDS }).problems.map(formatProblem);
    assert.ok(lines.some((l) => /section "The Elbows" is not a heading line/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /quote "words nobody wrote" does not occur/.test(l)), lines.join('\n'));
  });
});

describe('corpus writing', () => {
  it('spells out, in every passage that uses it, an abbreviation that names another passage', () => {
    // A passage is cited on its own: "The FHB does its most important work…" names no muscle to
    // a reader who has not seen the FHB's own passage (nor to a question that spells it out).
    const { passages } = loadKnowledgeDir(path.join(ROOT, 'knowledge'), { seedsDir: SEEDS });
    const named = new Map<string, string>();
    for (const p of passages) {
      for (const alias of p.aliases ?? []) if (/^[A-Z]{2,5}$/.test(alias)) named.set(alias, p.title.replace(/\s*\(.*\)\s*$/, '').toLowerCase());
    }
    const unexplained = passages.flatMap((p) =>
      [...new Set(p.text.match(/\b[A-Z]{2,5}\b/g) ?? [])]
        .filter((abbr) => named.has(abbr) && !p.text.includes(`(${abbr})`) && !p.text.toLowerCase().includes(named.get(abbr)!))
        .map((abbr) => `${p.id}: ${abbr}`),
    );
    assert.ok(named.size >= 3, [...named.keys()].join(' '));
    assert.deepEqual(unexplained, []);
  });
});

describe('lexicon validation', () => {
  it('names the line of a field that refers to a unit class the lexicon does not define', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-lexicon-'));
    fs.mkdirSync(path.join(root, 'knowledge'));
    const real = fs.readFileSync(path.join(ROOT, 'knowledge', 'lexicon.yaml'), 'utf8');
    assert.match(real, /"£": pounds-sterling/);
    fs.writeFileSync(path.join(root, 'knowledge', 'lexicon.yaml'), real.replace('"£": pounds-sterling', '"£": quid'));
    const line = real.split('\n').findIndex((l) => l.includes('"£": pounds-sterling')) + 1;
    const { lexicon, problems } = compileLexicon(root);
    assert.equal(lexicon, undefined);
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [[line, '/currencySigns/£ names "quid", which is no unit class of /units']],
    );
  });

  it('compiles every entry of the lexicon file, so that none is read as empty by the engine', () => {
    const { lexicon } = compileLexicon(ROOT);
    assert.ok(lexicon);
    const entries = Object.keys(parse(fs.readFileSync(path.join(ROOT, 'knowledge', 'lexicon.yaml'), 'utf8')) as object);
    // (The lexicon's own expressions are compiled with WordNet's phrasal verbs.)
    const compiledAs = new Map([['phrases', 'phrasals']]);
    assert.deepEqual(entries.filter((k) => !(((compiledAs.get(k) ?? k) in lexicon))), []);
  });

  it('names the line of a measure question verb that no measure word gives units to', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-lexicon-'));
    fs.mkdirSync(path.join(root, 'knowledge'));
    const real = fs.readFileSync(path.join(ROOT, 'knowledge', 'lexicon.yaml'), 'utf8');
    assert.match(real, /verbs: \[cost, weigh, pay, charge\]/);
    fs.writeFileSync(path.join(root, 'knowledge', 'lexicon.yaml'), real.replace('verbs: [cost, weigh, pay, charge]', 'verbs: [cost, smell, pay, charge]'));
    const line = real.split('\n').findIndex((l) => l.includes('verbs: [cost, weigh, pay, charge]')) + 1;
    const { lexicon, problems } = compileLexicon(root);
    assert.equal(lexicon, undefined);
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [[line, '/measureQuestions/verbs/1 names "smell", which is no word of /measureWords']],
    );
  });

  it('names the line of a season that is not two months in order', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-lexicon-'));
    fs.mkdirSync(path.join(root, 'knowledge'));
    const real = fs.readFileSync(path.join(ROOT, 'knowledge', 'lexicon.yaml'), 'utf8');
    assert.match(real, /\n {2}spring: \[march, may\]\n/);
    fs.writeFileSync(path.join(root, 'knowledge', 'lexicon.yaml'), real.replace('  spring: [march, may]', '  spring: [may, march]\n  winter: [december, february]'));
    const line = real.split('\n').findIndex((l) => l.includes('spring: [march, may]')) + 1;
    const { lexicon, problems } = compileLexicon(root);
    assert.equal(lexicon, undefined);
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [
        [line, '/seasons/spring must name two months of /months, the first no later than the last'],
        [line + 1, '/seasons/winter must name two months of /months, the first no later than the last'],
      ],
    );
  });

  it('names the line of a comparative measure that names no unit class', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-lexicon-'));
    fs.mkdirSync(path.join(root, 'knowledge'));
    const real = fs.readFileSync(path.join(ROOT, 'knowledge', 'lexicon.yaml'), 'utf8');
    assert.match(real, /- units: \[celsius\]\n {6}words: \[warmer/);
    fs.writeFileSync(path.join(root, 'knowledge', 'lexicon.yaml'), real.replace('- units: [celsius]', '- units: [kelvin]'));
    const line = real.split('\n').findIndex((l) => l.includes('- units: [celsius]')) + 1;
    const { lexicon, problems } = compileLexicon(root);
    assert.equal(lexicon, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, line);
    assert.match(problems[0].message, /^\/comparatives\/measures\/\d+\/units\/0 names "kelvin", which is no unit class of \/units$/);
  });
});
