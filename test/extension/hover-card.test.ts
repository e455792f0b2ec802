import { strict as assert } from 'node:assert';
import type { Passage } from '../../src/engine/types';
import { escapeMarkdown, firstSentence, hoverCard, NameFinder, openPassageCommandUri } from '../../src/extension/hover-card';
import { realCoach } from '../helpers';

const p = (id: string, kind: Passage['kind'], title: string, aliases: string[] = [], text = `${title} text.`): Passage => ({
  id,
  kind,
  title,
  text,
  aliases,
  source: { file: 'a.md', section: 'S' },
});

describe('hover card: finding names', () => {
  const finder = new NameFinder(realCoach().passages());
  const at = (line: string, word: string, offset = 1) => finder.at(line, line.indexOf(word) + offset);

  it('finds a muscle by title, case-insensitively, on whole words', () => {
    assert.equal(at('Strengthen the Soleus before long runs.', 'Soleus')?.passage.id, 'soleus');
    assert.equal(at('SOLEUS', 'SOLEUS')?.passage.id, 'soleus');
    assert.equal(at('the soleusy thing', 'soleusy'), undefined, 'not inside a longer word');
    assert.equal(at('mysoleus', 'soleus'), undefined);
  });

  it('prefers the longest name under the cursor', () => {
    const line = 'Do seated calf raises twice a week.';
    const m = at(line, 'calf');
    assert.equal(m?.passage.id, 'calf-raises');
    assert.equal(m?.text, 'calf raises');
    assert.equal(at(line, 'raises')?.passage.id, 'calf-raises');
    assert.equal(at('a tight calf after hills', 'calf')?.passage.id, 'calves');
  });

  it('matches aliases, hyphens and apostrophes', () => {
    assert.equal(at('my gastroc is sore', 'gastroc')?.passage.id, 'gastrocnemius');
    assert.equal(at("Farmer's walk on toes, 3 sets", 'walk')?.passage.id, 'farmers-walk-on-toes');
    assert.equal(at('semi-tendinosus strain', 'tendinosus')?.passage.id, 'semitendinosus');
  });

  it('names only muscles, groups, tendons and exercises', () => {
    assert.equal(at('pain at mid-stance', 'mid-stance'), undefined, 'phases are not named');
    assert.equal(at('I have plantar fasciitis', 'plantar'), undefined, 'conditions are not named');
    assert.equal(at('the Achilles tendon', 'Achilles')?.passage.kind, 'tendon');
  });

  it('does not join words across punctuation', () => {
    const f = new NameFinder([p('cr', 'exercise', 'Calf raises'), p('c', 'group', 'Calf')]);
    assert.equal(f.at('my calf. Raises are next', 3)?.passage.id, 'c');
    assert.deepEqual(f.find('calf, raises').map((m) => m.passage.id), ['c']);
  });

  it('matches short names only as written', () => {
    const f = new NameFinder([{ ...p('fhb', 'muscle', 'Flexor hallucis brevis (FHB)', ['FHB', 'abs']), name: 'Flexor hallucis brevis' }]);
    assert.equal(f.at('train the FHB', 11)?.passage.id, 'fhb');
    assert.equal(f.at('train the fhb', 11), undefined);
    assert.equal(f.at('Flexor hallucis brevis works', 3)?.passage.id, 'fhb', 'by its schema name');
  });

  it('where passages share a name, the one titled so wins, then muscles, then the shorter title', () => {
    const f = new NameFinder([
      p('about', 'group', 'The calf in each step: outer and inner calf', ['calf muscles']),
      p('calves', 'group', 'Calves', ['calf muscles']),
      p('bridge-a', 'exercise', 'Bridges (hip flexor routine)', ['glute bridge']),
      p('glute-bridge', 'exercise', 'Glute bridge'),
    ]);
    assert.equal(f.at('calf muscles', 1)?.passage.id, 'calves');
    assert.equal(f.at('glute bridge', 1)?.passage.id, 'glute-bridge');
  });

  it('finds every name in a line, left to right', () => {
    assert.deepEqual(
      finder.find('Soleus and gastrocnemius: calf raises, then planks.').map((m) => m.passage.id),
      ['soleus', 'gastrocnemius', 'calf-raises', 'planks'],
    );
    assert.deepEqual(finder.find(''), []);
    assert.deepEqual(finder.find('!!! ??? ...'), []);
  });

  it('copes with long and odd lines', () => {
    const long = 'soleus '.repeat(2000);
    assert.equal(finder.find(long).length, 2000);
    assert.equal(finder.at('🏃 soleus 🏃', 4)?.passage.id, 'soleus');
  });
});

describe('hover card: content', () => {
  const soleus = realCoach()
    .passages()
    .find((x) => x.id === 'soleus')!;

  it('shows title, kind, first sentence, source and a link to the passage', () => {
    const card = hoverCard(soleus);
    assert.match(card, /^\*\*Soleus\*\* · _muscle_\n\n/);
    assert.ok(card.includes(escapeMarkdown(firstSentence(soleus.text))));
    assert.match(card, /\nSource: .+ › /);
    assert.ok(card.endsWith(`[Open passage](${openPassageCommandUri('soleus')} "Open the full passage beside the editor")`));
    assert.equal(openPassageCommandUri('soleus'), `command:strideCoach.openPassage?${encodeURIComponent('["soleus"]')}`);
  });

  it('escapes passage text, so it cannot add links, images or HTML', () => {
    const card = hoverCard(p('x', 'muscle', 'Evil [link](command:rm)', [], '<img src=x onerror=alert(1)> ![i](http://x/y.png) text.'));
    assert.ok(!card.includes('[link](command:rm)'));
    assert.ok(card.includes('\\<img') && !/(^|[^\\])</.test(card), 'HTML is escaped');
    assert.ok(!card.includes('![i]('));
    // The only link left is the card's own.
    assert.equal(card.match(/(^|[^\\])\]\(/g)?.length, 1);
  });

  it('takes the first sentence, and shortens a long one', () => {
    assert.equal(firstSentence('The soleus is deep. It works at mid-stance.'), 'The soleus is deep.');
    assert.equal(firstSentence('Hold 30 s. e.g. twice. Then rest.'), 'Hold 30 s. e.g. twice.', 'a lower-case word does not start a sentence');
    const long = firstSentence(`${'word '.repeat(100)}end.`);
    assert.ok(long.length <= 241 && long.endsWith('…'));
  });
});
