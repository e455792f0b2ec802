import * as assert from 'node:assert/strict';
import { headingsOnce, readMarkdown, sourceOffset, type MarkdownBlock } from '../../src/engine/markdown';
import { quantities } from '../../src/engine/numbers';

/** Every piece the reader calls exact is the source's own characters. */
function assertExact(source: string, blocks: readonly MarkdownBlock[]): void {
  for (const b of blocks) {
    for (const p of b.pieces) if (p.exact) assert.equal(source.slice(p.at, p.atEnd), b.text.slice(p.from, p.to), `${b.kind} "${b.text}"`);
    assert.ok(b.start <= b.end && b.end <= source.length);
  }
}

describe('readMarkdown: the one Markdown reader (marked lexer)', () => {
  it('reads ATX and setext headings with their levels, and leaves code, HTML, rules and definitions out', () => {
    const md = 'Opening hours\n=============\n\n## Weekdays\n\nOpen from 9am.\n\n```\nclosed = true\n```\n\n    indented code\n\n<!-- note to self: check the hours -->\n\n---\n\n[site]: https://example.org\n\nClosed on 25 December.\n';
    const blocks = readMarkdown(md);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.depth, b.text]),
      [
        ['heading', 1, 'Opening hours'],
        ['heading', 2, 'Weekdays'],
        ['paragraph', undefined, 'Open from 9am.'],
        ['paragraph', undefined, 'Closed on 25 December.'],
      ],
    );
    assertExact(md, blocks);
  });

  it('reads emphasis, links, code spans, escapes and entities as their words', () => {
    const md = 'Members pay **£60** (see [the fees page](https://example.org/fees "Fees")), bring `ID` and R\\&D forms &amp; a photo ![logo](logo.png).\n';
    const [p] = readMarkdown(md);
    assert.equal(p.text, 'Members pay £60 (see the fees page), bring ID and R&D forms & a photo .');
    assertExact(md, [p]);
    // The span runs from the first word to the last character of text.
    assert.equal(md.slice(p.start, p.end), md.trimEnd());
    // Offsets map back into the source: "£60" inside the bold marks.
    const at = p.text.indexOf('£60');
    assert.equal(md.slice(sourceOffset(p, at), sourceOffset(p, at + 3, true)), '£60');
  });

  it('reads list items with their markers, nested lists and numbered lists from their start', () => {
    const md = '- Bring a towel\n  and a lock\n- Shoes:\n  1. clean soles\n  2. no marks\n\n7. Sign in\n8. Warm up\n\n• Pasted from a word processor\n• Second pasted item\n';
    const blocks = readMarkdown(md);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.marker, b.text]),
      [
        ['item', '-', 'Bring a towel\nand a lock'],
        ['item', '-', 'Shoes:'],
        ['item', '1.', 'clean soles'],
        ['item', '2.', 'no marks'],
        ['item', '7.', 'Sign in'],
        ['item', '8.', 'Warm up'],
        ['item', '-', 'Pasted from a word processor'],
        ['item', '-', 'Second pasted item'],
      ],
    );
    assertExact(md, blocks);
    // The continuation line is found where it is, indented.
    const towel = blocks[0];
    assert.equal(md.slice(towel.start, towel.end), 'Bring a towel\n  and a lock');
  });

  it('reads a run-in label with what it labels, and quotes as their text', () => {
    const md = '- **Gluteus maximus.** Drives hip extension.\n\n> **Note:** the gym shuts\n> at 10pm.\n';
    const [label, quote] = readMarkdown(md);
    assert.equal(label.text, 'Gluteus maximus: Drives hip extension.');
    assert.equal(quote.text, 'Note: the gym shuts\nat 10pm.');
    assert.equal(md.slice(quote.start, quote.end), 'Note:** the gym shuts\n> at 10pm.');
    assertExact(md, [label, quote]);
  });

  it('reads table body rows with their columns; the heading row only names them', () => {
    const md = '| Membership | Annual fee |\n| --- | ---: |\n| Adult | **£40** |\n| Junior | £15 |\n';
    const rows = readMarkdown(md);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.columns, r.cells]),
      [
        ['row', ['Membership', 'Annual fee'], ['Adult', '£40']],
        ['row', ['Membership', 'Annual fee'], ['Junior', '£15']],
      ],
    );
    assert.equal(md.slice(rows[1].start, rows[1].end), 'Junior | £15');
  });

  it('leaves out front matter and footnote definitions and references, offsets kept', () => {
    const md = '---\ntitle: Fees\n---\nThe fee is £40.[^1]\n\n[^1]: Committee minutes, 2026.\n';
    const blocks = readMarkdown(md);
    assert.deepEqual(
      blocks.map((b) => b.text),
      ['The fee is £40.'],
    );
    assert.equal(md.slice(blocks[0].start, blocks[0].end), 'The fee is £40.');
  });

  it('reads a text too deeply nested for the lexer line by line instead of failing', () => {
    const md = '> '.repeat(5000) + 'The soleus is slow-twitch.\nSecond line.';
    const blocks = readMarkdown(md);
    assert.equal(blocks.length, 2);
    assert.equal(blocks[1].text, 'Second line.');
    assertExact(md, blocks);
  });
});

describe('quantities: a step number is no figure', () => {
  it('does not read "4." before a capital as a count', () => {
    assert.deepEqual(
      quantities('4. Repeat this exercise for 3 sets of 10-15 feet.').map((q) => q.text),
      quantities('Repeat this exercise for 3 sets of 10-15 feet.').map((q) => q.text),
    );
    const step = quantities('4. Repeat this exercise for 3 sets.');
    assert.deepEqual(step.map((q) => [q.low, q.unit]), [[3, 'sets']], 'the sets are read, the step number is not');
    // A figure that starts a sentence is still a figure.
    assert.equal(quantities('4 sets of 10 are enough.')[0]?.low, 4);
  });
});

describe('headingsOnce: a table chunk as the index counts it', () => {
  it("says each column heading of a chunk's row readings once, and leaves prose alone", () => {
    const chunk = 'All fees include aprons.\nCourse: Taster; Length: 3 hours; Fee: £65.\nCourse: One-day class; Length: 7 hours; Fee: £145.';
    assert.equal(headingsOnce(chunk), 'All fees include aprons.\nCourse: Taster; Length: 3 hours; Fee: £65.\nOne-day class; 7 hours; £145.');
    // A sentence with one colon is no row reading.
    assert.equal(headingsOnce('Note: bring an apron; we lend knives.\nNote: bring an apron.'), 'Note: bring an apron; we lend knives.\nNote: bring an apron.');
  });
});
