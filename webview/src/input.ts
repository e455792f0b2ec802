/**
 * The question box: Enter sends, Shift+Enter starts a new line, Up in an empty box recalls the
 * last question (and Up/Down walk through earlier ones), and a completion list offers slash
 * commands and then muscle/exercise names for their argument.
 *
 * A native textarea rather than vscode-textarea: the completion list needs
 * aria-activedescendant on the element that has focus, and ARIA id references do not cross a
 * shadow root. It is styled with the same --vscode-input-* variables.
 */
import { completeInput, SLASH_COMMANDS } from '../../src/chat/slash';
import { MAX_TEXT } from '../../src/protocol/messages';
import { h } from './dom';

export interface ComposerOptions {
  onSend(text: string): void;
  onDraft(text: string): void;
  /** Questions of the open chat, oldest first, for Up-arrow recall. */
  pastQuestions(): readonly string[];
  /** Placeholder text; {@link DEFAULT_PLACEHOLDER} when unset. */
  placeholder?: string;
}

export const DEFAULT_PLACEHOLDER = 'Ask a question, or / for commands';

type Names = { muscles: readonly string[]; exercises: readonly string[] };

export class Composer {
  readonly element: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  private readonly list: HTMLElement;
  private names: Names = { muscles: [], exercises: [] };
  private items: string[] = [];
  /** Highlighted completion, -1 for none (then Enter sends what was typed). */
  private active = -1;
  /** Escape hides the list until the text changes. */
  private dismissedFor: string | undefined;
  /** Where Up/Down recall is in the past questions, counted from the newest. */
  private recall: { index: number; text: string } | undefined;

  constructor(private readonly options: ComposerOptions) {
    this.list = h('div', { class: 'completions', attrs: { id: 'completions', role: 'listbox', 'aria-label': 'Completions' } });
    this.list.hidden = true;
    this.textarea = h('textarea', {
      class: 'input',
      attrs: {
        id: 'question',
        rows: 1,
        dir: 'auto',
        maxlength: MAX_TEXT,
        placeholder: options.placeholder || DEFAULT_PLACEHOLDER,
        'aria-label': 'Question for Stride Coach',
        'aria-describedby': 'composer-hint',
        'aria-autocomplete': 'list',
        'aria-controls': 'completions',
        spellcheck: 'true',
      },
    });
    this.textarea.addEventListener('keydown', (e) => this.onKeyDown(e));
    this.textarea.addEventListener('input', () => this.onInput());
    this.textarea.addEventListener('blur', () => this.close());

    const send = h('vscode-button', { class: 'send', attrs: { icon: 'send', 'icon-only': true, 'aria-label': 'Send', title: 'Send (Enter)' } });
    send.addEventListener('click', () => {
      this.send();
      this.textarea.focus();
    });

    this.element = h(
      'div',
      { class: 'composer' },
      this.list,
      h('div', { class: 'input-row' }, this.textarea, send),
      h('div', { class: 'hint', attrs: { id: 'composer-hint' }, text: 'Enter to send, Shift+Enter for a new line, Up for your last question' }),
    );
  }

  setPlaceholder(text: string | undefined): void {
    this.textarea.placeholder = text || DEFAULT_PLACEHOLDER;
  }

  setNames(names: Names): void {
    this.names = names;
  }

  get draft(): string {
    return this.textarea.value;
  }

  setDraft(text: string): void {
    this.textarea.value = text;
    this.autosize();
  }

  focus(): void {
    this.textarea.focus();
  }

  /** Puts text in the box and sends it, as if typed (the host's "Ask about selection"). */
  sendText(text: string): void {
    this.setDraft(text);
    this.send();
  }

  private send(): void {
    const text = this.textarea.value.trim();
    if (!text) return;
    this.options.onSend(text);
    this.textarea.value = '';
    this.recall = undefined;
    this.dismissedFor = undefined;
    this.close();
    this.autosize();
    this.options.onDraft('');
  }

  private onInput(): void {
    if (this.recall && this.textarea.value !== this.recall.text) this.recall = undefined;
    this.autosize();
    this.updateCompletions();
    this.options.onDraft(this.textarea.value);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.isComposing) return;
    const open = !this.list.hidden;
    const plain = !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey;
    if (open && plain) {
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          return this.highlight((this.active + 1) % this.items.length);
        case 'ArrowUp':
          e.preventDefault();
          return this.highlight(this.active <= 0 ? this.items.length - 1 : this.active - 1);
        case 'Tab':
          e.preventDefault();
          return this.accept(Math.max(0, this.active));
        case 'Enter':
          if (this.active >= 0) {
            e.preventDefault();
            return this.accept(this.active);
          }
          break;
        case 'Escape':
          // Handled here only: the same key must not also close the history panel behind it.
          e.preventDefault();
          e.stopPropagation();
          this.dismissedFor = this.textarea.value;
          return this.close();
      }
    }
    if (e.key === 'Enter' && plain) {
      e.preventDefault();
      return this.send();
    }
    if (plain && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) this.recallQuestion(e);
  }

  /** Up in an empty box (or on a recalled question) goes back through past questions. */
  private recallQuestion(e: KeyboardEvent): void {
    const value = this.textarea.value;
    const recalling = this.recall && value === this.recall.text;
    if (!recalling && value !== '') return;
    const past = this.options.pastQuestions();
    if (!past.length) return;
    const current = recalling ? this.recall!.index : -1;
    const next = e.key === 'ArrowUp' ? Math.min(current + 1, past.length - 1) : current - 1;
    if (e.key === 'ArrowDown' && !recalling) return;
    e.preventDefault();
    if (next < 0) {
      this.recall = undefined;
      this.setDraft('');
    } else {
      const text = past[past.length - 1 - next];
      this.recall = { index: next, text };
      this.setDraft(text);
      this.textarea.setSelectionRange(text.length, text.length);
    }
    this.options.onDraft(this.textarea.value);
  }

  private updateCompletions(): void {
    const value = this.textarea.value;
    if (this.dismissedFor !== undefined && value !== this.dismissedFor) this.dismissedFor = undefined;
    const items = this.dismissedFor === undefined ? completeInput(value, this.names) : [];
    this.items = items;
    if (!items.length) return this.close();
    this.list.replaceChildren(...items.map((item, i) => this.option(item, i)));
    this.list.hidden = false;
    // A bare "/ex" is never worth sending, so the first command is ready for Enter; names
    // are only offered, so Enter still sends "/exercise soleus" as typed.
    this.highlight(/^\/[a-z]*$/i.test(value) ? 0 : -1);
  }

  private option(item: string, i: number): HTMLElement {
    const command = /^\/([a-z]+) $/.exec(item);
    const info = command ? SLASH_COMMANDS.find((c) => c.name === command[1]) : undefined;
    const el = info
      ? h(
          'div',
          { class: 'completion', attrs: { role: 'option', id: `completion-${i}`, 'aria-selected': 'false' } },
          h('span', { class: 'completion-name', text: `/${info.name}` }),
          info.args ? h('span', { class: 'completion-args', text: ` ${info.args}` }) : null,
          h('span', { class: 'completion-description', text: info.description }),
        )
      : h('div', { class: 'completion', attrs: { role: 'option', id: `completion-${i}`, 'aria-selected': 'false' } }, h('span', { class: 'completion-name', text: item }));
    // mousedown would blur the textarea (closing the list) before the click lands.
    el.addEventListener('mousedown', (e) => e.preventDefault());
    el.addEventListener('click', () => this.accept(i));
    return el;
  }

  private highlight(index: number): void {
    this.active = index;
    this.list.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const el = index >= 0 ? this.list.querySelector<HTMLElement>(`#completion-${index}`) : null;
    if (el) {
      this.textarea.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else {
      this.textarea.removeAttribute('aria-activedescendant');
    }
  }

  private accept(index: number): void {
    const item = this.items[index];
    if (item === undefined) return;
    this.setDraft(item);
    this.textarea.setSelectionRange(item.length, item.length);
    this.textarea.focus();
    this.options.onDraft(item);
    // After a command the list moves on to names for its argument.
    this.updateCompletions();
  }

  private close(): void {
    this.list.hidden = true;
    this.items = [];
    this.active = -1;
    this.textarea.removeAttribute('aria-activedescendant');
  }

  /** Grows with the text up to a third of the view; CSSOM styles are allowed by the CSP. */
  private autosize(): void {
    const ta = this.textarea;
    ta.style.height = 'auto';
    ta.style.height = `${Math.min(ta.scrollHeight + 2, Math.max(80, window.innerHeight / 3))}px`;
  }
}
