/**
 * The passage a citation opens, shown over the chat inside the component (the VS Code panel
 * opens it in an editor instead). The text goes through the same marked + DOMPurify path as
 * answers, so a hostile knowledge pack shows its markup as text; every other field is text.
 * Escape or the close button returns to the chat, and focus to where it was.
 */
import type { Passage } from '../../src/engine';
import { h } from '../../webview/src/dom';
import { renderMarkdown } from '../../webview/src/markdown';

/** "“Article title” › Section › Subsection", as the chat names sources. */
export function sourceLine(source: Passage['source']): string {
  const { title, file, section } = source;
  const article = title ? `“${title}”` : file;
  if (title && section.startsWith(title)) return article;
  return `${article} › ${section.replace(/ > /g, ' › ')}`;
}

export class PassageView {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  private returnFocus: HTMLElement | undefined;
  private current: string | undefined;

  constructor(
    /** The chat behind, made inert while a passage is open. */
    private readonly behind: HTMLElement,
  ) {
    this.title = h('h2', { class: 'passage-title', attrs: { id: 'passage-title', dir: 'auto' } });
    const close = h('vscode-toolbar-button', { class: 'passage-close', attrs: { icon: 'close', label: 'Close passage', title: 'Close passage (Escape)' } });
    close.addEventListener('click', () => this.close());
    this.body = h('div', { class: 'passage-body', attrs: { tabindex: '-1' } });
    this.element = h(
      'section',
      { class: 'passage-view', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'passage-title' } },
      h('header', { class: 'passage-head' }, this.title, close),
      this.body,
    );
    this.element.hidden = true;
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.close();
      }
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** The id of the passage on show, if any. */
  get passageId(): string | undefined {
    return this.isOpen ? this.current : undefined;
  }

  show(passage: Passage, returnFocus: Element | null): void {
    if (!this.isOpen) this.returnFocus = returnFocus instanceof HTMLElement ? returnFocus : undefined;
    this.current = passage.id;
    this.title.textContent = passage.title;
    const meta = h(
      'p',
      { class: 'passage-meta' },
      h('span', { class: 'passage-kind', text: passage.kind }),
      h('span', { class: 'passage-source', attrs: { dir: 'auto' }, text: sourceLine(passage.source) }),
      h('span', { class: 'passage-id', text: passage.id }),
    );
    const text = h('div', { class: 'markdown passage-text', attrs: { dir: 'auto' } });
    text.append(renderMarkdown(passage.text, { isCitation: () => false }));
    const facts = h('dl', { class: 'passage-facts' });
    const fact = (label: string, value: string | undefined) => value && facts.append(h('dt', { text: label }), h('dd', { attrs: { dir: 'auto' }, text: value }));
    fact('Dose', passage.dose);
    fact('Cue', passage.cue);
    fact('Equipment', passage.equipment?.join(', '));
    fact('Source wording', passage.source.quote);
    this.body.replaceChildren(meta, text, ...(facts.childElementCount ? [facts] : []));
    this.body.scrollTop = 0;
    this.element.hidden = false;
    this.behind.inert = true;
    this.body.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.behind.inert = false;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    if (back?.isConnected) back.focus();
  }
}
