/**
 * Answer Markdown → a sanitized DOM fragment. Two independent layers keep raw HTML from ever
 * running: marked is told to print any HTML in the Markdown as text (so `<img onerror=…>` in an
 * answer or a quoted question shows up literally), and DOMPurify then keeps only an allowlist of
 * plain formatting tags and attributes (so even a marked bug cannot smuggle in a script, an event
 * handler, a `javascript:` link, an iframe or SVG). Citation markers `[n]` become buttons only
 * after sanitizing, built with createElement, never from HTML text.
 *
 * The DOMPurify instance is a parameter so unit tests can bind one to a jsdom window.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';

/** Tags an answer may use. No images (they would be remote loads), no forms, no SVG/MathML. */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'strong', 'em', 'b', 'i', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span',
];
/** No `style` (the CSP forbids inline styles), no `class`/`id` (answers must not pose as UI). */
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web and mail links; relative URLs would navigate the webview itself.
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Raw HTML in Markdown (block or inline) is shown as the text it is.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    // An image would be a remote load the CSP blocks anyway: show its description instead.
    image: ({ text }: Tokens.Image) => escapeHtml(text),
  },
});

export interface RenderOptions {
  /** Bound to the window whose document the fragment belongs to. Default: the page's. */
  purify?: Purifier;
  /** Which `[n]` become citation buttons. Default: any 1–99. */
  isCitation?: (n: number) => boolean;
}

/** Sanitizes HTML against the answer allowlist (exported so tests can probe this layer alone). */
export function sanitizeHtml(html: string, purify: Purifier = DOMPurify): DocumentFragment {
  return purify.sanitize(html, { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Renders answer Markdown into a fragment safe to append to the page. */
export function renderMarkdown(md: string, options: RenderOptions = {}): DocumentFragment {
  const html = marked.parse(md) as string;
  const fragment = sanitizeHtml(html, options.purify ?? DOMPurify);
  showLinkTargets(fragment);
  linkCitationMarkers(fragment, options.isCitation ?? ((n) => n >= 1 && n <= 99));
  return fragment;
}

/**
 * Links in knowledge (a pack, a document) are the author's, not ours: "Official source" may lead
 * anywhere. Each link shows its address beside its words, opens only in a new tab with no
 * access back to this page (`noopener`; in VS Code the host's opener, which shows the address
 * too), and never navigates the page the chat is embedded in.
 */
function showLinkTargets(root: DocumentFragment): void {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (!href) {
      a.replaceWith(...Array.from(a.childNodes));
      continue;
    }
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer nofollow');
    a.setAttribute('title', href);
    const words = (a.textContent ?? '').trim();
    const shown = href.replace(/^mailto:/i, '');
    if (words !== href && words !== shown) {
      const url = doc.createElement('span');
      url.className = 'link-url';
      url.textContent = ` (${href})`;
      a.after(url);
    }
  }
}

const MARKER = /\[(\d{1,2})\]/g;

/** Replaces `[n]` in text (not in code or links) with `<button class="cite" data-cite="n">`. */
function linkCitationMarkers(root: Node, isCitation: (n: number) => boolean): void {
  const doc = root.ownerDocument ?? (root as Document);
  const texts: Text[] = [];
  const collect = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) texts.push(child as Text);
      else if (child.nodeType === 1 && !['CODE', 'PRE', 'A'].includes((child as Element).tagName)) collect(child);
    }
  };
  collect(root);
  for (const text of texts) {
    const value = text.data;
    MARKER.lastIndex = 0;
    if (!MARKER.test(value)) continue;
    MARKER.lastIndex = 0;
    const parts = doc.createDocumentFragment();
    let last = 0;
    for (let m = MARKER.exec(value); m; m = MARKER.exec(value)) {
      const n = Number(m[1]);
      if (!isCitation(n)) continue;
      if (m.index > last) parts.append(value.slice(last, m.index));
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'cite';
      button.dataset.cite = String(n);
      button.textContent = String(n);
      parts.append(button);
      last = m.index + m[0].length;
    }
    if (last === 0) continue;
    if (last < value.length) parts.append(value.slice(last));
    text.replaceWith(parts);
  }
}

/** The words a screen reader should hear for a rendered answer: no markers, single-spaced. */
export function plainText(fragment: DocumentFragment | Element): string {
  const copy = fragment.cloneNode(true) as DocumentFragment | Element;
  copy.querySelectorAll('button.cite').forEach((b) => b.remove());
  // Block elements have no spaces between them in textContent; add one per block boundary.
  copy.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, tr, br').forEach((el) => el.after(' '));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
}
