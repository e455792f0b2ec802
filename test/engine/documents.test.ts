import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/engine/corpus';
import { chunkDocument } from '../../src/engine/documents';
import { analyse } from '../../src/engine/query';
import { retrieve } from '../../src/engine/retrieve';
import { loadBuiltinCorpus } from '../../src/node';
import { sentences } from '../../src/engine/text';
import { SEEDS } from '../helpers';

describe('chunkDocument', () => {
  it('chunks Markdown by heading and keeps the text verbatim', () => {
    const md = '# Plan\n\nIntro line about the plan.\n\n## Calves\n\nDo calf raises.\nThree sets.\n\n```\ncode block ignored\n```\n\n## Hips\n\n- clamshells\n- bridges\n';
    const ps = chunkDocument({ path: 'notes/plan.md', content: md });
    assert.deepEqual(ps.map((p) => p.source.section), ['Plan', 'Plan > Calves', 'Plan > Hips']);
    assert.equal(ps[1].text, 'Do calf raises. Three sets.');
    assert.ok(!ps.some((p) => p.text.includes('code block')));
    assert.ok(ps.every((p) => p.kind === 'document' && p.id.startsWith('doc:notes/plan.md#')));
  });

  it('reads each list item and table row as a sentence, a row with its column headings', () => {
    const content = [
      '# Fees',
      '',
      '| Membership | Annual fee |',
      '| --- | ---: |',
      '| Adult | **£40** |',
      '| Junior | £15 |',
      '',
      '- Rides under 90 minutes: water is enough',
      '- Rides over 2.5 hours: up to 90 grams per hour',
    ].join('\n');
    const [p] = chunkDocument({ path: 'club/fees.md', content });
    assert.deepEqual(sentences(p.text), [
      'Membership: Adult; Annual fee: £40.',
      'Membership: Junior; Annual fee: £15.',
      '- Rides under 90 minutes: water is enough',
      '- Rides over 2.5 hours: up to 90 grams per hour',
    ]);
  });

  it('finds the headings of the plain-text seeds and cites them', () => {
    const text = fs.readFileSync(path.join(SEEDS, '003_fb0502382997d982.txt'), 'utf8');
    const ps = chunkDocument({ path: 'seeds/003.txt', content: text });
    const sections = new Set(ps.map((p) => p.source.section));
    for (const h of ['The Quadriceps', 'The Calves', 'The Peroneals', 'Tibialis Anterior']) assert.ok(sections.has(h), h);
    for (const p of ps) {
      assert.ok(p.text.split(' ').length <= 400, `chunk of ${p.text.split(' ').length} words`);
      // Verbatim: every chunk's words appear in the source in order (one line per paragraph).
      assert.ok(text.replace(/\s+/g, ' ').includes(p.text.replace(/\s+/g, ' ').slice(0, 60)), p.text.slice(0, 60));
    }
  });

  it('cuts a long section into chunks of about the same size, and keeps a section one chunk holds whole', () => {
    // Fourteen-word sentences, each its own paragraph.
    const para = (i: number) => `Rule ${i} says that every member must sign the register before the session starts.`;
    const section = (n: number) => Array.from({ length: n }, (_, i) => para(i + 1)).join('\n\n');
    const words = (t: string) => t.split(/\s+/).length;
    // 140 words: one chunk, not 112 words and a 28-word tail that outranks it on its few words.
    const whole = chunkDocument({ path: 'rules.md', content: `# Rules\n\n## Signing in\n\n${section(10)}\n` });
    assert.deepEqual(whole.map((p) => words(p.text)), [140]);
    // 350 words: three chunks of eight or nine paragraphs, none a scrap.
    const long = chunkDocument({ path: 'rules.md', content: `# Rules\n\n## Signing in\n\n${section(25)}\n` });
    assert.equal(long.length, 3);
    assert.ok(long.every((p) => words(p.text) >= 112 && words(p.text) <= 126), long.map((p) => words(p.text)).join(', '));
    assert.equal(long.map((p) => p.text).join('\n'), section(25).replace(/\n\n/g, '\n'));
  });

  it('copes with empty, binary-looking and heading-only input', () => {
    assert.deepEqual(chunkDocument({ path: 'empty.md', content: '' }), []);
    assert.deepEqual(chunkDocument({ path: 'h.md', content: '# Only a heading' }), []);
    assert.ok(chunkDocument({ path: 'odd.txt', content: '\uFEFF\r\nline one of text that is long enough\r\n' }).length === 1);
  });
});

describe('a chunk is read in its document', () => {
  it('credits the words a question says of the whole document to its opening, at half weight', () => {
    const md = [
      '# Riverside Bowls Club handbook',
      '',
      'Welcome to the Riverside Bowls Club. This handbook covers the green, membership, coaching and safety for every member and visitor.',
      '',
      '## Opening hours',
      '',
      'The green is open from 09:00 to 20:00 on weekdays and from 10:00 to 18:00 at weekends.',
    ].join('\n');
    const corpus = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'club.md', content: md })]);
    const r = retrieve(analyse('When does the green shut for visitors at weekends?', corpus), corpus);
    const hours = r.ranked.find((x) => x.passage.source.section?.endsWith('Opening hours'));
    assert.ok(hours, 'the opening-hours chunk is found');
    // "visitors" is said only in the handbook's opening: the chunk alone speaks to less of the question.
    assert.ok(r.coverage > hours.coverage, `${r.coverage} > ${hours.coverage}`);
    assert.ok(r.coverage < 1);
  });
});
