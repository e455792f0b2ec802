import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createCoach } from '../../src/engine/coach';
import { grantedTerms } from '../../src/engine/compose';
import { createNodeCoach, loadBuiltinCorpus } from '../../src/node';
import type { Passage } from '../../src/engine/types';
import { marked, type Token, type Tokens } from 'marked';

/** Which sentence of the cited passage leads the answer: what the question asks for, not what it grants. */

/** A coach over the built-in corpus and one page of a team's documents. */
const coachOn = (path: string, content: string) => createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path, content }] });

const passage = (id: string, title: string, text: string): Passage => ({ id, kind: 'concept', title, text, source: { file: 'notes.md', section: title } });

describe('answer sentences', () => {
  const coach = createCoach({
    corpus: [
      passage(
        'saddle',
        'Saddle setup',
        'A saddle set at the right height lets the knee bend slightly at the bottom of the pedal stroke. Riders adjust saddle height with a hex key at the seat post clamp. The saddle nose should sit level, or tilt down a degree or two for riders with numbness.',
      ),
      passage('cleats', 'Cleat position', 'Cleats sit under the ball of the foot. Moving them back eases calf load on long climbs.'),
    ],
    minCoverage: 0.2,
  });

  it('finds the words a clause grants', () => {
    assert.deepEqual(grantedTerms('Apart from the knee bend, how do riders change saddle height?'), ['apart', 'knee', 'bend']);
    assert.deepEqual(grantedTerms('How do riders change saddle height?'), []);
  });

  it('leads with the sentence holding what the question asks for', () => {
    const a = coach.ask('which clamp do riders use to set the saddle at the right height?');
    assert.equal(a.citations[0]?.id, 'saddle');
    assert.match(a.citations[0].excerpt, /^Riders adjust saddle height with a hex key at the seat post clamp/);
    // "what sets" asks for no noun: the sentence that shares most leads.
    assert.match(coach.ask('what sets the height of the saddle for the knee bend?').citations[0].excerpt, /^A saddle set at the right height/);
  });

  it('reads each of paragraphs that open alike as about what it opens with', () => {
    const youth = coachOn('youth.md', '# Youth theatre\n\nJuniors (ages 8 to 11) meet on Saturday mornings in the Studio. Sessions cost £5 each, or £50 for a term paid in advance.\n\nInters (ages 12 to 14) meet on Monday evenings in the Loft Room. Sessions cost £6 each, or £60 for a term paid in advance.\n\nSeniors (ages 15 to 18) meet on Wednesday evenings on the main stage. Sessions cost £7 each, or £70 for a term paid in advance.\n');
    const a = youth.ask('What does a whole term of the Seniors group cost if I pay up front?');
    assert.match(a.citations[0]?.excerpt ?? '', /£70/, a.answer);
    assert.match(youth.ask('How much is a term of the Inters paid in advance?').citations[0]?.excerpt ?? '', /£60/);
  });

  it('brings a FAQ question along with its answer without letting it crowd out a second answer', () => {
    const hall = createCoach({
      corpus: loadBuiltinCorpus(),
      documents: [
        {
          path: 'access.md',
          content:
            '# Access\n\n## Seating\n\n**Where can wheelchair users sit?**\nThe main house has three wheelchair spaces at the end of row B. The gallery is reached by lift and can take up to five wheelchair users. Book a space through the office so that a companion seat is kept free.\n\n**Is there a hearing loop?**\nYes, in the main house and at the office counter.\n',
        },
      ],
      minCoverage: 0.2,
    });
    // (The gallery's sentence shares one more word; the question's "main" is in the other.)
    const a = hall.ask('How many places for wheelchair users are there in the main auditorium?');
    assert.match(a.citations[0]?.excerpt ?? '', /three wheelchair spaces/, a.answer);
  });

  it('answers "when" with a weekday or a month named, a date told coarsely', () => {
    const md = '# Governance\n\n## The annual meeting\n\n- Papers for the annual meeting are posted to every member at least 14 days beforehand.\n- Proposals must reach the secretary at least 30 days before the meeting.\n- The annual meeting takes place on the first Tuesday in October, in the pavilion.\n- Forty members make a quorum.\n\n## Committee\n\nThe committee meets monthly.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'governance.md', content: md }] });
    for (const q of ['When is the annual meeting?', 'annual meeting wen is it']) {
      const a = club.ask(q);
      assert.match(a.citations[0]?.excerpt ?? '', /first Tuesday in October/, `${q}: ${a.answer}`);
    }
  });

  it('reads the sentences after a question the page asks as its answer ("How far ahead should school groups book? At least six weeks…")', () => {
    const farm = coachOn('farm.md', '# Visiting the farm\n\n**How far ahead should school groups book?**\nAt least six weeks before the visit, because spring dates go quickly. A deposit of £30 holds the date.\n\n**Is there parking?**\nThe car park has 40 spaces. Coaches stop in the lay-by on Mill Lane, and school groups walk up from there.\n');
    const excerpt = farm.ask('How far ahead do school groups need to book?').citations[0]?.excerpt ?? '';
    assert.match(excerpt, /six weeks before the visit/);
    assert.doesNotMatch(excerpt, /lay-by/, 'the parking answer names school groups but answers another question');
  });

  it('brings the answer along with a question the page asks in its text ("Q: … Where is it?" then "A: …")', () => {
    const club = coachOn('faq.md', '# Questions\n\n## Kit\n\n**Q: Can I borrow a racket?**\nA: Yes. Loan rackets are free for your first eight weeks.\n\n**Q: I left my racket behind last week. Where is it?**\nA: Lost property is kept in the Shuttle Room for 30 days.\n');
    const a = club.ask('left my racket there last wk');
    assert.match(a.citations[0]?.excerpt ?? '', /Where is it\?\s+A: Lost property is kept in the Shuttle Room for 30 days/, a.answer);
  });

  it('reads a table row by its whole first cell, however many words it takes ("Function room, evening 6pm–midnight")', () => {
    const md = '# Hiring the clubhouse\n\n## Prices\n\n| Room | Capacity | Members | Non-members |\n| --- | --- | --- | --- |\n| Function room, per hour | 80 seated | £25 | £40 |\n| Committee room, per hour | 12 seated | £12 | £18 |\n| Function room, evening 6pm–midnight | 80 seated | £220 | £320 |\n';
    const hall = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'hire.md', content: md }], minCoverage: 0.2 });
    const a = hall.ask("I'm not a member - how much would it be to book the big room for an evening birthday do?");
    assert.match(a.citations[0]?.excerpt ?? '', /^Room: Function room, evening 6pm–midnight/, a.answer);
  });

  it('answers "what night" with the sentence that names a day of the week', () => {
    const bells = coachOn('bells.md', '# Bell ringers\n\n## Practice\n\nNew ringers learn on the simulator bell in the ringing chamber, one to one with a tutor. A tutor rings beside new ringers until they can handle a bell alone. The band practises together on Wednesdays, 7.30pm to 9pm. Visitors are welcome to watch from the chamber.\n');
    assert.match(bells.ask('What night do new ringers practise?').citations[0]?.excerpt ?? '', /^The band practises together on Wednesdays/);
  });

  it('brings the figure asked for into the answer when the sentences sharing its words give none', () => {
    const library = coachOn('library.md', '# Borrowing\n\n## Interlibrary requests\n\nA request slip for a book from another county is filled in at the counter, and the librarian posts the slip to the county store the same afternoon. Staff telephone you when the county book arrives at the counter. Reserved items are held for ten days. After that they go back to the store.\n');
    const answer = library.ask('I filled in a request slip for a county book at the counter. How long have I got to pick it up?');
    assert.equal(answer.abstained, false);
    assert.match(answer.citations[0]?.excerpt ?? '', /held for ten days/);
  });

  it('quotes the line a word shares its root with before a synonym of another form ("chairman": the Chair, not the President)', () => {
    const club = coachOn('committee.md', '# The committee\n\n## Who is on the committee?\n\n- President – Alun Griffiths\n- Chair – Gareth Pryce\n- Secretary – Sian Llewellyn\n- Treasurer – Huw Bevan\n');
    assert.match(club.ask('who is the club chairman').citations[0]?.excerpt ?? '', /^- Chair – Gareth Pryce/);
  });

  it('answers "who looks after the money?" with the post that does (the lexicon\'s postDuties)', () => {
    const club = coachOn('club.md', '# The club\n\n## Who is on the committee?\n\n- Chair – Gareth Pryce\n- Secretary – Sian Llewellyn\n- Treasurer – Huw Bevan\n\n## Where does the money come from?\n\nMost of the money comes from the bar, and the rest from subs and the summer fair.\n\n## Can I give money instead?\n\nYes: money given to the club is spent on the pitch and the youth section.\n');
    const a = club.ask('Who looks after the money on the committee?');
    assert.match(a.citations[0]?.excerpt ?? '', /Treasurer – Huw Bevan/, a.answer);
  });

  it('quotes the post a "who…?" question leads to before a sentence that repeats its other words ("looks after")', () => {
    const club = coachOn('club.md', '# The club\n\n## Who runs the club?\n\nThe committee are the trustees of the club. They look after the clubhouse, the insurance and the grant applications, so that coaches can coach.\n\n- Chair – Gareth Pryce\n- Treasurer – Nadia Quill\n- Secretary – Sian Llewellyn\n');
    const a = club.ask("Who looks after the club's finances?");
    assert.match(a.citations[0]?.excerpt ?? '', /^- Treasurer – Nadia Quill/, a.answer);
  });

  it('quotes the line that names someone with the post a "who…?" question leads to, beside a sentence that shares more of its other words', () => {
    const trust = coachOn('trust.md', '# The trust\n\n## Who runs the trust?\n\nThe trust is governed by a board of six unpaid trustees, who are legally responsible for the charity. The board meets on the first Tuesday in the church hall, where the charity began.\n\n- Chair – Gareth Pryce\n- Treasurer – Nadia Quill\n- Secretary – Sian Llewellyn\n');
    const a = trust.ask("Who looks after the charity's finances on the board?");
    assert.match(a.citations[0]?.excerpt ?? '', /Treasurer – Nadia Quill/, a.answer);
  });

  it('reads a sentence that opens with "It" or "Its" as speaking of what the paragraph named before it, and quotes them together', () => {
    const club = coachOn('leagues.md', '# Leagues\n\n## Internal leagues\n\nThe Monday Snooker League runs from September to April, with eight teams of four players. Matches start at 19:30. The league secretary is Frank Ibbotson, who also keeps the handicap list.\n\nThe Wednesday Pool League uses the English pool tables. It has ten teams of five and follows blackball rules. Its league secretary is Lewis Marwood.\n');
    const a = club.ask('Who is the league secretary for the Wednesday pool league?');
    assert.match(a.answer.split('\n')[0], /^The Wednesday Pool League uses the English pool tables\. It has ten teams of five and follows blackball rules\. Its league secretary is Lewis Marwood\./, a.answer);
    assert.match(club.ask('Who is the league secretary for the Monday snooker league?').answer.split('\n')[0], /Frank Ibbotson/);
  });

  it('answers "who is in overall charge?" with the post that heads the whole (postDuties)', () => {
    const guild = coachOn('guild.md', '# The guild\n\n## Our officers\n\n- Master – Margaret Ellery\n- Treasurer – Priya Lambert\n- Secretary – Jean Whitlock\n\n## What the guild takes charge of\n\nThe guild takes charge of the bells at all five towers and pays for their overall upkeep.\n');
    const a = guild.ask('Who is in overall charge of the guild?');
    assert.match(a.answer, /Master – Margaret Ellery/, a.answer);
  });

  it('reads "the person" of a "who…?" question as what is asked, not what a passage must be about', () => {
    const club = coachOn('club.md', '# The club\n\n## Insurance\n\nEvery member has personal accident cover while at the club, and the welfare of every child is covered by our policy.\n\n## Welfare\n\nOur Welfare Officer is Dana Frost, who takes any report about a child.\n');
    const a = club.ask('Who is the welfare person for the club?');
    assert.match(a.citations[0]?.excerpt ?? '', /Dana Frost/, a.answer);
  });

  it('answers "how many people" with a count of people however the sources name them ("140 members")', () => {
    const guild = coachOn('guild.md', '# The guild\n\n## Who we are\n\nNobody is paid for ringing, and the bells belong to the parishes, not to the guild. The guild looks after the ringing at five towers. Today it has about 140 members, and 30 of them are under 18.\n\n## Towers\n\nThe guild rings at five towers.\n');
    const a = guild.ask('How many people belong to the guild altogether?');
    assert.ok(!a.abstained, a.answer);
    assert.match(a.answer, /140 members/, a.answer);
  });

  it('reads a question typed as a noun phrase ending in "price", or "price for…", as asking a price', () => {
    const rink = coachOn('prices.md', '# Prices\n\n## The Frost Card\n\nThe Frost Card is our yearly membership for regular skaters. It costs £25 a year for adults and £15 for under-16s. The Frost Card discount cannot be used on party packages.\n\n## Ten-skate passes\n\nA ten-skate pass cannot be combined with the Frost Card discount.\n');
    for (const question of ['frost card price for under 16s', 'frost card price']) {
      const a = rink.ask(question);
      assert.match(a.citations[0]?.excerpt ?? '', /£15 for under-16s/, `${question}: ${a.answer}`);
    }
  });

  it('answers how much a discount is with the share it gives ("10 per cent off")', () => {
    const bakery = coachOn('members.md', '# Members\n\n## Joining\n\nJoining costs £12 a year, and the card is posted within a week. Members may order cakes two days ahead. Members get 10 per cent off every loaf and cake at the counter. The card must be shown at the till.\n');
    const a = bakery.ask('Do members get money off, and how much?');
    assert.match(a.answer.split(/(?<=\.) /)[0], /^Members get 10 per cent off/, a.answer);
  });

  it('reads a club\'s "sub" as its subscription', () => {
    const guild = coachOn('joining.md', '# Joining\n\n## Subscriptions\n\nSubscriptions are due by 31 March each year, and a member who has not paid by then lapses.\n\n## Practice\n\nPractice starts at 7.30 pm on Tuesdays in the tower.\n');
    const a = guild.ask('What is the last date I can pay my yearly sub?');
    assert.match(a.answer, /31 March/, a.answer);
  });

  it('answers "in which month" with the sentence that names a month', () => {
    const choir = coachOn('choir.md', '# Concerts\n\n## The year\n\nThe youth choir sings carols in the market square, and the youth choir also joins the church service. Its visit to the mayor falls each April. The youth choir travels to the festival abroad with two parents as chaperones.\n');
    assert.match(choir.ask('In which month does the youth choir sing for the mayor?').citations[0]?.excerpt ?? '', /falls each April/);
  });

  it('quotes the table row the question names', () => {
    const venue = createCoach({
      corpus: loadBuiltinCorpus(),
      documents: [{ path: 'rooms.md', content: '# Rooms\n\n| Room | Where | Capacity |\n| --- | --- | --- |\n| Loft Room | First floor | 40 people |\n| Studio | Ground floor, rear | 60 seats |\n| Main house | Ground floor | 186 seats |\n' }],
    });
    const a = venue.ask('How many people can the Studio seat?');
    assert.match(a.citations[0]?.excerpt ?? '', /^Room: Studio;.*60 seats/, a.answer);
  });

  it('weighs down what a "besides" clause grants', () => {
    const granted = coach.ask('Apart from the knee bend, how do riders change saddle height?');
    assert.match(granted.citations[0].excerpt, /^Riders adjust saddle height with a hex key/);
  });

  it("answers from a team's own page, not a list of curated exercises, when the page is the best match", () => {
    const team = createNodeCoach({ knowledge: [path.join(__dirname, '../fixtures/blind/climbing/docs')] });
    const a = team.ask('good fingerboard workout for strength?');
    assert.ok(!a.abstained);
    assert.equal(a.citations[0]?.kind, 'document', a.answer);
    assert.doesNotMatch(a.answer, /^Exercises from the sources/);
    // A curated exercise that is the best match is still listed.
    assert.match(team.ask('exercises for weak calves').answer, /^Exercises from the sources/);
  });

  it('picks the row of a table that the question names by its figure', () => {
    const academy = createNodeCoach({ knowledge: [path.join(__dirname, '../fixtures/blind/football/docs')] });
    const a = academy.ask('Which size of ball do the under-11s play with?');
    assert.match(a.citations[0]?.excerpt ?? '', /Under-11[^.]*Size 4/, a.answer);
    // A later sentence of a list item is chosen with the item's first sentence, which names it.
    const hold = academy.ask('For the Copenhagen plank, how many seconds should each hold be for older players?');
    assert.match(hold.citations[0]?.excerpt ?? '', /^7\. Copenhagen planks.*Hold for 20 seconds/, hold.answer);
  });

  it('quotes the list item whose label the question names, not the item that spells out the measure', () => {
    const md = '# Grading\n\n## Belts\n\n- Yellow belt: a total score of 50 or more\n- Green belt: 65 or more\n- Black belt: 85 or more\n\nEvery grading also needs a clean kata, whatever your total score.\n';
    const dojo = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'grading.md', content: md }] });
    const a = dojo.ask('What total score earns a black belt?');
    assert.match(a.citations[0]?.excerpt ?? '', /Black belt: 85 or more/, a.answer);
    assert.doesNotMatch(a.citations[0]?.excerpt ?? '', /whatever your total score/, 'the sentence that only repeats the measure is no answer');
  });

  it('quotes with a sentence that sets out a case the sentence after it, which says what to do', () => {
    const md = '# Punching\n\n## At a control\n\n1. Put your card in the hole of the unit.\n2. Wait for the beep and the flash.\n\nIf a unit stays silent and does not flash, it may be broken or flat. Use the pin punch on the flag to mark a spare box on your map instead.\n\n## Results\n\nResults go online the same evening.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'punching.md', content: md }] });
    const a = club.ask("The unit is silent and won't flash, how do I prove I was there?");
    assert.match(a.citations[0]?.excerpt ?? '', /may be broken or flat\. Use the pin punch/, a.answer);
  });

  it('quotes a bare "Yes." with the sentence after it, which says what it grants', () => {
    const md = '# Fees\n\n## Is there money off for families?\n\nYes. A second child pays £12 a term instead of £18, and a third pays nothing. Family reductions cover the termly fee only, never trips or the annual camp.\n\n## Paying\n\nFees are paid by bank transfer in the first week of term.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'fees.md', content: md }] });
    const a = club.ask('any family reductions?');
    assert.match(a.citations[0]?.excerpt ?? '', /Yes\. A second child pays £12/, a.answer);
  });

  it('quotes the sentence that gives the very figure the question states, in any unit', () => {
    const md = '# Safety\n\n## If you get lost\n\n- Stop and stay calm. Try to relocate on a big feature such as a road or a wall.\n- If you still cannot work out where you are after 15 minutes, follow the safety bearing printed on your map.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'safety.md', content: md }] });
    const a = club.ask("I've been lost for a quarter of an hour and can't relocate - what now?");
    assert.match(a.citations[0]?.excerpt ?? '', /safety bearing/, a.answer);
  });

  it('quotes the band or limit that a figure the question states falls in, not another band of the list', () => {
    const md = '# Kit\n\n## Buoyancy aids\n\nEveryone on the water wears a buoyancy aid. Aids are colour-coded by body weight:\n\n- Blue: children from 30 to 50 kg\n- Red: adults from 50 to 70 kg\n- Black: adults over 70 kg\n\nLifejackets are carried on every safety boat.\n';
    const centre = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'kit.md', content: md }] });
    const heavy = centre.ask('Which colour of buoyancy aid does an adult weighing 80 kg get?');
    assert.match(heavy.citations[0]?.excerpt ?? '', /weight:\n- Black: adults over 70 kg/, heavy.answer);
    const light = centre.ask('Which colour of buoyancy aid does an adult weighing 60 kg get?');
    assert.match(light.citations[0]?.excerpt ?? '', /weight:\n- Red: adults from 50 to 70 kg/, light.answer);
  });

  it('quotes the age band an age the question states falls in, or misses, though the band repeats none of its words', () => {
    const md = '# Juniors\n\n## Going round alone\n\nJuniors aged 12 and over may go round any course alone once a coach has signed them off. Juniors aged 10 and 11 may go round the easy courses on their own. Children under 10 must be shadowed by an adult on every course.\n\n## Lunch club\n\nThe lunch club serves a two-course hot meal in the hall every Thursday for £6.50. It is open to anyone aged 65 or over. Bowls follows at 2pm.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'juniors.md', content: md }] });
    const lad = club.ask('my lad is 8 can he go round by himself??');
    assert.match(lad.citations[0]?.excerpt ?? '', /Children under 10 must be shadowed/, lad.answer);
    const nan = club.ask('my nan is 62 can she go 2 the lunch club');
    assert.match(nan.citations[0]?.excerpt ?? '', /aged 65 or over/, nan.answer);
    // (A limit of years held is no band of ages: "my 13-year-old" is not met by "for three years".)
    const md2 = '# Volunteering\n\n## Roles\n\nDelivery drivers (aged 21 and over) take parcels out on Fridays. They must have held a full driving licence for at least three years. Café volunteers (aged 14 and over) serve food on weekdays.\n';
    const bank = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'volunteering.md', content: md2 }] });
    const teen = bank.ask('Can my 13-year-old help out with deliveries?');
    assert.doesNotMatch(teen.citations[0]?.excerpt ?? '', /^They must have held/, teen.answer);
  });

  it("leads with the sentence that answers, not one that repeats the corpus's general subject (\"for runners\")", () => {
    const coach = createCoach({ corpus: loadBuiltinCorpus() });
    for (const question of ['List the muscles of the core for runners.', "Name the muscles that make up a runner's core"]) {
      const a = coach.ask(question);
      assert.match(a.answer, /^The core is a team of muscles: the abdominals, paraspinal muscles/, a.answer);
    }
  });

  it('quotes the rule whose period a month the question names falls in ("join in July": "after 1 June")', () => {
    const md = '# Joining\n\n## Membership\n\nThe membership year runs from 1 October to 30 September. Adults pay the full fee of £30 and juniors pay £10. Anyone joining after 1 June pays half. Cards are posted within a week.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'joining.md', content: md }] });
    const july = club.ask('If I join in July, do I still pay the full fee?');
    assert.match(july.citations[0]?.excerpt ?? '', /^Anyone joining after 1 June pays half/, july.answer);
    const february = club.ask('If I join in February, do I still pay the full fee?');
    assert.match(february.citations[0]?.excerpt ?? '', /^Adults pay the full fee/, february.answer);
  });

  it('lists what a list question names: exercises for "list the exercises", the members for "which muscles"', () => {
    const coach = createCoach({ corpus: loadBuiltinCorpus() });
    const exercises = coach.ask('list the exercises for the glutes');
    assert.match(exercises.answer, /^Exercises from the sources/);
    assert.ok(exercises.citations.length && exercises.citations.every((c) => c.kind === 'exercise'), exercises.answer);
  });

  it('leads with the list item whose label the question names ("- Male dogs: …")', () => {
    const md = '# Neutering\n\n## When to neuter\n\n- Cats: from 4 months of age, male or female. Male dogs of giant breeds should wait until they stop growing.\n- Male dogs: from 6 months for small and medium breeds.\n';
    const vets = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'neutering.md', content: md }] });
    const a = vets.ask('When can male dogs be neutered?');
    assert.match(a.answer.split('\n')[0], /^- Male dogs: from 6 months/, a.answer);
  });

  it('leads with the sentence that holds the unit asked for, though it repeats none of the question', () => {
    const md = '# Injuries\n\n## Sever\'s disease\n\nSever\'s disease is a growth-related heel condition in active children. It usually settles within 6 to 12 months, once the growth plate closes. Many players keep training at 50 to 75 per cent of their normal load.\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'injuries.md', content: md }] });
    const a = club.ask("How long does Sever's disease normally take to clear up?");
    assert.match(a.answer.split('\n')[0], /6 to 12 months/, a.answer);
  });

  it('answers a rule question ("can I…?", "…, is it ok to…?") with the sentence that states the rule', () => {
    const md = '# Visiting\n\n## Dogs\n\nOur car park opens at 8am and closes at dusk. Dog walkers often stroll round the lake at weekends. Dogs must be kept on a lead by the lake. The café by the gate sells hot drinks and cakes.\n';
    const park = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'visiting.md', content: md }] });
    const a = park.ask('Can I bring my dog to the lake?');
    assert.match(a.answer.split('\n')[0], /^Dogs must be kept on a lead/, a.answer);
    // (A question that says "can I" inside it asks something else: where, when, how much.)
    assert.match(park.ask('Where can I walk my dog round the lake?').answer.split('\n')[0], /^Dog walkers often stroll/);
  });

  it('answers a question that names a rule in one word ("banned") with the sentence that states that rule in other words', () => {
    const md = '# Glazes\n\n## Raw glaze materials\n\nMixing glazes from raw materials is allowed for members who have done the glaze course, on Thursday afternoons. Oxides and colourants are kept in the locked cabinet. The studio does not stock barium carbonate, and members must not bring it in. Spilt glaze powder is wiped up wet.\n';
    const studio = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'glazes.md', content: md }] });
    assert.match(studio.ask('Is there any glaze material that is completely banned from the studio?').answer.split('\n')[0], /^The studio does not stock barium carbonate/);
    const a = studio.ask('Are there glaze materials that are banned?');
    assert.match(a.answer, /barium carbonate/, a.answer);
  });

  it('quotes the one sentence under a heading that names several things, not the heading\'s other items', () => {
    const md = '# Rules\n\n## Sheds and other structures\n\n13. Each plot may have one shed, no larger than 2.4 metres by 1.8 metres.\n14. Garden greenhouses must be glazed with safety glass or polycarbonate.\n15. Polytunnels up to 4 metres long are allowed on full plots only, with written permission.\n16. Ponds are allowed if they are fenced and no deeper than 30 cm.\n';
    const society = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'rules.md', content: md }] });
    const a = society.ask("What is the largest garden shed I'm allowed to put up on my plot?");
    assert.match(a.answer.split('\n')[0], /2\.4 metres by 1\.8 metres/, a.answer);
  });

  it('answers "who is…?" with the passage and sentence that name someone the question does not', () => {
    const md = '# Safeguarding and Guests on Air\n\nEveryone who comes into contact with the station, whether as a volunteer, guest or listener, should be safe. This page answers the questions volunteers ask most often. If in doubt, ask the Safeguarding Lead before you act, not afterwards.\n\n## Who is the Safeguarding Lead?\n\nOur Safeguarding Lead is Priya Nandakumar, and her deputy is Tom Askew. Their phone numbers are on the noticeboard outside the studio. One of them is always reachable, including evenings and weekends.\n\n## Do I need a DBS check?\n\nYou need an enhanced DBS check if you work with under-18s. The station pays for the check, and it is renewed every 3 years.\n';
    const radio = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'safe.md', content: md }] });
    const a = radio.ask("Who is the station's Safeguarding Lead?");
    assert.match(a.answer.split('\n')[0], /Priya Nandakumar/, a.answer);
  });

  it('answers "what types of…?" with the list the passage introduces, though another sentence leads', () => {
    const md = '# Committee and Fundraising\n\n## Sponsorship\n\nLocal businesses can sponsor station programmes or features. Sponsorship deals are negotiated by the Treasurer and approved by the committee. We do not accept sponsorship from:\n\n- gambling companies\n- alcohol brands\n- payday lenders\n\n## Handling cash\n\nCash from collections must always be counted by two volunteers together.\n';
    const radio = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'funds.md', content: md }] });
    const a = radio.ask('What types of business will the station refuse sponsorship from?');
    assert.match(a.answer, /gambling companies\n- alcohol brands\n- payday lenders/, a.answer);
  });

  it('answers a question that sets out a case ("when the car park is full") with the sentence that opens with one', () => {
    const md = '# Arriving by car\n\n## Parking\n\nPlease reverse into your space so that your headlights face away from the observing field when you leave. The car park holds 14 cars. If the car park is full, you may park in the lay-by at Hollins Farm by prior arrangement.\n';
    const site = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'parking.md', content: md }] });
    const a = site.ask('Where can I leave my car when the car park has no spaces left?');
    assert.match(a.citations[0]?.excerpt ?? '', /^If the car park is full/, a.answer);
    // (A case word that opens the question asks when: no case set out.)
    assert.doesNotMatch(site.ask('How many cars does the car park hold?').citations[0]?.excerpt ?? '', /^If the car park/);
  });

  it('reads a capital letter standing alone as part of a name ("Studio C"), where the pages write it', () => {
    const md = '# Studios\n\n| Studio | Main use | Hours |\n| --- | --- | --- |\n| Studio A | Live shows | 24 hours |\n| Studio B | Editing | 8am to 10pm |\n| Studio C | Podcast booth | 9am to 9pm |\n';
    const radio = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'studios.md', content: md }] });
    const a = radio.ask('What hours is Studio C available?');
    assert.match(a.answer.split('\n')[0], /^Studio: Studio C;.*9am to 9pm/, a.answer);
  });

  it('answers a count of things asked for with the page\'s sentence that lists them', () => {
    const md = '# Vaccinations\n\nVaccines protect your dog against diseases that can kill. Every dog that is vaccinated gets a health check with a vet, and vaccinated dogs are welcome at kennels.\n\n## Core vaccines\n\nEvery dog should be protected against four core diseases: distemper, parvovirus, hepatitis and leptospirosis. Leptospirosis is given every year.\n';
    const practice = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'jabs.md', content: md }] });
    const a = practice.ask('Which four illnesses should every dog be vaccinated against as standard?');
    assert.match(a.answer.split('\n')[0], /distemper, parvovirus, hepatitis and leptospirosis/, a.answer);
  });

  it('answers a list asked for with all the items of the list the chosen sentence introduces, each on its own line', () => {
    const md = '# Honey\n\n## Labels\n\nIf you sell honey, each jar must show:\n- the word "Honey"\n- the net weight in grams\n- your name and address\n- a best-before date\n- a lot number\n\nShow entries carry no label but the show label.\n';
    const bees = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'honey.md', content: md }] });
    const a = bees.ask("What details do I have to print on the label of a honey jar I'm selling?");
    assert.match(a.answer, /must show:\n- the word "Honey"\n- the net weight in grams\n- your name and address\n- a best-before date\n- a lot number/, a.answer);
  });

  it('quotes every item of a list that the answer\'s sentence introduces, in the list\'s order, where no item is named', () => {
    const md = '# Helping out\n\n## Stewards\n\nMost of our stewards are volunteers. To join the rota you must:\n- be 16 or older;\n- be a steady skater who can stop on both edges;\n- complete a four-hour induction on rink rules and first aid;\n- give at least two sessions a month.\n\nIn return, stewards skate free at public sessions.\n';
    const rink = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'help.md', content: md }] });
    const a = rink.ask('How much training would I need before I can help out as a volunteer on the ice?');
    assert.match(a.citations[0]?.excerpt ?? '', /you must:\n- be 16 or older;\n- be a steady skater[^\n]*\n- complete a four-hour induction[^\n]*\n- give at least two sessions/, a.answer);
    // (Prose quoted after the list is a paragraph of its own: on the next line alone, Markdown
    // would read it as more of the last item.)
    const both = rink.ask('How long is the induction for stewards, and do they skate free in return?');
    assert.match(both.answer, /two sessions a month\.\n\nIn return, stewards skate free/, both.answer);
  });

  it('answers with the list item a question names, quoted after the sentence that introduces the list', () => {
    const md = '# Kit\n\n## Bag sizes\n\nThe club sells its kit bags in four sizes, each marked with a coloured zip tag:\n1. Green: 20 to 30 litres\n2. Blue: 30 to 40 litres\n3. Orange: 40 to 50 litres\n4. Grey: 50 to 60 litres\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'kit.md', content: md }] });
    const a = club.ask('Which zip tag colour is a bag of 40 to 50 litres?');
    assert.match(a.citations[0]?.excerpt ?? '', /coloured zip tag:\s3\. Orange: 40 to 50 litres/, a.answer);
    // (The first item too: the introduction right before it still comes first.)
    const first = club.ask('Which zip tag colour is a bag of 20 to 30 litres?');
    assert.match(first.citations[0]?.excerpt ?? '', /coloured zip tag:\s1\. Green: 20 to 30 litres/, first.answer);
  });

  it('quotes a sentence the next one denies only with the denial ("… paid for out of council tax. It is not.")', () => {
    const md =
      '# About the trust\n\n## Myth: "The council runs the park"\n\nMany visitors assume that the park belongs to the borough council or is paid for out of council tax. It is not. The council owns the land and leases it to the trust for £1 a year. The trust is always glad to hear from local councillors who want to visit.\n\n' +
      '## Opening hours\n\nThe park opens at 10am every day and closes at dusk.\n';
    const park = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'about.md', content: md }] });
    const answer = park.ask('Does the local council pay to keep the park going?').answer;
    // The myth is quoted (it shares most with the question) and never without what the source says of it.
    assert.match(answer, /paid for out of council tax\. It is not\./, answer);
  });

  it('shows each numbered item quoted under its own number wherever it sits in the answer', () => {
    // What a Markdown renderer shows: the number of each ordered item as displayed, and whether a
    // numbered line was swallowed into the paragraph above it.
    const shown = (answer: string) => {
      const numbers: [number, number][] = [];
      let swallowed = 0;
      const walk = (tokens: readonly Token[]) => {
        for (const t of tokens) {
          if (t.type === 'list' && (t as Tokens.List).ordered) {
            const list = t as Tokens.List;
            list.items.forEach((item, k) => numbers.push([Number(/^\s*(\d+)/.exec(item.raw)?.[1]), (list.start === '' ? 1 : Number(list.start)) + k]));
          }
          if (t.type === 'paragraph' && /\n\d+[.)]\s/.test(t.raw)) swallowed++;
        }
      };
      walk(marked.lexer(answer));
      return { numbers, swallowed };
    };
    // An item after the sentence that introduces it: "3." may not interrupt a paragraph.
    const md = '# Kit\n\n## Bag sizes\n\nThe club sells its kit bags in four sizes, each marked with a coloured zip tag:\n1. Green: 20 to 30 litres\n2. Blue: 30 to 40 litres\n3. Orange: 40 to 50 litres\n4. Grey: 50 to 60 litres\n';
    const club = createCoach({ corpus: loadBuiltinCorpus(), documents: [{ path: 'kit.md', content: md }] });
    const orange = club.ask('Which zip tag colour is a bag of 40 to 50 litres?').answer;
    assert.deepEqual(shown(orange), { numbers: [[3, 3]], swallowed: 0 }, orange);
    // Step 5 quoted before step 1: step 1 must not show as step 6.
    const team = createNodeCoach({ knowledge: [path.join(__dirname, '../fixtures/blind/cycling/docs')] });
    const report = team.ask('Within how many hours must a ride leader report an incident, and to whom?').answer;
    assert.match(report, /^5\. The ride leader must report[^\n]*\n\n1\\\. Stop the group/, report);
    const { numbers, swallowed } = shown(report);
    assert.equal(swallowed, 0, report);
    for (const [own, displayed] of numbers) assert.equal(displayed, own, report);
  });
});
