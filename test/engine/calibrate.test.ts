import * as assert from 'node:assert/strict';
import { calibrate } from '../../src/engine/calibrate';
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
      assert.ok(r.coverage >= (r.named ? c.named : c.unnamed), `${q}: ${r.coverage} < ${JSON.stringify(c)}`);
    }
  });
});
