import * as assert from 'node:assert/strict';
import { calibrate, stablePicker, thresholdFor } from '../../src/engine/calibrate';
import { createCoach } from '../../src/engine/coach';
import { chunkDocument } from '../../src/engine/documents';
import { Corpus } from '../../src/engine/corpus';
import { LEXICON } from '../../src/engine/lexicon';
import { analyse } from '../../src/engine/query';
import { retrieve } from '../../src/engine/retrieve';
import { loadBuiltinCorpus } from '../../src/node';

/** Abstention thresholds fitted per corpus: the off-topic bank mostly refused, the same corpus always the same. */

describe('calibrate', () => {
  const corpus = Corpus.fromJSON(loadBuiltinCorpus());

  it('is deterministic and stays within its bounds', () => {
    const a = calibrate(corpus);
    const b = calibrate(Corpus.fromJSON(loadBuiltinCorpus()));
    assert.deepEqual([a.named, a.unnamed], [b.named, b.unnamed]);
    assert.ok(a.named >= 0.1 && a.named <= 0.5, String(a.named));
    assert.ok(a.unnamed >= 0.3 && a.unnamed <= 0.8, String(a.unnamed));
  });

  it('draws words so that one word more in the lexicon moves few draws (thresholds do not jump with an unrelated edit)', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `word${i}`);
    const before = stablePicker(list)!;
    const after = stablePicker([...list.slice(0, 1000), 'aardvark', ...list.slice(1000)])!;
    const draws = Array.from({ length: 5000 }, (_, i) => (i + 0.5) / 5000);
    const moved = draws.filter((r) => before(r) !== after(r)).length;
    assert.ok(moved <= 0.01 * draws.length, `${moved} of ${draws.length} draws moved`);
    assert.ok(new Set(draws.map(before)).size > 1000, 'draws spread over the list');
    assert.equal(stablePicker([]), undefined);
  });

  it('answers at most 5% of the off-topic bank at the fitted thresholds', () => {
    const c = calibrate(corpus);
    const answered = LEXICON.offTopic.filter((q) => {
      const r = retrieve(analyse(q, corpus), corpus, 3);
      return r.contentCount > 0 && r.ranked.length > 0 && r.coverage >= (r.named ? c.named : c.unnamed);
    });
    assert.ok(answered.length <= 0.05 * LEXICON.offTopic.length, answered.join(' | '));
  });

  it('keeps answering most questions made from a small corpus of short passages', () => {
    const small = Corpus.build(
      ['Saddle height sets knee bend at the bottom of the stroke.', 'Cadence is pedal turns per minute, often 80 to 95.', 'Cleats sit under the ball of the foot.'].map((text, i) => ({
        id: `doc-${i}`,
        kind: 'document' as const,
        title: `Note ${i + 1}`,
        text,
        source: { file: 'notes.md', section: `Note ${i + 1}` },
      })),
    );
    const c = calibrate(small);
    for (const q of ['what saddle height?', 'how many pedal turns per minute is cadence?', 'where do cleats sit?']) {
      const r = retrieve(analyse(q, small), small, 3);
      assert.ok(r.gate.coverage >= thresholdFor(c, r), `${q}: ${r.gate.coverage} < ${JSON.stringify(c)}`);
    }
  });

  describe('beside a team\'s documents', () => {
    // A small bakery's staff handbook, written for this test.
    const pages = [
      ['01-starter.md', '# Looking after the starter\n\nThe sourdough starter lives in the walk-in fridge on the top shelf. Feed it twice a day with equal weights of rye flour and water. Discard half before each feed. A starter that smells of nail varnish is hungry and needs an extra feed.'],
      ['02-ovens.md', '# Ovens\n\nThe deck oven is preheated to 250 degrees for forty minutes before the first bake. Steam is injected for the first ten minutes of every loaf. Never open the door during the steam cycle.'],
      ['03-hygiene.md', '# Hygiene\n\nHair must be tied back and covered at all times. Wash your hands for twenty seconds after handling raw eggs. Allergen labels are checked by the shift lead before anything leaves the shop.'],
      ['04-shifts.md', '# Shifts and pay\n\nThe early shift starts at 4 am and ends at noon. Staff on the early shift get a paid breakfast. Holiday requests need four weeks of notice.'],
      ['05-deliveries.md', '# Deliveries\n\nFlour arrives on Tuesdays in 16 kilogram sacks. Sacks are stacked no more than six high on the pallet by the back door. Damaged sacks are refused at the door.'],
    ].map(([path, content]) => ({ path, content }));
    // …and its product sheets, one section each, so the pages are enough to fit a threshold on.
    const breads = ['rye', 'spelt', 'barley', 'oat', 'walnut', 'olive', 'fig', 'raisin', 'onion', 'cheese', 'potato', 'pumpkin', 'seeded', 'malted', 'honey', 'treacle', 'tomato', 'garlic', 'herb', 'chilli'];
    pages.push({
      path: '06-products.md',
      content: ['# Product sheets', ...breads.map((b, i) => `## ${b} loaf\n\nThe ${b} loaf is proved for ${2 + (i % 5)} hours and baked for ${30 + i} minutes. It keeps for ${2 + (i % 3)} days in a paper bag and sells for £${(3 + i / 10).toFixed(2)}.`)].join('\n\n'),
    });
    const builtin = Corpus.fromJSON(loadBuiltinCorpus());
    const mixed = Corpus.build([...builtin.passages, ...pages.flatMap(chunkDocument)]);

    it('fits the pages their own threshold and leaves the curated ones as they were', () => {
      const alone = calibrate(builtin);
      const c = calibrate(mixed);
      assert.deepEqual([c.named, c.unnamed], [alone.named, alone.unnamed]);
      assert.equal(alone.documents, undefined);
      assert.ok(c.documents !== undefined && c.documents >= 0.3 && c.documents <= 0.8, JSON.stringify(c));
      // A handful of pages makes too few questions to fit on: they are held to the curated threshold.
      const few = calibrate(Corpus.build([...builtin.passages, ...pages.slice(0, 5).flatMap(chunkDocument)]));
      assert.equal(few.documents, undefined, JSON.stringify(few));
    });

    it('answers a page asked about in everyday words, and still refuses what no page covers', () => {
      const coach = createCoach({ corpus: loadBuiltinCorpus(), documents: pages });
      const c = calibrate(mixed);
      const q = 'What is the proper way to keep my sourdough starter alive and bubbly over a long weekend, and how often should I be feeding it?';
      const r = retrieve(analyse(q, mixed), mixed, 3);
      // Asked in a person's words, the page's words cover less of the question than the curated
      // threshold asks: only the pages' own threshold lets them through. (The gate also counts the
      // figure asked, "how often", which the page gives: "twice a day".)
      assert.ok(r.coverage < c.unnamed && r.coverage >= thresholdFor(c, r), `${r.coverage} ${JSON.stringify(c)}`);
      assert.ok(r.gate.coverage >= r.coverage, `${r.gate.coverage} ${r.coverage}`);
      const a = coach.ask(q);
      assert.equal(a.abstained, false, a.answer);
      assert.match(a.citations[0]?.excerpt ?? '', /twice a day/);
      for (const off of ['Can you give me a recipe for vegetable lasagne?', 'Which programming language should I learn first?']) {
        const refused = coach.ask(off);
        assert.equal(refused.abstained, true, off);
        assert.match(refused.answer, /your documents \(Looking after the starter/);
      }
    });

    it('fits the pages\' threshold against near misses made from them: their own words, asked about something they never name', () => {
      const coach = createCoach({ corpus: loadBuiltinCorpus(), documents: pages });
      // Every word but "music" is the pages' own; against the off-topic bank alone it was answered
      // with the shift times.
      const nearMiss = coach.ask('What music is played in the shop during the early shift?');
      assert.equal(nearMiss.abstained, true, nearMiss.answer);
      for (const q of ['How long is the walnut loaf proved for?', 'When does the early shift start?', 'How high can flour sacks be stacked?']) {
        const a = coach.ask(q);
        assert.equal(a.abstained, false, `${q}: ${a.answer}`);
      }
    });
  });
});
