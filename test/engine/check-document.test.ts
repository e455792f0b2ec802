import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_CHECK_CHARS, splitSentences } from '../../src/engine/check-document';
import { createCoach } from '../../src/engine/coach';
import { loadBuiltinCorpus } from '../../src/node';
import { realCoach, ROOT, SEEDS } from '../helpers';

const article = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'article.md'), 'utf8');

describe('coach.checkDocument on a Markdown article', () => {
  const coach = realCoach();
  const r = coach.checkDocument(article);
  const at = (needle: string) => r.findings.find((f) => f.sentence.includes(needle));

  it('checks the prose sentences, not front matter, headings, code or questions', () => {
    const checked = r.findings.map((f) => f.sentence);
    assert.ok(!checked.some((s) => /title:|^#|code is not prose|podcasts|good idea\?/.test(s)), checked.join('\n'));
    assert.ok(at('fast-twitch fibres') && at('metabolic cost') && at('Eccentric heel drops'));
  });

  it('gives each finding its exact position in the file', () => {
    for (const f of r.findings) {
      // The span holds the sentence as written (Markdown marks included): same first word, same end.
      const raw = article.slice(f.start, f.end);
      assert.equal(raw.split(' ')[0], f.sentence.split(' ')[0]);
      assert.equal(raw.at(-1), f.sentence.at(-1));
      const lines = article.split('\n');
      assert.equal(lines[f.line].slice(f.column, f.column + 5), article.slice(f.start, f.start + 5));
    }
    const heelDrops = at('Eccentric heel drops')!;
    assert.equal(heelDrops.column, 2, 'the list marker is not part of the sentence');
  });

  it('finds the wrong figure and offers the source figure in place', () => {
    const cost = at('metabolic cost')!;
    assert.equal(cost.result.verdict, 'contradicted');
    assert.ok(cost.fix);
    assert.equal(article.slice(cost.fix.start, cost.fix.end), '40%');
    assert.equal(cost.fix.replacement, '15%');
  });

  it('gives verdicts on the real corpus', () => {
    assert.equal(at('fast-twitch fibres')!.result.verdict, 'contradicted');
    assert.equal(at('30 milliseconds')!.result.verdict, 'supported');
    assert.equal(at('Eccentric heel drops')!.result.verdict, 'supported');
  });

  it("checks a sentence that names only what a team's pages name (a person, a room), with no figure", () => {
    const page = '# Who to talk to\n\n## Welfare\n\nOur welfare officer is Colin Faraday, and our deputy welfare officer is Aisha Kendrick. Neither of them coaches.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'welfare.md', content: page }] });
    const doc = 'The club has a clear safeguarding policy, overseen by its welfare officer, Aisha Kendrick. Everyone says it is a friendly place to train.\n';
    const found = club.checkDocument(doc).findings;
    const named = found.find((f) => f.sentence.includes('Aisha Kendrick'));
    assert.equal(named?.result.verdict, 'contradicted', JSON.stringify(found.map((f) => f.sentence)));
    assert.match(named!.result.notes[0], /Colin Faraday/);
    // A sentence that names nothing the pages name, and states no figure, is not checked.
    assert.ok(!found.some((f) => f.sentence.startsWith('Everyone says')));
  });

  it('checks a figure said of nothing named against the subject of its paragraph or list item', () => {
    const doc = '# Plan\n\n- **Tip-toe walking** builds the soleus. Do it in sets. Aim for 6 sets of 10-15 feet.\n- Rest well. Aim for 6 sets of 10-15 feet.\n';
    const found = coach.checkDocument(doc).findings.filter((f) => f.sentence.startsWith('Aim for'));
    assert.equal(found[0].result.verdict, 'contradicted');
    assert.equal(found[0].fix?.replacement, '3 sets');
    assert.equal(doc.slice(found[0].fix!.start, found[0].fix!.end), '6 sets');
    // Another list item names nothing: its figure is said of nothing the sources speak to.
    assert.notEqual(found[1]?.result.verdict, 'contradicted');
  });

  it('puts the fix over a figure written with separators or in words, and aligns a long sentence\'s figure by its clause', () => {
    const doc =
      'An MRI-based study of 2,400 subjects tied tibial grip strength to the vastus lateralis.\n\n' +
      'When calf timing slips, the ankle loses stiffness, less energy returns with each stride, and running can cost up to thirty percent more energy.\n';
    const [mri, cost] = coach.checkDocument(doc).findings;
    assert.equal(mri.result.verdict, 'contradicted');
    assert.equal(doc.slice(mri.fix!.start, mri.fix!.end), '2,400 subjects');
    assert.equal(mri.fix!.replacement, '120 subjects');
    assert.equal(cost.result.verdict, 'contradicted');
    assert.equal(doc.slice(cost.fix!.start, cost.fix!.end), 'thirty percent');
    assert.equal(cost.fix!.replacement, '15%');
  });

  it('puts the fix over the whole of how often, when the source says it the other way', () => {
    const station = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'idents.md', content: '# Presenting rules\n\n## The basics\n\nThe station identification must be given at least once every 30 minutes. Keep the studio door shut while the microphone is open.\n' }] });
    const doc = 'On air, presenters must give the station identification At least once an hour.\n';
    const [ident] = station.checkDocument(doc).findings;
    assert.equal(ident.result.verdict, 'contradicted', JSON.stringify(ident.result));
    assert.equal(doc.slice(ident.fix!.start, ident.fix!.end), 'At least once an hour');
    assert.equal(ident.fix!.replacement, 'at least once every 30 minutes');
  });

  it('puts the fix over a sum of money written with separators', () => {
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'fund.md', content: '# Bursary\n\nThe bursary fund, supported by local firms, gives around £1,500 a year.\n' }] });
    const doc = 'Our bursary fund, with help from local firms, gives around £3,000 a year.\n';
    const [fund] = club.checkDocument(doc).findings;
    assert.equal(fund.result.verdict, 'contradicted', fund.result.notes.join(' '));
    assert.equal(doc.slice(fund.fix!.start, fund.fix!.end), '£3,000');
    assert.equal(fund.fix!.replacement, '£1,500');
  });

  it('holds no word denied that the sentence also states, nor an opposite said of another muscle', () => {
    const doc = 'If pain lasts more than two weeks, stop running and see a physiotherapist rather than running through it. ' +
      'The soleus steadies you through mid-stance, while the fast-twitch gastrocnemius fires sharply at toe-off to add power.';
    for (const f of coach.checkDocument(doc).findings) assert.notEqual(f.result.verdict, 'contradicted', f.sentence);
  });

  it('copes with empty, hostile and unterminated input', () => {
    for (const text of ['', '```\nunclosed fence', '<script>alert(1)</script>. The soleus is slow-twitch', '!^\'|=$ '.repeat(500), '\u202eThe soleus\u202c.']) {
      const d = coach.checkDocument(text);
      assert.ok(Array.isArray(d.findings));
    }
  });

  it('reads a paragraph wrapped over several lines as running prose, with the span over its lines', () => {
    const text = 'When that order slips, the ankle loses stiffness, and running can cost\nup to 25 percent more energy than it should. Next one.\n';
    const spans = splitSentences(text);
    assert.deepEqual(spans.map((s) => s.sentence), ['When that order slips, the ankle loses stiffness, and running can cost up to 25 percent more energy than it should.', 'Next one.']);
    assert.equal(text.slice(spans[0].start, spans[0].end), 'When that order slips, the ankle loses stiffness, and running can cost\nup to 25 percent more energy than it should.');
  });

  it('does not end sentences at abbreviations or inside decimals', () => {
    const spans = splitSentences('Calf work, e.g. heel drops, helps. It rose 2.5 times. Next one.');
    assert.equal(spans.length, 3);
  });

  it('rarely calls the source articles themselves contradicted (false alarms for writers)', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      for (const x of coach.checkDocument(fs.readFileSync(path.join(SEEDS, f), 'utf8')).findings) {
        checked++;
        if (x.result.verdict === 'contradicted') wrong.push(`${f}:${x.line + 1} ${x.sentence.slice(0, 80)} — ${x.result.notes[0]}`);
      }
    }
    assert.ok(checked > 300, `${checked} source sentences checked`);
    // The corpus is written from these articles, so every contradiction here is a false alarm.
    assert.ok(wrong.length / checked <= 0.01, `${wrong.length} of ${checked}:\n${wrong.join('\n')}`);
  });
});

describe("checkDocument on a team's own page", () => {
  it('never contradicts the page with itself: a sentence the sources say word for word is supported', () => {
    const page = [
      '# Cadence drills',
      '',
      '1. **High-cadence intervals**: ride 3 x 5 minutes at 100 to 105 rpm at an easy effort.',
      '2. **Low-cadence efforts**: on a steady climb, ride 4 x 4 minutes at 55 to 60 rpm while seated.',
      '',
      '## Lockers',
      '',
      '| Tier | Price | Storage |',
      '| --- | --- | --- |',
      '| Full | £38 a month | One small locker |',
      '| Associate | £20 a month | None |',
      '',
      'Associate members can rent a small locker for £3 a month.',
      '',
    ].join('\n');
    const team = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'club.md', content: page }] });
    const r = team.checkDocument(page);
    assert.ok(r.findings.length >= 3, r.findings.map((f) => f.sentence).join('\n'));
    const wrong = r.findings.filter((f) => f.result.verdict === 'contradicted').map((f) => `${f.sentence} — ${f.result.notes[0]}`);
    assert.deepEqual(wrong, []);
    assert.match(team.check('Associate members can rent a small locker for £3 a month.').notes.join(' '), /word for word/);
    // …and a figure changed in it is still corrected, against the sentence that says it, not the
    // table row the claim's first word names.
    const changed = team.check('Associate members can rent a small locker for £5 a month.');
    assert.equal(changed.verdict, 'contradicted');
    assert.equal(changed.figure?.source, '£3');
    assert.notEqual(team.check('Associate members may hire a small locker at £3 monthly.').verdict, 'contradicted', 'said in other words');
  });
});

describe('splitSentences and footnotes', () => {
  it('keeps a footnote reference with its sentence and skips footnote definitions', () => {
    const text = 'The soleus is slow-twitch.[^sc-soleus] The gastrocnemius is fast-twitch.\n\n[^sc-soleus]: Soleus, “Article” › Section.\n';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['The soleus is slow-twitch.[^sc-soleus]', 'The gastrocnemius is fast-twitch.']);
  });
});

describe('checkDocument on hostile input (issue 13)', function () {
  // A hang guard, not a timing assertion: these took 39 s to 215 s when the split was cubic.
  this.timeout(60_000);
  const coach = realCoach();

  it('splits 6 KB of newlines, 16 KB of fence lines, blank-space lines and unclosed comments at once', () => {
    const inputs = ['\n'.repeat(6000), '```\n'.repeat(4000), '```\n' + 'x\n'.repeat(8000), ' \n'.repeat(20_000), '<!-- '.repeat(20_000), '[a]('.repeat(5000) + '. The soleus is 90% of the calf.', '\t|'.repeat(20_000)];
    for (const t of inputs) {
      const d = coach.checkDocument(t);
      assert.ok(d.sentences >= 0);
      for (const f of d.findings) assert.ok(f.start >= 0 && f.end <= t.length);
    }
  });

  it('still skips the same non-prose: front matter, fences, comments, headings, tables, footnote definitions', () => {
    const doc = '---\ntitle: x\n---\n# The soleus is 90% of the calf\n\n```\nThe soleus is 90% of the calf.\n```\n<!-- The soleus is 90% of the calf. -->\n| a | b |\n|---|---|\n    The soleus is 90% of the calf.\n[^1]: The soleus is 90% of the calf.\n\nThe gastrocnemius is fast-twitch.\n';
    const spans = splitSentences(doc).map((r) => doc.slice(r.start, r.end));
    // A table's heading row names its columns; it states nothing.
    assert.deepEqual(spans, ['The gastrocnemius is fast-twitch.']);
  });

  it('reads a table row as one statement with its column headings, spanning the row', () => {
    const doc = 'Fees:\n\n| Membership | Annual fee |\n| --- | --- |\n| Adult | **£40** |\n';
    const [intro, row] = splitSentences(doc);
    assert.equal(intro.sentence, 'Fees:');
    assert.equal(row.sentence, 'Membership: Adult; Annual fee: £40');
    assert.equal(doc.slice(row.start, row.end), 'Adult | **£40');
  });

  it('reads at most MAX_CHECK_CHARS and says so', () => {
    const sentence = 'The soleus is mostly slow-twitch fibre. ';
    const big = sentence.repeat(Math.ceil((MAX_CHECK_CHARS + 1000) / sentence.length));
    const d = coach.checkDocument(big);
    assert.match(d.limit ?? '', /Only the first 2,000,000 of [\d,]+ characters were checked/);
    assert.equal(coach.checkDocument('The soleus is slow-twitch.').limit, undefined);
  });
});
