/**
 * Makes a figure panel (the muscle map, the gait phases) collapsible: its title becomes a button
 * with a chevron (aria-expanded), and what follows the title folds away, leaving a one-line
 * header, so the conversation keeps the height. The caller remembers the state.
 */
import { h, icon } from './dom';

export interface Collapsible {
  readonly collapsed: boolean;
  setCollapsed(collapsed: boolean): void;
}

export function makeCollapsible(panel: HTMLElement, onToggle: (collapsed: boolean) => void): Collapsible {
  const title = panel.querySelector<HTMLElement>(':scope > .figure-title');
  if (!title) throw new Error('a figure panel has a .figure-title');
  const label = title.textContent ?? '';
  const body = h('div', { class: 'figure-body', attrs: { id: `${title.id || 'figure'}-body` } });
  body.append(...[...panel.childNodes].filter((n) => n !== title));
  const chevron = icon('chevron-down');
  const button = h('button', { class: 'figure-collapse', attrs: { type: 'button', 'aria-expanded': 'true', 'aria-controls': body.id, title: `Collapse ${label}` } }, chevron, h('span', { text: label }));
  title.replaceChildren(button);
  panel.append(body);
  let collapsed = false;
  const set = (value: boolean) => {
    collapsed = value;
    body.hidden = value;
    panel.classList.toggle('collapsed', value);
    button.setAttribute('aria-expanded', String(!value));
    button.title = `${value ? 'Expand' : 'Collapse'} ${label}`;
    chevron.className = `codicon codicon-chevron-${value ? 'right' : 'down'}`;
  };
  button.addEventListener('click', () => {
    set(!collapsed);
    onToggle(collapsed);
  });
  return {
    get collapsed() {
      return collapsed;
    },
    setCollapsed: set,
  };
}
