import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult, Citation } from '../../src/engine/types';
import {
  claimText,
  countVerdicts,
  diagnosticMessage,
  excerptRange,
  findingHover,
  flagsAt,
  flagsOf,
  footnoteDefinition,
  footnoteInserts,
  footnoteLabel,
  levelOf,
  maskFootnotes,
  relatedLabel,
  shiftFlags,
  summaryLine,
  type Flag,
  type TextInsert,
} from '../../src/extension/check-findings';
import { passageMarkdown } from '../../src/extension/passage-markdown';
import { ROOT, realCoach } from '../helpers';

const cite = (over: Partial<Citation> = {}): Citation => ({
  n: 1,
  id: 'calf-timing-metabolic-cost',
  title: 'Calf mistiming raises metabolic cost by up to 15%',
  kind: 'concept',
  excerpt: 'The article puts the penalty at up to 15% higher metabolic cost.',
  score: 1,
  source: { file: '000.txt', section: 'Growth Insights', title: 'Analyzing Running Biomechanics' },
  ...over,
});

const result = (over: Partial<CheckResult> = {}): CheckResult => ({ claim: 'c', verdict: 'contradicted', evidence: [cite()], notes: ['The claim says "40%" where the source says "15%" [1].'], tookMs: 1, ...over });

/** Applies inserts (in document order) to a text. */
function apply(text: string, inserts: TextInsert[]): string {
  let out = text;
  for (const i of [...inserts].sort((a, b) => b.offset - a.offset)) out = out.slice(0, i.offset) + i.text + out.slice(i.offset);
  return out;
}

const article = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'article.md'), 'utf8');

describe('check document: diagnostics', () => {
  it('maps verdicts to levels: contradicted → warning, unverified → information, supported → hint only when asked', () => {
    assert.equal(levelOf('contradicted', false), 'warning');
    assert.equal(levelOf('unverified', false), 'information');
    assert.equal(levelOf('supported', false), undefined);
    assert.equal(levelOf('supported', true), 'hint');
  });

  it('uses the notes as the message, or says what the verdict means when there are none', () => {
    assert.equal(diagnosticMessage(result({ notes: ['One.', '  Two\n lines. '] })), 'One. Two lines.');
    assert.match(diagnosticMessage(result({ notes: [], verdict: 'supported' })), /support/);
  });

  it('names each piece of evidence by number, title and article › section', () => {
    assert.equal(relatedLabel(cite()), '[1] Calf mistiming raises metabolic cost by up to 15% — “Analyzing Running Biomechanics” › Growth Insights');
  });

  it('summarises a check in one line', () => {
    assert.equal(summaryLine({ contradicted: 3, unverified: 5, supported: 9 }, 40, 120.4), 'Stride Coach: 3 contradicted, 5 unverified of 40 sentences (120 ms)');
    assert.equal(summaryLine({ contradicted: 0, unverified: 0, supported: 1 }, 1, 0.4), 'Stride Coach: 0 contradicted, 0 unverified of 1 sentence (0 ms)');
  });

  it('on the fixture article: one flag per checkable sentence, the 40% one with an in-place fix', () => {
    const check = realCoach().checkDocument(maskFootnotes(article));
    const flags = flagsOf(check);
    const counts = countVerdicts(flags);
    assert.ok(counts.contradicted >= 2, JSON.stringify(counts));
    const figure = flags.find((f) => f.fix);
    assert.ok(figure, 'a flag with a fix');
    assert.equal(article.slice(figure.fix!.start, figure.fix!.end), '40%');
    assert.equal(figure.fix!.replacement, '15%');
    assert.ok(figure.start <= figure.fix!.start && figure.fix!.end <= figure.end, 'the fix is inside its sentence');
    assert.equal(article.slice(figure.start, figure.end).replace(/\*/g, ''), figure.sentence);
  });
});

describe('check document: hover', () => {
  it('shows the verdict, the notes and each passage with its source, excerpt and an open link', () => {
    const md = findingHover(result());
    assert.match(md, /^\*\*Stride Coach: contradicted\.\*\* The sources say otherwise\./);
    assert.ok(md.includes('The claim says "40%" where the source says "15%" \\[1\\].'), md);
    assert.ok(md.includes('**Calf mistiming raises metabolic cost by up to 15%** · “Analyzing Running Biomechanics” › Growth Insights'), md);
    assert.ok(md.includes('_The article puts the penalty at up to 15% higher metabolic cost._'));
    assert.ok(md.includes(`command:strideCoach.openPassage?${encodeURIComponent(JSON.stringify(['calf-timing-metabolic-cost']))}`));
  });

  it('escapes passage text, so a passage cannot add links or HTML', () => {
    const md = findingHover(result({ evidence: [cite({ title: '[x](command:evil) <img>', excerpt: '<script>' })] }));
    assert.ok(!md.includes('[x](command:evil)'));
    assert.ok(!md.includes('<img>') && !md.includes('<script>'));
  });

  it('says so when nothing speaks to the sentence', () => {
    assert.match(findingHover(result({ verdict: 'unverified', evidence: [], notes: [] })), /No passage in the sources/);
  });

  it('points related information at the excerpt in the passage document', () => {
    const coach = realCoach();
    const p = coach.passages().find((x) => x.id === 'soleus')!;
    const md = passageMarkdown(p, (id) => coach.passages().find((x) => x.id === id));
    const excerpt = p.text.split(/(?<=\.)\s/)[0];
    const r = excerptRange(md, excerpt);
    const line = md.split('\n')[r.line];
    assert.ok(line.slice(r.column).startsWith(excerpt.slice(0, 30)), line);
    assert.deepEqual(excerptRange(md, 'not in the passage at all'), { line: 0, column: 0, endColumn: 0 });
  });
});

describe('check document: flags follow edits', () => {
  const flag = (start: number, end: number, fix?: [number, number]): Flag => ({ start, end, sentence: 's', result: result(), ...(fix ? { fix: { start: fix[0], end: fix[1], replacement: '15%' } } : {}) });

  it('moves flags after an edit, keeps those before it, drops one the edit touches', () => {
    const flags = [flag(0, 10), flag(20, 30, [25, 28]), flag(40, 50)];
    const out = shiftFlags(flags, { offset: 12, length: 3, text: 'abcdef' });
    assert.deepEqual(
      out.map((f) => [f.start, f.end, f.fix && [f.fix.start, f.fix.end]]),
      [
        [0, 10, undefined],
        [23, 33, [28, 31]],
        [43, 53, undefined],
      ],
    );
    assert.deepEqual(
      shiftFlags(flags, { offset: 25, length: 3, text: '15%' }).map((f) => f.start),
      [0, 40],
      'the fixed sentence is dropped until the next check',
    );
  });

  it('typing right after a sentence leaves it; right before it moves it', () => {
    const flags = [flag(10, 20)];
    assert.deepEqual(shiftFlags(flags, { offset: 20, length: 0, text: '[^sc-x]' })[0], flags[0]);
    const before = shiftFlags(flags, { offset: 10, length: 0, text: 'So, ' })[0];
    assert.deepEqual([before.start, before.end], [14, 24]);
    assert.deepEqual(shiftFlags(flags, { offset: 5, length: 5, text: '' }).map((f) => [f.start, f.end]), [[5, 15]], 'a deletion ending where it starts');
  });

  it('finds flags under a range or at a position', () => {
    const flags = [flag(0, 10), flag(11, 20)];
    assert.deepEqual(flagsAt(flags, 5, 5).map((f) => f.start), [0]);
    assert.deepEqual(flagsAt(flags, 10, 10).map((f) => f.start), [0], 'the end of a sentence is still on it');
    assert.deepEqual(flagsAt(flags, 5, 15).map((f) => f.start), [0, 11]);
  });
});

describe('check document: footnotes', () => {
  const c = cite({ id: 'soleus', title: 'Soleus', source: { file: '001.txt', section: 'Role in running', title: 'The Unsung Hero' } });

  it('labels and defines a footnote from the passage', () => {
    assert.equal(footnoteLabel('soleus'), 'sc-soleus');
    assert.equal(footnoteLabel('doc:notes/hill session.md#3'), 'sc-doc:notes-hill-session.md-3');
    assert.equal(footnoteDefinition(c), '[^sc-soleus]: Soleus, “The Unsung Hero” › Role in running.');
    assert.equal(footnoteDefinition({ ...c, source: { file: 'notes/a.md', section: 'Intro.' } }), '[^sc-soleus]: Soleus, notes/a.md › Intro.');
  });

  it('adds the reference after the sentence and the definition after a blank line at the end', () => {
    const text = '# Title\n\nThe soleus works hard. It is a calf muscle.\n';
    const end = text.indexOf('hard.') + 5;
    const out = apply(text, footnoteInserts(text, end, c)!);
    assert.equal(out, '# Title\n\nThe soleus works hard.[^sc-soleus] It is a calf muscle.\n\n[^sc-soleus]: Soleus, “The Unsung Hero” › Role in running.\n');
  });

  it('appends to the definitions already at the end, and never adds one twice', () => {
    const text = 'The soleus works hard. Calves matter.\n\n[^sc-calves]: Calves, “X” › Y.\n';
    const end = text.indexOf('hard.') + 5;
    const once = apply(text, footnoteInserts(text, end, c)!);
    assert.equal(once, 'The soleus works hard.[^sc-soleus] Calves matter.\n\n[^sc-calves]: Calves, “X” › Y.\n[^sc-soleus]: Soleus, “The Unsung Hero” › Role in running.\n');
    assert.equal(footnoteInserts(once, end, c), undefined, 'cited and defined already: nothing to do');
    // Another sentence citing the same passage gets the reference only.
    const second = once.indexOf('matter.') + 'matter.'.length;
    const again = footnoteInserts(once, second, c)!;
    assert.deepEqual(again, [{ offset: second, text: '[^sc-soleus]' }]);
  });

  it('handles a sentence at the very end without a newline, and CRLF documents', () => {
    const text = 'The soleus works hard.';
    const inserts = footnoteInserts(text, text.length, c)!;
    assert.equal(inserts.length, 1, 'one insert where the two would meet');
    assert.equal(apply(text, inserts), 'The soleus works hard.[^sc-soleus]\n\n[^sc-soleus]: Soleus, “The Unsung Hero” › Role in running.\n');
    const crlf = 'The soleus works hard.\r\nMore.\r\n';
    assert.equal(apply(crlf, footnoteInserts(crlf, 22, c)!), 'The soleus works hard.[^sc-soleus]\r\nMore.\r\n\r\n[^sc-soleus]: Soleus, “The Unsung Hero” › Role in running.\r\n');
  });

  it('masks footnotes for the checker without moving anything', () => {
    const text = 'Calf timing raises cost by 40%.[^sc-x] The soleus is mostly fast-twitch.\n\n[^sc-x]: Soleus, “The Unsung Hero” › Role.\n';
    const masked = maskFootnotes(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.split('\n').length, text.split('\n').length);
    assert.ok(!masked.includes('[^'));
    const check = realCoach().checkDocument(masked);
    assert.deepEqual(
      check.findings.map((f) => text.slice(f.start, f.end)),
      ['Calf timing raises cost by 40%.', 'The soleus is mostly fast-twitch.'],
      'two sentences, and the definition is not a claim',
    );
  });
});

describe('check claim: the selection as a claim', () => {
  it('drops Markdown marks, links, list markers and footnotes', () => {
    assert.equal(claimText('- The **soleus** is [mostly](x.md) fast-twitch.[^sc-soleus]\n  really'), 'The soleus is mostly fast-twitch. really');
    assert.equal(claimText('  \n '), '');
  });
});
