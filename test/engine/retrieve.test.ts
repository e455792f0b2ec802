import * as assert from 'node:assert/strict';
import { Bm25Index } from '../../src/engine/bm25-index';
import { Corpus } from '../../src/engine/corpus';
import { analyse, analyseQuestion, contentTokens } from '../../src/engine/query';
import { coverageScorer, retrieve } from '../../src/engine/retrieve';
import * as path from 'node:path';
import { createCoach } from '../../src/engine/coach';
import { createNodeCoach, loadBuiltinCorpus } from '../../src/node';

describe('retrieve: coverage', () => {
  const corpus = Corpus.fromJSON(loadBuiltinCorpus());
  const coverageOf = (question: string, id: string) => {
    const q = analyse(question, corpus);
    const doc = corpus.passages.findIndex((p) => p.id === id);
    assert.ok(doc >= 0, id);
    return coverageScorer(contentTokens(q), q, corpus)(doc);
  };

  it("counts a passage's schema kind as a word it speaks to", () => {
    // The hamstrings passage never says "group"; it is one.
    assert.equal(corpus.get('hamstrings')?.kind, 'group');
    assert.equal(coverageOf('Which muscles make up the hamstring group?', 'hamstrings'), 1);
    assert.ok(coverageOf('Which muscles make up the hamstring group?', 'hamstring-strain') < 1, 'a condition is no group');
  });
});

describe('retrieve: a time of day says its half of the day', () => {
  it('answers "on a Saturday morning" from a timetable that writes "7am", not only from a page that says "mornings"', () => {
    const md = '# Opening hours\n\n## When are you open?\n\n| Day | Opens | Closes |\n| --- | --- | --- |\n| Friday | 6.30am | 8pm |\n| Saturday | 7am | 6pm |\n\n## Volunteering\n\nThe garden team meets on Wednesday mornings, and new volunteers have an induction on the first Saturday of the month.\n';
    const corpus = Corpus.build(createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'hours.md', content: md }] }).passages());
    const q = analyseQuestion('What time can I get in on a Saturday morning?', corpus);
    const doc = corpus.passages.findIndex((p) => p.title === 'When are you open?');
    assert.ok(doc >= 0);
    assert.equal(coverageScorer(contentTokens(q), q, corpus)(doc), 1, '"morning" is said by "7am"');
    const late = analyseQuestion('How late do you stay open on a Friday night?', corpus);
    assert.ok(late.tokens.find((t) => t.surface === 'night')?.alternatives?.includes('pm'), 'a night is the "pm" of a timetable, as an evening is');
  });
});

describe('retrieve: the gate\'s coverage', () => {
  // A boat hire company's page, written for this test: one section gives a duration, the other none.
  const pages = [
    { path: 'locks.md', content: '# Locks\n\n## Working a lock\n\nAllow about twenty minutes for each lock on the canal.\n\n## Lock keepers\n\nLock keepers wear blue jackets and help crews on busy weekends.\n\n## Keys\n\nThe windlass cupboard key is held by our yard manager, Sam Ortiz.' },
  ];
  const corpus = Corpus.build(createCoach({ corpus: loadBuiltinCorpus(), documents: pages }).passages());

  it('counts the figure a question asks for as a word the answer says in its own way', () => {
    // "How long…" is met by "about twenty minutes", which repeats none of its words.
    const r = retrieve(analyseQuestion('Roughly how long should we allow for getting through each lock?', corpus), corpus);
    assert.match(r.gate.passage?.text ?? '', /twenty minutes/);
    assert.ok(r.gate.coverage > r.coverage, `${r.gate.coverage} ${r.coverage}`);
  });

  it('counts a person asked for ("who…?") the same way, met by a passage that names someone', () => {
    const r = retrieve(analyseQuestion('Who should we ask for the key to the windlass cupboard?', corpus), corpus);
    assert.match(r.gate.passage?.text ?? '', /Sam Ortiz/);
    assert.ok(r.gate.coverage > r.coverage, `${r.gate.coverage} ${r.coverage}`);
  });

  it('counts it against a passage that gives no such figure, and leaves other questions as they were', () => {
    const asked = retrieve(analyseQuestion('How long do lock keepers wear blue jackets?', corpus), corpus);
    assert.doesNotMatch(asked.gate.passage?.text ?? '', /minutes/);
    assert.ok(asked.gate.coverage < asked.coverage, `${asked.gate.coverage} ${asked.coverage}`);
    const plain = retrieve(analyseQuestion('What colour jackets do lock keepers wear?', corpus), corpus);
    assert.equal(plain.gate.coverage, plain.coverage);
  });

  it('counts a word the corpus knows from another page as said where a page says it in other words, at half credit, for the gate only', () => {
    // "novice" is a word of the built-in corpus; this page says "beginners" (WordNet: one sense).
    const clay = withPage('clay.md', '# Clay\n\n## Clay we sell\n\nMillbrook Buff is the clay on all our courses and the best choice for beginners. Crank is coarse and meant for sculpture.\n');
    const r = retrieve(analyseQuestion('Which clay body would you recommend for a complete novice?', clay), clay);
    assert.match(r.gate.passage?.text ?? '', /beginners/);
    assert.ok(r.gate.coverage > r.coverage, `${r.gate.coverage} ${r.coverage}`);
  });

  it('weighs a noun of a question that nothing leads to a word of the sources above its topic weight: a topic they lack', () => {
    const more = Array.from({ length: 20 }, (_, i) => `## Notice ${i + 1}\n\nNotice ${i + 1} is pinned by the door.\n`).join('\n');
    const course = withPage('course.md', `# Beginners\n\n## The course\n\nThe beginner course runs on Saturdays. The opening session covers safety.\n\n${more}`);
    const q = analyseQuestion('Which chess opening is best for a beginner?', course);
    const content = contentTokens(q);
    const scorer = coverageScorer(content, q, course);
    // (The same words with the noun read as any word the corpus lacks: its topic weight.)
    const plain = { ...q, tokens: q.tokens.map(({ stranger: _, ...t }) => t) };
    const plainScorer = coverageScorer(contentTokens(plain), plain, course);
    assert.ok(scorer.total > plainScorer.total, `${scorer.total} ${plainScorer.total}`);
    const at = course.position(retrieve(q, course).ranked[0].passage.id)!;
    assert.ok(scorer(at) < plainScorer(at), `${scorer(at)} ${plainScorer(at)}`);
  });
});

/** The built-in corpus with one page of a team's own beside it, as the coach indexes it. */
const withPage = (path: string, content: string) => Corpus.build(createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path, content }] }).passages());

describe('retrieve: the index', () => {
  it("counts a question word once however many of the words it is read as a passage says", () => {
    // "fetch my son after practice finishes": son is read as child, children and junior.
    const index = Bm25Index.build([
      { name: ['safeguarding'], body: ['child', 'children', 'junior', 'coach', 'dbs', 'check', 'renew', 'year'] },
      { name: ['collection'], body: ['parent', 'collect', 'child', 'within', 'minute', 'end', 'session', 'late'] },
      ...['kit', 'fee', 'bar', 'pitch'].map((w) => ({ name: [w], body: [w, 'club', 'member', 'child'] })),
    ]);
    const son = [
      { term: 'child', weight: 0.7, group: 0 },
      { term: 'children', weight: 0.7, group: 0 },
      { term: 'junior', weight: 0.7, group: 0 },
    ];
    const hits = index.search([...son, { term: 'end', weight: 1, group: 1 }], 2);
    assert.equal(hits[0].doc, 1);
    // Ungrouped terms stand alone, as before.
    assert.equal(index.search([...son.map(({ term, weight }) => ({ term, weight })), { term: 'end', weight: 1 }], 2)[0].doc, 0);
  });
});

describe('retrieve: ranking', () => {
  it('prefers, for a rule question ("can I…?"), the passage that states a rule', () => {
    const park = withPage('visiting.md', '# Visiting\n\n## Walks\n\nThe lake path suits a dog walk.\n\n## Rules\n\nYour dog must be on a lead beside the lake, and owners clear up after them.\n');
    assert.equal(retrieve(analyseQuestion('can i bring my dog to the lake?', park), park).ranked[0]?.passage.title, 'Rules');
    assert.equal(retrieve(analyseQuestion('Is the lake path a good dog walk?', park), park).ranked[0]?.passage.title, 'Walks');
  });

  it('answers "when" with a length of time placed before or after something, as with a time of day', () => {
    const club = withPage('events.md', '# Event day\n\n## Helpers\n\nThe download team works from 10.30am, and control collectors set out at 2pm once the course has closed.\n\n## Course closing\n\nCourse closing is set two and a half hours after the last start, so every runner has time to finish.\n');
    assert.equal(retrieve(analyseQuestion('When is course closing normally set?', club), club).ranked[0]?.passage.title, 'Course closing');
  });

  it('discounts a candidate that speaks to less than half of what its widest rival speaks to', () => {
    // A tuning folder's page: the fasting rule is on the neutering page; the appointments page
    // says "before" and gives durations, and speaks to little else of the question.
    const coach = createNodeCoach({ knowledge: [path.join(__dirname, '../fixtures/blind/vetclinic/docs')] });
    const corpus = Corpus.build(coach.passages());
    const r = retrieve(analyse('how long no food b4 the op', corpus), corpus, 4);
    const [first] = r.ranked;
    assert.match(first.passage.id, /03-neutering/, r.ranked.map((x) => x.passage.id).join(' '));
    const narrow = r.ranked.find((x) => /08-hours-and-appointments\.md#7$/.test(x.passage.id));
    assert.ok(narrow && narrow.coverage < 0.5 * first.coverage, 'the appointments page speaks to less than half of it');
  });

  it('answers from the page that says what a word of the question is a kind of, and does not refuse it ("toddlers": the children\'s ticket)', () => {
    // A tuning folder's pages: the day tickets table says "Under 3" and "Child", never "toddler".
    const coach = createNodeCoach({ knowledge: [path.join(__dirname, '../fixtures/blind/wildlifepark/docs')] });
    const a = coach.ask('do toddlers under 3 get in free??');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.excerpt ?? '', /Under 3/, a.citations.map((c) => c.excerpt).join(' | '));
  });

  it('prefers a passage that sets a band or limit in the measure of a figure the question states', () => {
    const md = '# Climbing wall\n\n## Belay kit\n\nWe lend belay devices, belay gloves and belay ropes free at the desk.\n\n## Who may belay\n\nClimbers under 14 may not belay, and those aged 14 to 17 may belay only after passing our test.\n';
    const corpus = withPage('wall.md', md);
    const titles = (q: string) => retrieve(analyseQuestion(q, corpus), corpus, 3).ranked.map((x) => x.passage.title);
    // The kit chunk says "belay" three times and leads on words alone; the age decides.
    assert.deepEqual(titles('can my 12 yr old belay?').slice(0, 2), ['Who may belay', 'Belay kit']);
    assert.equal(titles('where do I get belay kit?')[0], 'Belay kit');
    // A claim's figure is what is checked, not a band it asks for.
    assert.equal(retrieve(analyse('my 12 yr old can belay', corpus), corpus, 3).ranked[0]?.passage.title, 'Belay kit');
  });

  it('reads an age the asker states in years as an age, not as a span of years', () => {
    // Both sections set an age limit; only one speaks of years, and those are no age.
    const md = '# Climbing wall\n\n## Auto-belays\n\nChildren under 8 must be clipped in by an adult. Leaders need 2 years of experience before they run an auto-belay session.\n\n## Ages and supervision\n\nClimbers aged 14 to 17 may belay only after passing our test.\n';
    const corpus = withPage('wall.md', md);
    const top = (q: string) => retrieve(analyseQuestion(q, corpus), corpus, 3).ranked[0]?.passage.title;
    assert.equal(top('can my 12 yr old belay?'), 'Ages and supervision');
    assert.equal(top('can my twelve year old belay?'), 'Ages and supervision');
    assert.equal(top('how many years of experience do leaders need for auto-belays?'), 'Auto-belays');
  });

  it("does not draw a question on one section to a document's opening by the words of its title, but answers its whole title from there", () => {
    const md = '# Mooring Fees and the Waiting List\n\nBerths are at the river basin and the canal arm. Fees are set each April.\n\n## Joining the waiting list\n\nAdd your name at the office. The wait for a berth on the canal arm is about 6 months, and the river basin takes longer.\n\n## Fees\n\nA berth costs £40 a month, paid by standing order.\n';
    const corpus = withPage('moorings.md', md);
    const first = (q: string) => retrieve(analyseQuestion(q, corpus), corpus, 3).ranked[0]?.passage.title;
    // The opening's name once held "mooring", "waiting" and "list": it outranked the section that answers.
    assert.equal(first('is there a wait for a mooring on the canal arm?'), 'Joining the waiting list');
    assert.equal(first('Tell me about Mooring Fees and the Waiting List'), 'Mooring Fees and the Waiting List');
    // A question that says a short title and asks more is not taken to be about the whole document.
    const deskCorpus = withPage('lost.md', '# Lost Property\n\nWe keep anything found in the building at the front desk for a while and log it in the lost property book.\n\n## Unclaimed items\n\nAfter a month, anything unclaimed goes to charity.\n');
    const top = (q: string) => retrieve(analyseQuestion(q, deskCorpus), deskCorpus, 3).ranked[0]?.passage.title;
    assert.equal(top('does lost property go to charity?'), 'Unclaimed items');
    assert.equal(top('tell me about lost property'), 'Lost Property');
  });

  it("finds a row of a table chunk by its words, though the headings repeat on every row", () => {
    // A tuning folder's fee table (six rows read with their headings) beside a short passage on
    // the children's class that says "class" and "costs".
    const school = createNodeCoach({ knowledge: [path.join(__dirname, '../fixtures/blind/cookery/docs')] });
    const corpus = Corpus.build(school.passages());
    const first = (q: string) => retrieve(analyse(q, corpus), corpus, 3).ranked[0]?.passage.title;
    assert.equal(first('How much does a one-day class cost?'), 'Course fees');
    assert.equal(first('What is the fee for the weekend bread course?'), 'Course fees');
  });

  it('indexes a curated passage with its schema kind\'s name: "the hamstring group" finds the group', () => {
    const corpus = Corpus.fromJSON(loadBuiltinCorpus());
    const r = retrieve(analyse('Which muscles make up the hamstring group?', corpus), corpus, 4);
    assert.equal(r.ranked[0]?.passage.id, 'hamstrings', r.ranked.map((x) => x.passage.id).join(' '));
  });
});
