/**
 * The passage view: one passage rendered in the chat's style (its title, kind, text, facts, the
 * muscles it works and related passages as links, and its source: article, section and quoted
 * phrase as links), shown beside the chat in one reused editor column. The text goes through the
 * chat's marked + DOMPurify path; every other field is set as text. Links are buttons that ask
 * the host, never navigations.
 */
import type { FromPassageView, PassageModel } from '../../src/protocol/passage';
import { h, icon } from './dom';
import { renderMarkdown } from './markdown';

export function renderPassage(root: HTMLElement, p: PassageModel, post: (m: FromPassageView) => void): void {
  const link = (label: string, message: FromPassageView, title?: string, cls = 'passage-link') =>
    h('button', { class: cls, attrs: { type: 'button', title, 'data-action': message.type }, text: label, on: { click: () => post(message) } });
  const refList = (label: string, refs: PassageModel['related']) =>
    refs.length
      ? h(
          'section',
          { class: 'passage-refs', attrs: { 'aria-label': label } },
          h('h2', { text: label }),
          h('ul', {}, ...refs.map((r) => h('li', {}, link(r.title, { type: 'open', id: r.id }, `Open “${r.title}”`)))),
        )
      : null;

  const text = h('div', { class: 'markdown passage-text', attrs: { dir: 'auto' } });
  text.append(renderMarkdown(p.text, { isCitation: () => false }));
  const facts = p.facts.length ? h('dl', { class: 'passage-facts' }, ...p.facts.flatMap((f) => [h('dt', { text: f.label }), h('dd', { attrs: { dir: 'auto' }, text: f.value })])) : null;

  const others = (n: number, what: string) => (n ? `${n} more passage${n === 1 ? '' : 's'} from this ${what}` : `no other passage from this ${what}`);
  const source = h(
    'footer',
    { class: 'passage-source-card', attrs: { 'aria-label': 'Source' } },
    h('h2', {}, icon('book'), ' Source'),
    h(
      'p',
      { class: 'passage-source-line' },
      link(p.source.article, { type: 'article', id: p.id }, `${others(p.fromArticle, 'article')}`, 'passage-link passage-article'),
      ...(p.source.section
        ? [h('span', { class: 'passage-sep', text: ' › ', attrs: { 'aria-hidden': 'true' } }), link(p.source.section, { type: 'section', id: p.id }, `${others(p.fromSection, 'section')}`, 'passage-link passage-section')]
        : []),
    ),
    p.source.quote ? h('blockquote', { class: 'passage-quote' }, link(`“${p.source.quote}”`, { type: 'quote', id: p.id }, 'Copy this phrase with its source', 'passage-link passage-quote-link')) : null,
  );

  const article = h(
    'article',
    { class: 'passage-page', attrs: { 'aria-labelledby': 'passage-title', 'data-passage': p.id } },
    h('header', { class: 'passage-page-head' }, h('h1', { attrs: { id: 'passage-title', dir: 'auto' }, text: p.title }), h('span', { class: 'passage-kind', text: p.kind === 'document' ? 'your document' : p.kind })),
    text,
    facts,
    refList('Works', p.works),
    refList('Related passages', p.related),
    source,
  );
  root.replaceChildren(article);
  window.scrollTo(0, 0);
}
