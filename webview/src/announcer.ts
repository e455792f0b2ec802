/**
 * The one polite live region of the page. Only what is passed here is announced (each new
 * answer once, as plain text); the conversation log itself is not live, so re-rendering a chat
 * never makes a screen reader read the whole history again.
 */
import { h } from './dom';

export class Announcer {
  readonly element = h('div', { class: 'sr-only', attrs: { id: 'announcer', 'aria-live': 'polite', 'aria-atomic': 'true' } });

  announce(text: string): void {
    // Replacing the text node (not appending) keeps the region to the latest message only.
    this.element.textContent = text;
  }
}
