import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/engine/corpus';
import { analyse, contentTokens } from '../../src/engine/query';
import { coverageScorer } from '../../src/engine/retrieve';
import { loadBuiltinCorpus } from '../../src/node';

describe('retrieve: coverage', () => {
  const corpus = Corpus.fromJSON(loadBuiltinCorpus());
  const coverageOf = (question: string, id: string) => {
    const q = analyse(question, corpus);
    const doc = corpus.passages.findIndex((p) => p.id === id);
    assert.ok(doc >= 0, id);
    return coverageScorer(contentTokens(q), q, corpus)(doc);
  };

  it("counts a passage's schema kind as a word it speaks to", () => {
    // The hamstrings passage never says "group"; it is one.
    assert.equal(corpus.get('hamstrings')?.kind, 'group');
    assert.equal(coverageOf('Which muscles make up the hamstring group?', 'hamstrings'), 1);
    assert.ok(coverageOf('Which muscles make up the hamstring group?', 'hamstring-strain') < 1, 'a condition is no group');
  });
});
