import { strict as assert } from 'node:assert';
import type { Passage } from '../../src/engine/types';
import { passageMarkdown } from '../../src/extension/passage-markdown';
import { realCoach } from '../helpers';

describe('passage document', () => {
  const passages = realCoach().passages();
  const lookup = (id: string) => passages.find((p) => p.id === id);

  it('shows title, kind, full text, aliases, related, and the source with its quote', () => {
    const p = lookup('soleus')!;
    const md = passageMarkdown(p, lookup);
    assert.ok(md.startsWith('# Soleus\n\n_muscle_ · Stride Coach passage `soleus`\n'));
    assert.ok(md.includes(p.text.trim()), 'the full text');
    assert.ok(md.includes(`- **Also called:** ${p.aliases!.join(', ')}`));
    if (p.related?.length) assert.ok(md.includes(`- **Related:** ${lookup(p.related[0])?.title ?? p.related[0]}`));
    assert.match(md, /\n---\n\n\*\*Source:\*\* .+ › .+ \(`[^`]+`\)\n/);
    if (p.source.quote) assert.ok(md.includes(`> ${p.source.quote.replace(/\s+/g, ' ').trim()}`));
  });

  it('gives an exercise its muscles, dose and cue', () => {
    const p = lookup('calf-raises')!;
    const md = passageMarkdown(p, lookup);
    assert.match(md, /- \*\*Works:\*\* .*Soleus/);
    if (p.dose) assert.ok(md.includes(`- **Sets/reps:** ${p.dose}`));
  });

  it('names a user document as such, with its file', () => {
    const doc: Passage = { id: 'doc:notes/a.md#1', kind: 'document', title: 'Hills', text: 'Six repeats.', source: { file: 'notes/a.md', section: 'Hills' } };
    const md = passageMarkdown(doc, () => undefined);
    assert.match(md, /_from your knowledge folder_/);
    assert.match(md, /\*\*Source:\*\* notes\/a\.md › Hills \(`notes\/a\.md`\)/);
  });
});
