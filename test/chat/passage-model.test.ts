import * as assert from 'node:assert/strict';
import * as v from 'valibot';
import { passageModel, quoteWithSource } from '../../src/chat/passage-model';
import { PassageModelSchema } from '../../src/protocol/passage';
import { realCoach } from '../helpers';

describe('passage view model', () => {
  const all = realCoach().passages();
  const byId = new Map(all.map((p) => [p.id, p]));
  const lookup = (id: string) => byId.get(id);

  it('names facts in words, links what an exercise works and its related passages, and its source', () => {
    const m = passageModel(byId.get('calf-raises')!, lookup, all);
    assert.ok(v.is(PassageModelSchema, m), 'valid as the page validates it');
    assert.deepEqual(m.works.map((r) => r.id), ['calves', 'gastrocnemius', 'soleus']);
    assert.deepEqual(
      m.facts.find((f) => f.label === 'Cue'),
      { label: 'Cue', value: 'Stand tall, rise up onto your toes, lower back down, and repeat.' },
    );
    assert.equal(m.source.article, 'What Muscles Does Running Work? (2023 Update)');
    assert.equal(m.source.section, 'The Calves › The Exercises You Need');
    assert.ok(m.fromArticle > m.fromSection && m.fromSection >= 1, `${m.fromArticle} from the article, ${m.fromSection} from the section`);
    assert.ok(m.related.every((r) => byId.has(r.id)));
  });

  it('does not repeat a section that is the article itself, and quotes with the source', () => {
    const p = byId.get('tip-toe-walking')!;
    assert.equal(passageModel(p, lookup, all).source.section, '');
    assert.equal(quoteWithSource(byId.get('calf-raises')!), '“Stand tall and rise up onto your toes, then lower back down” (“What Muscles Does Running Work? (2023 Update)”, The Calves › The Exercises You Need)');
  });
});
