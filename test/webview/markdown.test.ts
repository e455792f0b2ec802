/**
 * The answer renderer on its own, in jsdom: Markdown formatting survives, anything that could
 * run (scripts, handlers, javascript: links, frames, SVG) does not, and `[n]` markers become
 * citation buttons. DOMPurify is bound to the jsdom window, as the webview binds it to its own.
 */
import * as assert from 'node:assert/strict';
import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { plainText, renderMarkdown, sanitizeHtml } from '../../webview/src/markdown';

const { window } = new JSDOM('<!DOCTYPE html><body></body>');
const purify = createDOMPurify(window as unknown as WindowLike);

function render(md: string, isCitation?: (n: number) => boolean): HTMLElement {
  const host = window.document.createElement('div');
  host.append(renderMarkdown(md, { purify, isCitation }));
  return host;
}

/** Everything that could run script or load something, wherever it hides. */
function dangerousBits(root: Element): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'img', 'style', 'link', 'meta', 'form', 'input', 'base'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${tag}[style]`);
      if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attr.name) && !/^(?:https?|mailto):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

describe('webview Markdown rendering', () => {
  describe('removes what could run', () => {
    const hostile: Record<string, string> = {
      'a script tag': 'Calves <script>window.hacked = 1</script> matter.',
      'a script block': '<script>\nwindow.hacked = 1\n</script>\n\nText after.',
      'an image with onerror': '<img src=x onerror="window.hacked=1"> soleus',
      'an inline tag with a handler': 'The <b onmouseover="window.hacked=1">soleus</b> works.',
      'a javascript: Markdown link': '[open](javascript:window.hacked=1)',
      'a mixed-case javascript: link': '[open](JaVaScRiPt:window.hacked=1)',
      'an entity-encoded javascript: link': '[open](&#106;avascript:window.hacked=1)',
      'a raw javascript: anchor': '<a href="javascript:window.hacked=1">open</a>',
      'a data: link': '[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      'an iframe': '<iframe src="https://example.com/"></iframe>',
      'an SVG with onload': '<svg onload="window.hacked=1"><circle r="4"/></svg>',
      'an SVG with a script': '<svg><script>window.hacked=1</script></svg>',
      'an SVG javascript: link': '<svg><a xlink:href="javascript:window.hacked=1"><text>x</text></a></svg>',
      'a style tag': '<style>body { display: none }</style>',
      'a Markdown image (a remote load)': '![calf diagram](https://example.com/calf.png)',
    };
    for (const [name, md] of Object.entries(hostile)) {
      it(`for ${name}`, () => {
        const out = render(md);
        assert.deepEqual(dangerousBits(out), [], out.innerHTML);
      });
    }

    it('shows raw HTML in an answer as the text it is', () => {
      const out = render('Try <img src=x onerror="alert(1)"> here');
      assert.match(out.textContent ?? '', /<img src=x onerror="alert\(1\)">/);
      assert.equal(out.querySelector('img'), null);
    });

    it('keeps an image’s description instead of loading it', () => {
      const out = render('![calf diagram](https://example.com/calf.png)');
      assert.equal(out.textContent?.trim(), 'calf diagram');
    });

    it('keeps web links', () => {
      const a = render('[source](https://example.com/article)').querySelector('a');
      assert.equal(a?.getAttribute('href'), 'https://example.com/article');
      assert.equal(a?.textContent, 'source');
    });

    it('a link shows where it leads and opens only in a new tab, with noopener (issue 13)', () => {
      const out = render('Read the [Official source](https://evil.example/phish) and https://example.com/plain.');
      const [spoofed, plain] = Array.from(out.querySelectorAll('a'));
      assert.equal(spoofed.getAttribute('target'), '_blank');
      assert.match(spoofed.getAttribute('rel') ?? '', /\bnoopener\b/);
      assert.match(spoofed.getAttribute('rel') ?? '', /\bnoreferrer\b/);
      assert.match(out.textContent ?? '', /Official source \(https:\/\/evil\.example\/phish\)/, 'the address is shown beside the words');
      assert.equal(plain.getAttribute('target'), '_blank');
      assert.doesNotMatch(out.textContent ?? '', /plain\.\s*\(/, 'an address that is its own text is not repeated');
    });
  });

  describe('the sanitizer alone (if Markdown ever let HTML through)', () => {
    it('strips scripts, handlers, frames, SVG, styles and bad links from raw HTML', () => {
      const html =
        '<p onclick="x()" style="color:red" class="cite" id="app">kept text</p>' +
        '<script>alert(1)</script><iframe src="https://example.com"></iframe>' +
        '<svg onload="alert(1)"><path d="M0"/></svg><math><mi>x</mi></math>' +
        '<a href="javascript:alert(1)">bad link</a><a href="https://example.com">good link</a>' +
        '<img src="x" onerror="alert(1)"><form action="https://example.com"><input name="q"></form>' +
        '<button data-cite="1">fake marker</button>';
      const host = window.document.createElement('div');
      host.append(sanitizeHtml(html, purify));
      assert.deepEqual(dangerousBits(host), []);
      assert.equal(host.querySelector('button'), null, 'only the renderer makes citation buttons');
      const p = host.querySelector('p');
      assert.equal(p?.textContent, 'kept text');
      assert.equal(p?.attributes.length, 0, 'no class, id, style or handler survives');
      assert.equal(host.querySelector('a[href="https://example.com"]')?.textContent, 'good link');
    });
  });

  describe('keeps ordinary Markdown', () => {
    const out = render(['**Soleus** is _slow-twitch_.', '', '- calf raises', '- heel walks', '', '1. first', '2. second', '', 'Use `3 x 15` reps.', '', '```', 'sets: 3', '```', '', '> a quote'].join('\n'));

    it('bold and emphasis', () => {
      assert.equal(out.querySelector('strong')?.textContent, 'Soleus');
      assert.equal(out.querySelector('em')?.textContent, 'slow-twitch');
    });
    it('bulleted and numbered lists', () => {
      assert.deepEqual(Array.from(out.querySelectorAll('ul > li'), (li) => li.textContent), ['calf raises', 'heel walks']);
      assert.deepEqual(Array.from(out.querySelectorAll('ol > li'), (li) => li.textContent), ['first', 'second']);
    });
    it('inline code and code blocks', () => {
      assert.equal(out.querySelector('p > code')?.textContent, '3 x 15');
      assert.equal(out.querySelector('pre > code')?.textContent?.trim(), 'sets: 3');
    });
    it('block quotes', () => {
      assert.equal(out.querySelector('blockquote')?.textContent?.trim(), 'a quote');
    });
  });

  describe('citation markers', () => {
    it('turns each [n] into a button carrying its number', () => {
      const out = render('The soleus anchors propulsion. [1]\n\nThe gastrocnemius adds power [2][3].');
      const buttons = Array.from(out.querySelectorAll('button.cite'));
      assert.deepEqual(buttons.map((b) => (b as HTMLElement).dataset.cite), ['1', '2', '3']);
      assert.ok(buttons.every((b) => b.getAttribute('type') === 'button'));
      assert.match(out.textContent ?? '', /The gastrocnemius adds power 23\./);
    });

    it('leaves markers in code and links alone', () => {
      const out = render('Write `[1]` literally, see [2](https://example.com/), and [3].');
      assert.deepEqual(Array.from(out.querySelectorAll('button.cite'), (b) => (b as HTMLElement).dataset.cite), ['3']);
      assert.equal(out.querySelector('code')?.textContent, '[1]');
    });

    it('only for numbers that are citations', () => {
      const out = render('Real [1], stray [7].', (n) => n === 1);
      assert.deepEqual(Array.from(out.querySelectorAll('button.cite'), (b) => (b as HTMLElement).dataset.cite), ['1']);
      assert.match(out.textContent ?? '', /stray \[7\]/);
    });

    it('are left out of the plain text read to screen readers', () => {
      const host = render('**Soleus fibre type** — it anchors propulsion. [1]\n\n- heel walks [2]\n- calf raises');
      assert.equal(plainText(host), 'Soleus fibre type — it anchors propulsion. heel walks calf raises');
    });
  });
});
