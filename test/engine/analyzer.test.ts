import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/engine/corpus';
import { chunkDocument } from '../../src/engine/documents';
import { Lexicon, LEXICON } from '../../src/engine/lexicon';
import lexiconData from '../../src/engine/generated/lexicon.json';
import { linkNames } from '../../src/engine/names';
import { agrees, comparable, fallsUnder, insideClaimedBound, insideStatedBound, numbersWritten, quantities, replacementText, roughlyApart, said, sameMeasure, statedFigures, unitsAnswered } from '../../src/engine/numbers';
import { analyse, analyseQuestion, askedNoun, contentTokens, readChatDigits } from '../../src/engine/query';
import { deniesTheOneBefore, namesSomeone, particleCompounds, pointsNamed, sentences, statesRule, termOf, words } from '../../src/engine/text';
import { Vocabulary } from '../../src/engine/vocabulary';
import { loadBuiltinCorpus } from '../../src/node';

/** The analyzer on one-line inputs: words, weights, names, figures, sentences. */

const corpus = Corpus.fromJSON(loadBuiltinCorpus());
const statuses = (q: string) => Object.fromEntries(analyse(q, corpus).tokens.map((t) => [t.typed ?? t.surface, t.status]));

describe('lexicon: how much a word says', () => {
  it('weighs common words little and rare ones much (SUBTLEX counts)', () => {
    for (const [common, rare] of [
      ['time', 'saddle'],
      ['go', 'caffeine'],
      ['good', 'proprioception'],
    ]) {
      assert.ok(LEXICON.information(common) < LEXICON.information(rare), `${common} < ${rare}`);
    }
    assert.equal(LEXICON.information('soleus'), 1);
  });

  it('reads a verb whose ending doubled its last consonant as the verb ("swapped" says what "swap" says)', () => {
    for (const [form, verb] of [['swapped', 'swap'], ['swapping', 'swap'], ['chatted', 'chat']]) {
      assert.ok(LEXICON.isWord(form), form);
      assert.equal(LEXICON.information(form), LEXICON.information(verb), form);
    }
    // (Not a word made up of a real one and a doubled letter.)
    assert.ok(!LEXICON.isWord('swappped'));
  });

  it('knows a British spelling by its American one where WordNet and the word counts have only that (lexicon britishEndings)', () => {
    for (const [british, american] of [['organiser', 'organizer'], ['organisers', 'organizer'], ['fertiliser', 'fertilizer'], ['specialised', 'specialized']]) {
      assert.ok(LEXICON.isWord(british), british);
      assert.equal(LEXICON.information(british), LEXICON.information(american), british);
      assert.equal(LEXICON.isNoun(british), LEXICON.isNoun(american), british);
    }
    assert.ok(LEXICON.namesPerson('organiser'));
  });

  it('gives a noun the corpus lacks a topic floor, a common adjective none', () => {
    assert.ok(LEXICON.topicWeight('pregnancy') > LEXICON.information('pregnancy'));
    assert.ok(LEXICON.topicWeight('shoe') >= 7 / 9);
    assert.equal(LEXICON.topicWeight('easy'), LEXICON.information('easy'));
  });

  it('gives no topic floor to a noun naming a person (WordNet noun.person)', () => {
    for (const w of ['daughter', 'kids', 'son']) {
      assert.ok(LEXICON.isNoun(w), w);
      assert.equal(LEXICON.topicWeight(w), LEXICON.information(w), `"my ${w}" says who asks, not what about`);
    }
    for (const w of ['chess', 'wedding', 'microphone', 'days']) assert.ok(LEXICON.topicWeight(w) >= 7 / 9, w);
  });

  it('knows a plural noun as a noun, as its singular (WordNet lists only "rabbit")', () => {
    for (const w of ['rabbits', 'muscles', 'candles', 'lessons', 'colonies']) assert.ok(LEXICON.isNoun(w), w);
    assert.ok(LEXICON.topicWeight('candles') >= 7 / 9, 'a topic floor for an absent plural noun too');
    assert.ok(!LEXICON.isNoun('running') && !LEXICON.isNoun('keeps'), 'no verb form becomes a noun');
  });

  it('reads chat spellings as the words they stand for', () => {
    const s = statuses('hw shud u stretch ur calves');
    assert.equal(s.how, 'stop');
    assert.equal(s.should, 'stop');
    assert.equal(s.calves, 'known');
    assert.ok(!Object.values(s).includes('unknown'));
    assert.ok('difference' in statuses('whats the diff between a soleus n a gastrocnemius'), 'a shortening read whole');
    assert.deepEqual(quantities('Give 6 mths notice, or 2 wks for a locker.').map((q) => [q.low, q.unit]), [[6, 'months'], [2, 'weeks']]);
    const filler = statuses('thats the stuff im supposed to stretch');
    for (const w of ['thats', 'stuff', 'supposed']) assert.equal(filler[w], 'stop', `"${w}" names no topic`);
    // (Nor does an indefinite pronoun: "someone who inhaled water", "whatever the season".)
    const people = statuses('should someone who inhaled water see a doctor whatever everyone says');
    for (const w of ['someone', 'everyone', 'whatever']) assert.equal(people[w], 'stop', `"${w}" names no topic`);
  });

  it('reads the verb that frames a "where" question as framing ("where would I find…" asks where it is)', () => {
    const site = Corpus.build([{ id: 'f', kind: 'concept', title: 'First aid', text: 'You will find the first aid kit in the kitchen. The defibrillator hangs beside the main door.', source: { file: 'f.md', section: 'First aid' } }]);
    const status = (q: string, w: string) => analyseQuestion(q, site).tokens.find((t) => t.surface === w)?.status;
    assert.equal(status('Where would I find the defibrillator?', 'find'), 'stop');
    assert.equal(status('where can we find a first aid kit', 'find'), 'stop');
    assert.notEqual(status('What will I find in the first aid kit?', 'find'), 'stop', 'no "where" question');
  });

  it('reads an everyday animal word as the word a handbook writes', () => {
    const q = analyseQuestion('can i bring my pooch to the lake', Corpus.build([{ id: 'd', kind: 'concept', title: 'Dogs', text: 'Dogs are welcome on the lawn on a lead.', source: { file: 'd.md', section: 'Dogs' } }]));
    const pooch = q.tokens.find((t) => t.surface === 'pooch');
    assert.equal(pooch?.status, 'synonym');
    assert.ok(pooch?.alternatives?.includes(termOf('dog')));
  });

  it('reads everyday family words as the words a handbook writes', () => {
    const pool = Corpus.build([{ id: 'p', kind: 'concept', title: 'Pool', text: 'Children under 8 swim free when a parent is in the water with them.', source: { file: 'p.md', section: 'Pool' } }]);
    const q = analyseQuestion('do the kids swim free if their dad comes in too', pool);
    const kids = q.tokens.find((t) => t.surface === 'kids');
    const dad = q.tokens.find((t) => t.surface === 'dad');
    assert.ok(kids?.alternatives?.includes(termOf('children')), 'kids are children');
    assert.ok(dad?.alternatives?.includes(termOf('parent')), 'a dad is a parent');
    const son = analyseQuestion('how old does my son have to be', pool).tokens.find((t) => t.surface === 'son');
    assert.ok(son?.alternatives?.includes(termOf('children')), 'a son is a child');
    const prices = Corpus.build([{ id: 't', kind: 'concept', title: 'Prices', text: 'Ticket: Junior (4–17); Single swim: £4.10.', source: { file: 't.md', section: 'Prices' } }]);
    assert.ok(analyseQuestion('how much is a swim for kids', prices).tokens.find((t) => t.surface === 'kids')?.alternatives?.includes(termOf('junior')), 'a table\'s junior ticket is the kids\'');
    const fees = Corpus.build([{ id: 'f', kind: 'concept', title: 'Fees', text: 'Siblings pay half the termly fee.', source: { file: 'f.md', section: 'Fees' } }]);
    const sisters = analyseQuestion('do brothers and sisters pay less', fees).tokens.filter((t) => t.surface === 'brothers' || t.surface === 'sisters');
    assert.equal(sisters.length, 2);
    for (const t of sisters) assert.ok(t.alternatives?.includes(termOf('siblings')), `${t.surface} are siblings`);
  });

  it('reads a pensioner as the concession or the age a handbook names', () => {
    const rates = Corpus.build([{ id: 'r', kind: 'concept', title: 'Rates', text: 'Concession: members aged 65 or over pay £10.', source: { file: 'r.md', section: 'Rates' } }]);
    const pensioner = analyseQuestion('how much is it to join if youre a pensioner', rates).tokens.find((t) => t.surface === 'pensioner');
    assert.equal(pensioner?.status, 'synonym');
    assert.ok(pensioner?.alternatives?.includes(termOf('concession')) && pensioner.alternatives.includes('65'));
  });

  it('counts a counted noun the sources say in other words in their words too ("grown-ups" as adults)', () => {
    const party = Corpus.build([{ id: 'a', kind: 'concept', title: 'Adults in charge', text: 'We ask for one adult for every 8 children aged 5 to 7.', source: { file: 'a.md', section: 'Adults' } }]);
    const units = analyseQuestion('How many grown-ups need to be there for a group of six-year-olds?', party).units ?? [];
    assert.ok(units.includes('adult'), JSON.stringify(units));
    assert.ok(analyseQuestion('how many kids can one adult look after', party).units?.includes('child'));
    assert.deepEqual(analyseQuestion('how many children can one adult look after', party).units, ['child'], 'a word the sources say is counted as it is');
  });

  it('reads a measure the sources do not name as the degrees they say it in ("depth" as "deeper")', () => {
    const ponds = Corpus.build([{ id: 'p', kind: 'concept', title: 'Ponds', text: 'Ponds on plots must be no deeper than 30 cm.', source: { file: 'p.md', section: 'Ponds' } }]);
    const depth = analyseQuestion('What is the maximum depth allowed for a pond?', ponds).tokens.find((t) => t.surface === 'depth');
    assert.equal(depth?.status, 'expanded');
    assert.ok(depth?.alternatives?.includes(termOf('deeper')), JSON.stringify(depth));
  });

  it('expands a word the same from the table\'s text (a cold process\'s first lookups) as from its Map', () => {
    const cold = new Lexicon(lexiconData as unknown as ConstructorParameters<typeof Lexicon>[0]);
    const ws = ['novice', 'novices', 'discount', 'strengthening', 'banned', 'sleep', 'qqq', ''];
    const scanned = ws.map((w) => [...cold.expand(w)]);
    for (let i = 0; i < 100; i++) cold.expand(`zz${i}`);
    assert.deepEqual(ws.map((w) => [...cold.expand(w)]), scanned);
    assert.deepEqual(scanned[0], [...LEXICON.expand('novice')]);
    assert.ok(scanned[0].includes('beginner'), 'a novice is a beginner');
    // …and so is what a noun is a kind of.
    const kinds = ['toddler', 'toddlers', 'husband', 'qqq', ''].map((w) => [...cold.kindsOf(w)]);
    for (let i = 0; i < 100; i++) cold.kindsOf(`zz${i}`);
    assert.deepEqual(['toddler', 'toddlers', 'husband', 'qqq', ''].map((w) => [...cold.kindsOf(w)]), kinds);
    assert.ok(kinds[1].includes('child') && kinds[2].includes('spouse'), JSON.stringify(kinds));
  });

  it('knows a real word however seldom it is said (a WordNet lemma said at least once), so it is never corrected', () => {
    for (const w of ['midweek', 'weekday', 'weeknight', 'instalments', 'vibrato']) assert.ok(LEXICON.isWord(w), w);
    const q = analyse('why does the studio shut early midweek', corpus);
    assert.deepEqual(q.corrections, [], 'not corrected into another word');
    assert.ok(q.tokens.some((t) => t.surface === 'midweek' && t.status !== 'unknown'), 'read as a real word');
  });

  it("knows an adjective's regular comparative and superlative as real words, expanded through the adjective's senses", () => {
    for (const w of ['calmer', 'quieter', 'nicer', 'safest', 'easiest']) assert.ok(LEXICON.isWord(w), w);
    assert.ok(LEXICON.expand('calmer').includes('tranquil'), JSON.stringify(LEXICON.expand('calmer')));
    const q = analyse('is there a calmer time to visit the studio', corpus);
    assert.deepEqual(q.corrections, [], 'not corrected into "caller"');
  });

  it('restores an ending chat drops, but never bends a real word or one the sources use', () => {
    const q = analyse('is stretchin ok for sore calves', corpus);
    assert.ok(q.tokens.some((t) => t.surface === 'stretching' && t.status === 'known'), 'stretchin is stretching');
    assert.deepEqual(q.corrections, [], 'not shown as a typo corrected into another word');
    assert.equal(LEXICON.restoredEnding('admin'), undefined, 'a real word stays');
    assert.equal(LEXICON.restoredEnding('waitin'), 'waiting');
    const withPage = Corpus.build([{ id: 'p', kind: 'concept', title: 'Permethrin', text: 'Permethrin is toxic to cats.', source: { file: 'p.md', section: 'Permethrin' } }]);
    assert.ok(analyse('is permethrin safe', withPage).tokens.some((t) => t.surface === 'permethrin'), 'a word the sources use is read as typed');
  });
});

describe('analyse: reading a question', () => {
  it('reads a digit chat types for a word as the word, only where the words either side show it', () => {
    assert.equal(readChatDigits('do i need 2 book friday'), 'do i need to book friday');
    assert.equal(readChatDigits('how much 4 a tent spot'), 'how much for a tent spot');
    assert.equal(readChatDigits('when can clubs apply 4 crust fund money'), 'when can clubs apply for crust fund money');
    // A figure stays a figure: a plural noun or a unit after it, or no word before it that takes "to".
    for (const t of ['we need 2 tickets', 'i need 2 hrs', 'i have 2 ppl', 'can i bring my 2 dogs', 'price 2 adults 3 kids', 'staff ratio for 2 yr olds', 'is it £2 a go']) assert.equal(readChatDigits(t), t);
    // Read so in questions only: "2 book" is then no figure the question states.
    assert.deepEqual(analyseQuestion('how much is it 2 join', corpus).stated ?? [], []);
    assert.ok(!analyseQuestion('how much is it 2 join', corpus).tokens.some((t) => t.surface === '2'));
  });

  it('never bends a real word into a corpus word, but expands it', () => {
    const s = statuses('is swimming good for the calves');
    assert.equal(s.swimming, 'expanded');
  });

  it('corrects a non-word, and a real-word slip only where it completes a name', () => {
    const q = analyse('wat does the glutious medius do', corpus);
    assert.ok(q.corrections.some((c) => c.to === 'gluteus'), JSON.stringify(q.corrections));
    const slip = analyse('what is planter flexion', corpus);
    assert.deepEqual(slip.corrections, [{ from: 'planter', to: 'plantar' }]);
    // "planter" alone completes no name: it stays a real word.
    assert.deepEqual(analyse('what does a planter do', corpus).corrections, []);
  });

  it('reads a common word the sources lack through what derives from it, where nothing it expands to is said ("sing" → song)', () => {
    assert.ok(LEXICON.derivedFrom('sing').includes('song'), JSON.stringify(LEXICON.derivedFrom('sing')));
    const auditions = Corpus.build(chunkDocument({ path: 'auditions.md', content: '# Auditions\n\nPrepare sixteen bars of a song from any musical.\n' }));
    const q = analyseQuestion('audition for a musical - what do i have to sing??', auditions);
    assert.ok(q.tokens.find((t) => t.surface === 'sing')?.alternatives?.includes(termOf('song')), JSON.stringify(q.tokens));
  });

  it('reads a clipped non-word as the one word it opens ("binocs", "pyro"), and nothing where it opens several', () => {
    const words = Vocabulary.build(['binoculars', 'binocular', 'pyrotechnic', 'pyrotechnics', 'parking', 'partner', 'particular']);
    assert.equal(words.completion('binocs', () => true)?.to, 'binocular');
    assert.equal(words.completion('pyro', () => true)?.to, 'pyrotechnic');
    assert.equal(words.completion('part', () => true), null, '"partner" and "particular" both open with it');
    assert.equal(words.completion('binoculr', () => true), null, 'not a word opened: a slip, the corrector\'s');
    assert.equal(words.completion('binocula', () => true), null, 'one or two letters short is a slip too');
    const sky = Corpus.build(chunkDocument({ path: 'sun.md', content: '# Solar observing\n\nNever look at the Sun through binoculars without a full-aperture solar filter.\n' }));
    assert.deepEqual(analyseQuestion('is it ok to look at the sun with binocs', sky).corrections, [{ from: 'binocs', to: 'binoculars' }]);
  });

  it('reads a slip in a common word as that word where no word of the sources lies nearer ("sould", "weaher"), before reading what is asked', () => {
    const rides = Corpus.build(chunkDocument({ path: 'rides.md', content: '# Rides\n\nA ride is cancelled when the forecast shows ice or gales. Keep a distance of one bike length from the rider in front.\n' }));
    const q = analyseQuestion('what weaher will get a ride cancelld', rides);
    assert.equal(q.tokens.find((t) => t.surface === 'weather')?.status, 'expanded', JSON.stringify(q.tokens));
    assert.ok(q.corrections.some((c) => c.from === 'weaher' && c.to === 'weather'));
    // A function word's slip weighs nothing, where it weighed as an unknown word.
    const gap = analyseQuestion('what dstance sould i keep from the rider in front', rides);
    assert.equal(gap.tokens.find((t) => t.surface === 'should')?.status, 'stop', JSON.stringify(gap.tokens));
    // …and the corrected noun says what is asked: a distance.
    assert.equal(gap.intent, 'figure');
    assert.ok(gap.units.includes('meters'), JSON.stringify(gap.units));
    // A short non-word is one slip from many words: only a function word is read there.
    assert.equal(analyseQuestion('is ther wifi', rides).tokens.find((t) => t.typed === 'wifi' || t.surface === 'wifi')?.status, 'unknown');
    assert.equal(analyseQuestion('is ther wifi', rides).tokens[1].status, 'stop');
    // A name the question capitalises is left as typed.
    assert.ok(!analyseQuestion('Is Brenwick riding?', rides).corrections.length);
    // (A slip after "per cent", which joins into one sign, is still read at its place.)
    const fees = Corpus.build(chunkDocument({ path: 'fees.md', content: '# Fees\n\nStudents get 10% off the yearly fee.\n' }));
    const off = analyseQuestion('is it 10 per cent off for studnts', fees);
    assert.deepEqual(off.corrections, [{ from: 'studnts', to: 'students' }]);
    assert.equal(off.tokens.at(-1)?.status, 'corrected');
  });

  it('reads a hyphenated word of the sources typed whole as its parts ("wifi" for "Wi-Fi")', () => {
    const hall = Corpus.build(chunkDocument({ path: 'hall.md', content: '# The hall\n\nThe Wi-Fi network is Hall Guest and the password is on the noticeboard.\n' }));
    const q = analyseQuestion('is there wifi', hall);
    assert.deepEqual(q.tokens.slice(-2).map((t) => [t.surface, t.status]), [['wi', 'known'], ['fi', 'known']]);
    // (A word the sources write whole stays whole.)
    assert.equal(analyseQuestion('what is the password', hall).tokens.at(-1)?.surface, 'password');
  });

  it('reads two words of the sources written side by side, typed whole, as those words ("carpark" for "car park")', () => {
    const field = Corpus.build(chunkDocument({ path: 'venue.md', content: '# Venue\n\nPark in the main car park by the gate. Cars may not use the lane.\n' }));
    const q = analyseQuestion('is there a carpark', field);
    assert.deepEqual(q.tokens.slice(-2).map((t) => [t.surface, t.status]), [['car', 'known'], ['park', 'known']]);
    // (Two words of the sources that no passage writes side by side are no compound: "gatelane".)
    assert.equal(analyseQuestion('is there a gatelane', field).tokens.at(-1)?.surface, 'gatelane');
    // (Nor is a function word one of its parts, though "the gate" is written.)
    assert.ok(!analyseQuestion('where is thegate', field).tokens.some((t) => t.surface === 'gate'));
  });

  it('reads a hyphenated word the sources do not write whole, where the dictionary does ("grown-ups")', () => {
    const trips = Corpus.build(chunkDocument({ path: 'trips.md', content: '# School trips\n\nOne adult must come for every eight children. A one-off booking fee of £20 applies.\n' }));
    const q = analyseQuestion('how many grown-ups do we need per child?', trips);
    const grown = q.tokens.find((t) => t.surface === 'grownups');
    assert.ok(grown?.alternatives?.includes(termOf('adult')), JSON.stringify(q.tokens));
    assert.ok(!q.tokens.some((t) => t.surface === 'ups'), 'no "ups" left over');
    // (A joined form that leads nowhere in the sources stays two words: "onetime" is "former".)
    assert.ok(analyseQuestion('is there a one-time fee?', trips).tokens.some((t) => t.surface === 'time'));
    // (Nor is a compound the sources write hyphenated joined: "one-off" is read as they read it.)
    assert.ok(analyseQuestion('is there a one-off fee?', trips).tokens.some((t) => t.surface === 'off'));
  });

  it('reads a cheaper rate as the discount a handbook names, but not a comparison ("cheaper than")', () => {
    const rates = Corpus.build(chunkDocument({ path: 'rates.md', content: '# Rates\n\nGuests aged 65 or over get a 10% discount. Tickets cost £10 in advance and £12 on the door.\n' }));
    const asked = analyseQuestion('is there a cheaper rate for older people?', rates).tokens.find((t) => t.surface === 'cheaper');
    assert.deepEqual([asked?.status, asked?.alternatives?.includes(termOf('discount'))], ['synonym', true], JSON.stringify(asked));
    const compared = analyseQuestion('is it cheaper than booking in advance?', rates).tokens.find((t) => t.surface === 'cheaper');
    assert.notEqual(compared?.status, 'synonym', JSON.stringify(compared));
    // (…and to moan about something is to complain about it.)
    const desk = Corpus.build(chunkDocument({ path: 'complaints.md', content: '# Complaints\n\nTo make a complaint, speak to the shift leader first.\n' }));
    assert.ok(analyseQuestion('how do i moan about a rude volunteer', desk).tokens.find((t) => t.surface === 'moan')?.alternatives?.includes(termOf('complaint')));
  });

  it('reads a weekday clipped as timetables clip it ("on tues")', () => {
    const cafe = Corpus.build(chunkDocument({ path: 'cafe.md', content: '# Café\n\nThe café is open 9am to 2pm on Tuesday and Thursday.\n' }));
    const q = analyseQuestion('wat time does the cafe shut on tues', cafe);
    assert.equal(q.tokens.at(-1)?.surface, 'tuesday', JSON.stringify(q.tokens));
    assert.ok(!q.corrections.length, 'no slip mended into "toes"');
  });

  it('reads a weekday clipped to a word of its own ("sat") as the day only where the words around it say a day', () => {
    const club = Corpus.build(chunkDocument({ path: 'classes.md', content: '# Classes\n\nThe puppy class starts at 9.30am on Saturday. Dogs sit and wait by the gate. Sunday walks meet at the sun dial.\n' }));
    const surfaces = (q: string) => analyseQuestion(q, club).tokens.map((t) => t.surface);
    assert.ok(surfaces('wot time does puppy class start on sat').includes('saturday'));
    assert.ok(surfaces('can the class run on a sat').includes('saturday'));
    assert.ok(surfaces('any classes sun mornings').includes('sunday'));
    assert.ok(surfaces('which wed is the walk').includes('wednesday'));
    // The words themselves elsewhere.
    assert.ok(!surfaces('my dog sat on the gate, is that ok').includes('saturday'));
    assert.ok(!surfaces('where is the sun dial').includes('sunday'));
    assert.ok(!surfaces('how long can a dog stay in the sun').includes('sunday'));
  });

  it('reads a common word the sources lack through the rarer words that name it ("rent" is said by "hire")', () => {
    assert.ok(LEXICON.namedBy('rent').includes('hire'), JSON.stringify(LEXICON.namedBy('rent')));
    assert.deepEqual([...LEXICON.namedBy('soleus')], []);
    const hall = Corpus.build(chunkDocument({ path: 'rates.md', content: '# Rates\n\nTo hire the main hall costs £18 an hour.\n' }));
    const q = analyseQuestion('how much to rent the main hall?', hall);
    assert.ok(q.tokens.find((t) => t.surface === 'rent')?.alternatives?.includes(termOf('hire')), JSON.stringify(q.tokens));
  });

  it('reads a question of content words alone that ends on a measure as asking for it ("kitchen hire cost?")', () => {
    const hall = Corpus.build(chunkDocument({ path: 'rates.md', content: '# Rates\n\nTo hire the kitchen costs £6 an hour.\n' }));
    const q = analyseQuestion('kitchen hire cost?', hall);
    assert.equal(q.intent, 'figure');
    assert.ok(q.units.includes('pounds-sterling'), JSON.stringify(q.units));
    // A yes-or-no question that ends on one asks no figure.
    assert.notEqual(analyseQuestion('do I still have to pay the whole hire cost?', hall).intent, 'figure');
    // Words that only close it politely change nothing of what it asks.
    for (const polite of ['kitchen hire cost pls', 'kitchen hire cost please?', 'kitchen hire cost thanks']) {
      const p = analyseQuestion(polite, hall);
      assert.equal(p.intent, 'figure', polite);
      assert.ok(p.units.includes('pounds-sterling'), `${polite}: ${JSON.stringify(p.units)}`);
    }
  });

  it('corrects a slip inside a short word', () => {
    const words = Vocabulary.build(['laser', 'large', 'lathe']);
    assert.equal(words.correct('lazer', () => true)?.to, 'laser');
    assert.equal(words.correct('lasre', () => true)?.to, 'laser');
  });

  it('between equally close words, corrects to the one that differs only in vowels, as a word is misspelt by its sound', () => {
    const words = Vocabulary.build(['coordinated', 'coordinator']);
    // ("coordinated" is the more frequent, and one slip away too.)
    const frequency = (t: string) => (t === termOf('coordinated') ? 9 : 1);
    assert.equal(words.correct('coordinater', () => true, frequency)?.to, 'coordinator');
  });

  it('reads a contraction typed without its apostrophe as the function word it is ("theyll", "whove"), never a slip', () => {
    const q = analyseQuestion('when theyll deliver the bread and whove got the key', corpus);
    assert.deepEqual(q.corrections, [], JSON.stringify(q.corrections));
    assert.ok(['theyll', 'whove'].every((w) => q.tokens.find((t) => t.surface === w)?.status === 'stop'), JSON.stringify(q.tokens));
  });

  it('between equally close words, corrects to the one a doubled letter written once makes, before a vowel slip', () => {
    const words = Vocabulary.build(['classes', 'closes', 'session', 'season']);
    const frequency = (t: string) => (t === termOf('closes') ? 9 : 1);
    assert.equal(words.correct('clases', () => true, frequency)?.to, 'classes', '"closes" is one vowel slip away, and more frequent');
    assert.equal(words.correct('sesion', () => true)?.to, 'session');
  });

  it('between equally close words, corrects to the one two neighbouring letters typed the other way round make, before a vowel slip', () => {
    const words = Vocabulary.build(['tier', 'tear', 'form', 'from']);
    const frequency = (t: string) => (t === termOf('tear') ? 9 : 1);
    assert.equal(words.correct('teir', () => true, frequency)?.to, 'tier', '"tear" is one vowel slip away, and more frequent');
  });

  it('reads cue words as corrected, and the period a rate is asked over', () => {
    const q = analyse('calf raises how oftn per week', corpus);
    assert.equal(q.intent, 'figure', 'how oftn asks how often');
    assert.deepEqual(q.per, ['weeks']);
    assert.equal(analyse('what happens per week', corpus).per, undefined, 'only a figure question asks for a rate');
  });

  it('tells the answer type from the cue words', () => {
    assert.equal(analyse('exercises for weak peroneals', corpus).intent, 'exercise');
    assert.equal(analyse('how many milliseconds before landing does the tibialis anterior fire', corpus).intent, 'figure');
    assert.equal(analyse('which muscles make up the hamstrings', corpus).intent, 'list');
    // A list says what it lists by the schema's kind names; a list of exercises is an exercise question.
    assert.deepEqual([...(analyse('which muscles make up the hamstrings', corpus).listOf ?? [])].sort(), ['group', 'muscle']);
    assert.equal(analyse('list the exercises for the glutes', corpus).intent, 'exercise');
    // A count of things after a question word asks for a list; an amount of a measure does not.
    assert.equal(analyse('Which four illnesses should every dog be vaccinated against?', corpus).intent, 'list');
    assert.equal(analyse('What are the three muscles of the hamstrings?', corpus).intent, 'list');
    assert.notEqual(analyse('What 2 hours of the day are best for a run?', corpus).intent, 'list');
    assert.equal(analyse('Which machines fall into the red category?', corpus).intent, 'list', 'a plural noun asked for, without a count');
    assert.notEqual(analyse('What hours is the workshop staffed?', corpus).intent, 'list', 'a measure is no list');
    assert.notEqual(analyse('What does the soleus do?', corpus).intent, 'list');
  });

  it('reads a question word a word or two from its noun, a lone "%", and the unit a figure question asks for', () => {
    assert.equal(analyse('which deep calf muscle keeps you upright', corpus).intent, 'anatomy');
    assert.equal(analyse('which of the calf muscles is deeper', corpus).intent, 'general');
    const pct = analyse('what % of injuries are to the achilles tendon', corpus);
    assert.equal(pct.intent, 'figure');
    assert.deepEqual(pct.units, ['percent']);
    assert.deepEqual(analyse('how many milliseconds before landing does the tibialis anterior fire', corpus).units, ['ms']);
    assert.equal(analyse('how early does the shin muscle switch on', corpus).intent, 'figure');
  });

  it('lets the noun a question word asks for outrank cue words said elsewhere', () => {
    assert.equal(askedNoun(words("What's the downside of leaving the soleus out of a training plan?")), 'downside');
    assert.equal(askedNoun(words('which hip flexor muscle is held responsible')), 'muscle');
    assert.equal(askedNoun(words('what sort of training should replace it')), 'training');
    assert.equal(askedNoun(words('what does the ankle do at push-off')), undefined, 'asked about, not for');
    assert.equal(analyse("What's the downside of leaving the soleus out of a training plan?", corpus).intent, 'general');
    assert.equal(analyse('what training plan suits a beginner', corpus).intent, 'exercise');
    // A measure word past describing words is the noun asked for, and a rate's label its period.
    assert.equal(askedNoun(words('What is the hourly charge for members using the machine?')), 'charge');
    const hourly = analyseQuestion('What is the hourly charge for members using the machine?', corpus);
    assert.equal(hourly.intent, 'figure');
    assert.deepEqual(hourly.per, ['hours']);
    assert.equal(analyseQuestion('What are the members of the quadriceps group?', corpus).intent, 'list');
  });

  it('reads the units a figure question asks for without naming one', () => {
    const long = analyse('how long does a hamstring strain take to heal', corpus);
    assert.equal(long.intent, 'figure');
    assert.ok(long.units?.includes('weeks') && long.units.includes('days') && !long.units.includes('percent'));
    assert.deepEqual(analyse('how many minutes should a warm-up last', corpus).units, ['minutes'], 'a named unit is the one asked for');
    assert.deepEqual(analyse('roughly how many musles does the body have', corpus).units, ['muscles'], 'read as corrected');
    const dose = analyse('what is the target number of sets and reps of Nordic curls', corpus);
    assert.equal(dose.intent, 'exercise');
    assert.deepEqual(dose.units, ['sets', 'reps'], 'a figure asked beside another answer type');
    const far = analyse('when I am strimming, how much distance should I keep from others', corpus).units ?? [];
    assert.ok(far.includes('meters') && far.includes('feet') && !far.includes('clock'), 'a measure asked for names its units');
    assert.deepEqual(analyse('how much extra energy can running cost', corpus).units, [], 'a measure word not asked for names none');
    assert.deepEqual(analyse('what is the latest time a boat can go out', corpus).units, ['clock'], 'the latest time is a time of day, not a duration');
    const order = analyse('What time is the last document order on a weekday?', corpus);
    assert.deepEqual(order.units, ['clock'], '"what time" asks for a time of day, and "last" after it asks no duration');
    assert.equal(order.tokens.find((t) => t.surface === 'time')?.status, 'cue', 'the asked phrase is no topic');
    assert.ok(analyse('how long does the last session last', corpus).units?.includes('minutes'), 'a duration still asked for');
    const late = analyse('how late can rehearsals go on for children', corpus).units ?? [];
    assert.ok(late.includes('clock') && late.includes('minutes'), '"how late" asks for a time of day or a delay');
    assert.ok(analyse('what age range do the juniors cover', corpus).units?.includes('age'), 'a phrase read as its own measure word still counts');
    assert.deepEqual(analyse('when am I allowed to light a bonfire', corpus).units, ['clock', 'date'], '"when am I…" asks for a point in time');
    assert.ok(analyse("what's the top wind speed for paddleboards", corpus).units?.includes('knots'));
    assert.deepEqual(quantities('paddleboard hire stops at 10 knots').map((q) => [q.low, q.unit]), [[10, 'knots']]);
    assert.ok(analyse('how much does it cost to join the club each year', corpus).units?.includes('pounds-sterling'), 'the cue, function words, then the measure');
    const pass = analyse('hw much is a day pass??', corpus).units ?? [];
    assert.ok(pass.includes('pounds-sterling') && !pass.includes('days'), 'a singular unit word before another word names a kind of thing');
    assert.ok(analyse('lost my card, how much for a new one??', corpus).units?.includes('pounds-sterling'), '"how much for" asks a price, its verb left out');
    assert.ok(analyse('parking near the club how much?', corpus).units?.includes('pounds-sterling'), 'a closing "how much" asks a price');
    assert.deepEqual(analyseQuestion('swim club times pls', corpus).units, ['clock'], 'a question typed as a noun phrase asks the point in time it closes with');
    assert.deepEqual(analyseQuestion('the october half term dates?', corpus).units, ['date']);
    assert.deepEqual(analyseQuestion('junior club nights', corpus).units, ['weekday']);
    assert.ok(!analyseQuestion('can my son walk home after the Thursday nights?', corpus).units?.includes('weekday'), 'not a question that says more than a noun phrase');
    assert.ok(!analyseQuestion('what do we pay for our times', corpus).units?.includes('clock'), 'nor a figure question that closes with one');
    const closing = analyseQuestion('freezer temp shud be wot', corpus);
    assert.equal(closing.intent, 'figure');
    assert.ok(closing.units?.includes('celsius'), 'a closing "what" asks the measure a noun before it names');
    assert.ok(!analyse('how much water should I drink on a long run?', corpus).units?.includes('pounds-sterling'), 'not where the question goes on to say what is measured');
    assert.deepEqual(analyse('how many is a day', corpus).units, ['days'], 'the unit itself, at the end');
    assert.deepEqual(analyse('how many hives are there', corpus).units, ['hive'], 'a count of things with no unit of their own');
    assert.deepEqual(analyse('what is the largest number of children allowed in one session', corpus).units, ['child'], 'an irregular plural is counted too');
    assert.deepEqual(quantities('no more than 12 children in a class').map((q) => [q.low, q.unit, q.counted]), [[12, 'child', true]]);
    assert.ok(!analyse('how long are hives left open', corpus).units?.includes('hive'), 'only a count cue counts things');
    const most = analyse("what's the most hives one member can keep", corpus);
    assert.equal(most.intent, 'figure', '"the most" before a plural noun asks for a count');
    assert.deepEqual(most.units, ['hive']);
    assert.deepEqual(analyse('the fewest players a side can field?', corpus).units, ['player']);
    assert.notEqual(analyse("what's the most common injury in runners", corpus).intent, 'figure', 'no count before an adjective');
    const ahead = analyse('how far ahead can I book a physio', corpus).units ?? [];
    assert.ok(ahead.includes('days') && !ahead.includes('meters'), 'the longer phrase speaks for the shorter one it holds');
    assert.ok(analyse('how big is the wood altogether', corpus).units?.includes('hectares'), 'the size of a thing is its area or its length');
    assert.ok(!analyse('how big a deposit do I need to pay', corpus).units?.includes('hectares'), '"how big a deposit" asks the measure of what it names');
    assert.ok(analyse('In what year was the club founded?', corpus).units?.includes('calendar-year'), '"what year" asks for a year');
    assert.ok(analyse('who set it up, and in which year?', corpus).units?.includes('calendar-year'));
    assert.ok(analyse("What's the yearly subscription for an adult?", corpus).units?.includes('pounds-sterling'), 'a subscription is a kind of payment, a price');
    assert.ok(!analyse("What's the dress code?", corpus).units?.length, 'a code is no kind of measure');
    assert.ok(analyse('how often should I say the station name', corpus).units?.includes('minutes'), '"every 30 minutes" says how often');
    assert.ok(analyse('how much time should we allow for one lock', corpus).units?.includes('minutes'), 'time is a measure of duration');
    // An adjective after "how" that says a degree of a measure (WordNet attributes) asks for it.
    const hot = analyse('how hot does food have to be kept while it is held for serving', corpus);
    assert.equal(hot.intent, 'figure');
    assert.deepEqual(hot.units, ['celsius', 'fahrenheit']);
    assert.ok(analyse('how deep can a wildlife pond be', corpus).units?.includes('meters'), 'depth is a length');
    assert.ok(analyse('how warm should the soil be for parsnips', corpus).units?.includes('celsius'));
    assert.ok(!analyse('how loud can the music be', corpus).units?.includes('litres'), 'loudness is no volume of liquid');
    assert.ok(!analyse('is the soup served hot', corpus).units?.includes('celsius'), 'only after "how"');
    assert.deepEqual(analyse('what is the top speed on the canal', corpus).units, ['mph', 'kph', 'knots'], 'the asked noun names a speed');
    assert.equal(analyse("What's the minimum age for the person whose name the booking is in?", corpus).intent, 'figure', 'an asked noun naming a figure outweighs a list cue said later');
    assert.equal(analyse('Which muscles make up the hamstring group?', corpus).intent, 'list', 'a counted unit asked for is still a list');
    assert.equal(analyse('Which kinds of photo ID can I bring along?', corpus).intent, 'list', 'kinds in the plural ask for several');
    assert.notEqual(analyse('What kind of shoe should I wear?', corpus).intent, 'list');
  });

  it('reads a measure asked by the question\'s verb or its asked noun, and weighs that word as a cue', () => {
    const cost = analyse('What does a full membership cost each month?', corpus);
    assert.equal(cost.intent, 'figure');
    assert.ok(cost.units?.includes('pounds-sterling') && !cost.units.includes('days'));
    assert.equal(cost.tokens.find((t) => t.surface === 'cost')?.status, 'cue', 'the verb asks, the membership is the topic');
    assert.ok(analyse('What would the insurance cost me for five hives?', corpus).units?.includes('pounds-sterling'), 'after another auxiliary');
    assert.ok(analyse("What's the monthly cost of the health plan for a cat?", corpus).units?.includes('pounds-sterling'), 'the asked noun');
    // (A measure word after a determiner is a noun there, though its commoner use is a verb.)
    assert.ok(analyse('What is the charge per mile for a car?', corpus).units?.includes('pounds-sterling'), 'the charge asked');
    assert.ok(analyse('How much does a one-day class cost?', corpus).units?.includes('pounds-sterling'), '"how much" and the verb');
    // (A temperature is a measure too, asked in full or as "temp".)
    for (const q of ['What temperature are stoneware glazes fired at?', 'what temp do u fire glazes at']) {
      const temperature = analyse(q, corpus);
      assert.equal(temperature.intent, 'figure', q);
      assert.ok(temperature.units?.includes('celsius'), q);
    }
    assert.ok(analyse('How much do you charge for a lost key?', corpus).units?.includes('pounds-sterling'));
    assert.ok(!analyse('How much does the soleus contribute?', corpus).units?.includes('pounds-sterling'), 'a verb that measures nothing');
    // A measure word beside a word that bounds it asks for that measure, typed with slips too.
    for (const q of ['Is there a weight limit on what I can bring?', 'wats the max wieght for riders']) {
      const bounded = analyse(q, corpus);
      assert.equal(bounded.intent, 'figure', q);
      assert.ok(bounded.units?.includes('kg'), q);
    }
    assert.ok(analyse('time limit per player', corpus).units?.includes('minutes'));
    assert.notEqual(analyse('who decides the time limit?', corpus).intent, 'figure', 'a person asked for is still what is asked');
    assert.notEqual(analyse('is there a limit on visitors?', corpus).intent, 'figure', 'no measure is bounded');
    const cover = analyse('What does the fee cover?', corpus);
    assert.notEqual(cover.intent, 'figure', 'a measure word that is only the topic asks no figure');
    assert.notEqual(cover.tokens.find((t) => t.surface === 'fee')?.status, 'cue');
  });

  it('reads a word that names days a handbook lists one by one as those days, in a question only', () => {
    const hours = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'hours.md', content: '# Opening hours\n\n- Monday to Friday: 07:00 to 22:30\n- Saturday and Sunday: 09:00 to 21:00\n- Closed on 25 and 26 December\n\nOff-peak members climb at weekends after 17:00.\n' })]);
    const weekend = analyseQuestion('What time does the centre close at the weekend?', hours).tokens.find((t) => t.surface === 'weekend');
    assert.equal(weekend?.status, 'known');
    assert.deepEqual(weekend?.alternatives, [termOf('saturday'), termOf('sunday')]);
    assert.ok(analyseQuestion('r u open on xmas day', hours).terms.some((t) => t.term === termOf('december')), '"xmas" is Christmas, in December');
    const concert = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'concerts.md', content: '# Concerts\n\nFor evening concerts the call time is 6:00 pm.\n' })]);
    assert.ok(analyseQuestion('What time do singers arrive for an evening performance?', concert).terms.some((t) => t.term === termOf('pm')), 'an evening is written in pm');
    assert.equal(analyse('The centre closes at 21:00 at the weekend.', hours).tokens.find((t) => t.surface === 'weekend')?.alternatives, undefined, 'a claim is read by its own words');
    // A season is its months: "if I sign up in the autumn" is answered by "on or after 1 October".
    const fees = Corpus.build(chunkDocument({ path: 'fees.md', content: '# Fees\n\nAnyone joining on or after 1 October pays half the annual fee.\n' }));
    assert.ok(analyseQuestion('If I sign up in the autumn, do I pay the whole fee?', fees).tokens.find((t) => t.surface === 'autumn')?.alternatives?.includes(termOf('october')));
  });

  it('joins an irregular form to its lemma, in questions and claims, but never a form that is a word of its own', () => {
    assert.deepEqual([...LEXICON.inflectionsOf('lost')], ['lose']);
    assert.deepEqual([...LEXICON.inflectionsOf('lose')], ['lost']);
    assert.deepEqual([...LEXICON.inflectionsOf('children')], ['child']);
    assert.ok(LEXICON.inflectionsOf('take').includes('took') && LEXICON.inflectionsOf('took').includes('taken'), 'forms of one lemma reach each other');
    for (const own of ['saw', 'found', 'left', 'thought', 'ground', 'bases']) assert.deepEqual([...LEXICON.inflectionsOf(own)], [], `"${own}" is a word of its own`);
    assert.deepEqual([...LEXICON.inflectionsOf('getting')], [], 'a regular form is left to the stemmer');
    const scores = Corpus.build(chunkDocument({ path: 'scores.md', content: '# Borrowing scores\n\nIf a score is lost or damaged, we charge £15 for the copy.\n' }));
    const lose = analyseQuestion('what happens if i lose my score', scores).tokens.find((t) => t.surface === 'lose');
    assert.equal(lose?.status, 'synonym', 'the sources say only "lost"');
    assert.deepEqual(lose?.alternatives, [termOf('lost')]);
    const lost = analyse('A lost copy is charged at £15.', Corpus.build(chunkDocument({ path: 'scores.md', content: '# Scores\n\nIf you lose a copy, or lost one last year, we charge £15.\n' })));
    assert.deepEqual(lost.tokens.find((t) => t.surface === 'lost')?.alternatives, [termOf('lose')], 'a word the sources use keeps its own form first');
  });

  it("reads a claim's everyday word as its equivalents the sources use, and a question's by its own word where the sources use it", () => {
    assert.ok(LEXICON.equivalentsOf('begin').includes('start') && LEXICON.equivalentsOf('start').includes('begin'), 'a group reaches every way');
    assert.deepEqual([...LEXICON.equivalentsOf('hamstring')], [], 'most words have none');
    const times = Corpus.build(chunkDocument({ path: 'times.md', content: '# Shows\n\nEvening shows start at 7.30pm and the hall is closed on Mondays. Latecomers wait until the second act begins.\n' }));
    const claim = analyse('Evening shows begin at 8pm and the hall is shut on Mondays.', times);
    assert.ok(claim.tokens.find((t) => t.surface === 'begin')?.alternatives?.includes(termOf('start')), 'a claim\'s "begin", a word the sources use, is said by "start" too');
    assert.ok(claim.tokens.find((t) => t.surface === 'shut')?.alternatives?.includes(termOf('closed')), 'a claim\'s "shut" is said by "closed"');
    const question = analyseQuestion('When do evening shows begin?', times);
    assert.equal(question.tokens.find((t) => t.surface === 'begin')?.alternatives?.includes(termOf('start')) ?? false, false, 'a question is read by its own word');
    // …where the sources use it: a question's word they never write is read as its equivalents.
    const tickets = Corpus.build(chunkDocument({ path: 'tickets.md', content: '# Tickets\n\nA ticket for the Saturday matinee costs £8, and £5 for under-16s.\n' }));
    const price = analyseQuestion('whats the price of a matinee ticket', tickets).tokens.find((t) => t.surface === 'price');
    assert.equal(price?.status, 'synonym', 'the sources never say "price"');
    assert.ok(price?.alternatives?.includes(termOf('costs')), '"price" is said by "costs"');
  });

  it('reads a question about a rule where a rule phrase opens it or a clause of it, and knows a sentence that states one', () => {
    assert.equal(analyseQuestion('can i bring my dog along?', corpus).asksRule, true);
    assert.equal(analyseQuestion('my 11 yr old wants to take a kayak out - is it ok?', corpus).asksRule, true, 'a clause after a dash');
    assert.equal(analyseQuestion('cn u tell me, can we swim after sailing', corpus).asksRule, true);
    assert.equal(analyseQuestion('Where can I find the first aid kit?', corpus).asksRule, undefined, 'asks for a place');
    assert.equal(analyse('Can I give my vote to someone else?', corpus).asksRule, undefined, 'a claim is no question');
    assert.equal(statesRule(words('Dogs must be kept on a lead.')), true);
    assert.equal(statesRule(words('Proxy votes are not allowed.')), true);
    assert.equal(statesRule(words('Symptoms may last a week.')), false, '"may" alone says what is possible as often as what is allowed');
  });

  it('indexes a hyphenated word that ends in a particle joined, and no other', () => {
    assert.deepEqual(particleCompounds('Check-out is at 10am; drop-off from 8. The Wi-Fi and the check-in desk.'), [termOf('checkout'), termOf('dropoff')]);
    assert.deepEqual(particleCompounds('No hyphen here.'), []);
  });

  it('reads a verb and its particle as the phrasal verb they make, through its own words', () => {
    assert.ok(LEXICON.phrasal('broke', 'down').includes('breakdown'), 'an irregular form of the verb');
    assert.ok(LEXICON.phrasal('cutting', 'back').includes('reduce'), 'a doubled consonant goes with the ending');
    assert.ok(LEXICON.phrasal('find', 'out').includes('discover'));
    assert.deepEqual([...LEXICON.phrasal('keep', 'on')], [], '"on" is mostly a preposition: "kept on the lead"');
    assert.deepEqual([...LEXICON.phrasal('soleus', 'up')], [], 'no phrasal verb');
    const hire = Corpus.build(chunkDocument({ path: 'breakdowns.md', content: '# Breakdowns\n\nAfter a breakdown, call us and we send an engineer within three hours.\n' }));
    const q = analyse('What if my boat broke down?', hire);
    assert.ok(q.tokens.find((t) => t.surface === 'broke')?.alternatives?.includes(termOf('breakdown')), JSON.stringify(q.tokens));
    assert.equal(q.tokens.find((t) => t.surface === 'down')?.status, 'stop');
    const back = analyse('Can we pay back the fee later?', Corpus.build(chunkDocument({ path: 'fees.md', content: '# Fees\n\nWe repay the fee within 14 days.\n' })));
    assert.equal(back.tokens.find((t) => t.surface === 'back')?.status, 'stop', '"pay back" is about no back');
    assert.ok(back.tokens.find((t) => t.surface === 'pay')?.alternatives?.includes(termOf('repay')));
    // The lexicon's own expressions WordNet lacks are read the same way.
    const shop = Corpus.build(chunkDocument({ path: 'shop.md', content: '# Shop\n\nMembers get a 10% discount at the shop.\n' }));
    const off = analyse('any money off for members?', shop);
    assert.ok(off.tokens.find((t) => t.surface === 'money')?.alternatives?.includes(termOf('discount')), JSON.stringify(off.tokens));
    assert.equal(off.tokens.find((t) => t.surface === 'off')?.status, 'stop');
    // "money" is a real word the page never uses: the phrase says it as a synonym does, in full,
    // not as a word near "money" at half weight (so "any money off?" covers the page as "any discount?" does).
    assert.equal(off.tokens.find((t) => t.surface === 'money')?.status, 'synonym');
    assert.equal(analyseQuestion('any money off for members?', shop).tokens.find((t) => t.surface === 'money')?.status, 'synonym');
    assert.ok(LEXICON.phrasal('handed', 'back').includes('return'));
    // …though the second word is no particle: "in charge" is said by the chair.
    const club = Corpus.build(chunkDocument({ path: 'people.md', content: '# People\n\nThe chair of the committee is Desmond Pryce. Please charge the kettle.\n' }));
    const charge = analyse('who is in charge of the committee?', club);
    // "Which" picking a person or a post asks for someone, as "who" does; picking a thing, not.
    assert.ok(analyse('Which person chairs the committee?', club).asksName && analyse('which committee member looks after the money?', club).asksName);
    assert.ok(!analyse('Which day does the committee meet?', club).asksName);
    assert.ok(charge.tokens.find((t) => t.surface === 'in')?.alternatives?.includes(termOf('chair')), JSON.stringify(charge.tokens));
    assert.equal(charge.tokens.find((t) => t.surface === 'charge')?.status, 'stop');
    assert.deepEqual([...LEXICON.phrasal('pay', 'charge')], [], 'only the expressions the lexicon lists');
    assert.ok(LEXICON.phrasal('money', 'back').includes('refund') && LEXICON.phrasal('hanging', 'on').includes('keep') && LEXICON.phrasal('looks', 'after').includes('supervise'));
    // A stopword's phrase too: "help" alone frames a question ("can you help me?"), "help out" volunteers.
    const team = Corpus.build(chunkDocument({ path: 'team.md', content: '# Volunteering\n\nVolunteers must be 16 or over.\n' }));
    assert.ok(analyseQuestion('How old do you have to be to help out?', team).tokens.find((t) => t.surface === 'help')?.alternatives?.includes(termOf('volunteer')));
    // A club set up is one started or founded, which WordNet's "set up" (establish, launch) misses.
    const society = Corpus.build(chunkDocument({ path: 'history.md', content: '# History\n\nEleven people started the society in 1974.\n\n## Aims\n\nThe constitution sets out three aims.\n' }));
    const setUp = analyseQuestion('When was the society set up?', society);
    assert.ok(setUp.tokens.find((t) => t.surface === 'set')?.alternatives?.includes(termOf('started')), JSON.stringify(setUp.tokens));
    // Everyday phrasal verbs in the sense a visitor means them: "turn up" is to arrive, "sign up" to
    // join, "pick up" to collect (WordNet leads to "surface", "contract" and nothing).
    const visits = Corpus.build(chunkDocument({ path: 'visits.md', content: '# Visiting\n\nPlease arrive by 2pm. Members join at the desk. Parents collect children at 4pm.\n' }));
    const said = (q: string, w: string) => analyseQuestion(q, visits).tokens.find((t) => t.surface === w)?.alternatives ?? [];
    assert.ok(said("What's the latest I can turn up?", 'turn').includes(termOf('arrive')));
    assert.ok(said('Is there a fee for signing up?', 'signing').includes(termOf('join')));
    assert.ok(said('When can I pick them up?', 'pick').includes(termOf('collect')), 'past the object too');
  });

  it('finds a particle past the verb\'s object ("hand a borrowed telescope back"), and not past the clause', () => {
    const loans = Corpus.build(chunkDocument({ path: 'loans.md', content: '# Loans\n\nMembers who return a telescope late pay £2 a day. Staff work in the back office.\n' }));
    const q = analyseQuestion('What if I hand a borrowed telescope back late?', loans);
    assert.ok(q.tokens.find((t) => t.surface === 'hand')?.alternatives?.includes(termOf('return')), JSON.stringify(q.tokens));
    assert.equal(q.tokens.find((t) => t.surface === 'back')?.status, 'stop');
    const office = analyseQuestion('Can I hand the form to the back office?', loans);
    assert.notEqual(office.tokens.find((t) => t.surface === 'back')?.status, 'stop', 'the object ends at "to": "back" is the office\'s');
  });

  it('reads the unit of a fraction in words in the next smaller unit too ("a quarter of an hour" is said by "15-minute")', () => {
    const choir = Corpus.build(chunkDocument({ path: 'rehearsals.md', content: '# Rehearsals\n\nThere is a 15-minute break at 8:30 pm. Warm-ups take an hour. Tours last four days.\n' }));
    const hour = analyse('The break lasts a quarter of an hour.', choir).tokens.find((t) => t.surface === 'hour');
    assert.ok(hour?.alternatives?.includes(termOf('minute')), JSON.stringify(hour));
    const weeks = analyse('The tour lasts two weeks.', choir).tokens.find((t) => t.surface === 'weeks');
    assert.ok(!weeks?.alternatives?.includes(termOf('days')), '"two weeks" is no fraction: its "two" is not the "two" of "two thirds"');
  });

  it('reads a phrase that frames a question as part of the question, and in a claim through its words', () => {
    const racing = Corpus.build(chunkDocument({ path: 'racing.md', content: '# Racing\n\nThe Junior Regatta is held on the second Sunday of August.\n' }));
    const q = analyseQuestion('When does the regatta take place?', racing);
    assert.deepEqual(q.tokens.filter((t) => t.surface === 'take' || t.surface === 'place').map((t) => t.status), ['stop', 'stop'], JSON.stringify(q.tokens));
    const claim = analyse('The regatta takes place in August.', racing);
    assert.ok(claim.tokens.find((t) => t.surface === 'takes')?.alternatives?.includes(termOf('held')), JSON.stringify(claim.tokens));
    // "what sort of…" frames a question; "sort" alone is the work ("help sort donated tins").
    const warehouse = Corpus.build(chunkDocument({ path: 'warehouse.md', content: '# Warehouse\n\nWarehouse volunteers (aged 16 and over) spend the morning sorting donations.\n' }));
    assert.equal(analyseQuestion('What sort of donations do you take?', warehouse).tokens.find((t) => t.surface === 'sort')?.status, 'stop');
    assert.equal(analyseQuestion('How old must I be to help sort donations?', warehouse).tokens.find((t) => t.surface === 'sort')?.status, 'known');
    // "show me…" frames a request; "the dog show" is what it asks about.
    const club = Corpus.build(chunkDocument({ path: 'show.md', content: '# Shows\n\nThe Companion Dog Show is held on the second Sunday in July.\n' }));
    assert.equal(analyseQuestion('When is the summer dog show?', club).tokens.find((t) => t.surface === 'show')?.status, 'known');
    assert.equal(analyseQuestion('show me the rules for dogs', club).tokens.find((t) => t.surface === 'show')?.status, 'stop');
  });

  it('reads a commonly confused real word as its partner when only the partner is in the corpus', () => {
    const music = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'music.md', content: '# Music\n\nIf you lose a copy, we charge £15. The whole year costs £195.\n' })]);
    const q = analyse('how much do they charge if i loose my sheet music', music);
    assert.deepEqual(q.corrections, [{ from: 'loose', to: 'lose' }]);
    const lostOnly = Corpus.build(chunkDocument({ path: 'scores.md', content: '# Scores\n\nIf a score is lost, we charge £15. Please do not lose your folder.\n' }));
    assert.deepEqual(analyse('what if i loose my score', lostOnly).tokens.find((t) => t.typed === 'loose')?.alternatives, [termOf('lost')], 'a corrected word keeps its irregular forms');
    assert.deepEqual(analyse('what is the fee for the hole year', music).corrections, [{ from: 'hole', to: 'whole' }]);
    const fees = Corpus.build(chunkDocument({ path: 'fees.md', content: '# Fees\n\nThe whole year costs £195.\n' }));
    assert.deepEqual(analyse('what if the copy comes loose', fees).corrections, [], 'not where the corpus lacks the partner too');
  });

  it('reads a unit the sources never write, after its number, as part of the figure', () => {
    const fees = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'fees.md', content: '# Fees\n\nThe whole year costs £195.\n' })]);
    const claim = analyse('A standard annual subscription costs two hundred and fifteen pounds.', fees);
    assert.equal(claim.tokens.find((t) => t.surface === 'pounds')?.status, 'number');
    assert.ok(!contentTokens(claim).some((t) => t.surface === 'pounds'), 'no topic the sources must speak to');
    assert.notEqual(analyse('I weigh the pounds on the scale', fees).tokens.find((t) => t.surface === 'pounds')?.status, 'number', 'not without its number');
  });

  it('reads a qualifying word that ends a noun phrase as the noun it is ("my observatory key")', () => {
    const site = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'keys.md', content: '# Keys\n\nA key to the observatory is issued after six months of membership. The safety lead is Ann Roe.\n' })]);
    const status = (q: string, w: string) => analyseQuestion(q, site).tokens.find((t) => t.surface === w)?.status;
    assert.equal(status('How long before I get my own observatory key?', 'key'), 'known');
    assert.equal(status("Who is the studio's safety lead?", 'lead'), 'known');
    assert.equal(status('What are the key muscles of the calf?', 'key'), 'qualifier', 'before the noun it qualifies');
    assert.equal(status('What leads to shin splints?', 'leads'), 'qualifier', 'after a question word');
  });

  it('reads a qualifier the sources write as part of a name as that name ("the main pool"), not one that opens what a figure question asks ("the minimum age")', () => {
    const site = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'pools.md', content: '# Pools\n\n## The pools\n\n- Main pool: 50 metres long and 16 metres wide.\n- Learner pool: 15 metres by 8 metres.\n\nThe minimum age to swim alone is 8.\n\n## Heating\n\nThe main pool is kept at 24°C.\n' })]);
    const status = (q: string, w: string) => analyseQuestion(q, site).tokens.find((t) => t.surface === w)?.status;
    assert.equal(status('How wide is the main pool?', 'main'), 'known');
    assert.equal(status('What is the main reason the pool closes?', 'main'), 'qualifier', 'a "main reason" the sources never write');
    assert.equal(status('What is the minimum age to swim alone?', 'minimum'), 'qualifier', 'it asks an age');
    assert.ok(analyseQuestion('How wide is the main pool?', site).units?.includes('meters'), '"how wide" asks a length');
    const long = analyseQuestion('How long is the main pool?', site).units ?? [];
    assert.ok(long.includes('meters') && long.includes('minutes'), '"how long is" asks a length or a time');
  });

  it('reads a closed compound the sources never write as the two words they do ("thunderstorm": "thunder", "storm"), not a word that is no noun', () => {
    const site = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'weather.md', content: '# Weather\n\n## Bad weather\n\nWe close when there is thunder, and a storm may cancel a session. The side door has a ramp for anyone who cannot manage the step, and a car can stop at the door.\n' })]);
    const alternatives = (q: string, w: string) => analyseQuestion(q, site).tokens.find((t) => t.surface === w)?.alternatives ?? [];
    assert.deepEqual(alternatives('What happens in a thunderstorm?', 'thunderstorm'), ['thunder', 'storm']);
    assert.ok(!alternatives('Where do I find the carpet?', 'carpet').includes('car'), 'a three-letter part is no part');
  });

  it('reads a noun the sources lack, that nothing else leads from, as what it is a kind of, in a question only ("toddlers": children)', () => {
    const site = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'tickets.md', content: '# Tickets\n\n## Prices\n\nChildren under 3 get in free. Adults pay £12.50 at the gate.\n' })]);
    assert.ok(LEXICON.kindsOf('toddler').includes('child'), JSON.stringify(LEXICON.kindsOf('toddler')));
    assert.ok(!LEXICON.kindsOf('neighbour').includes('person'), 'a class of hundreds of kinds stands for none of them');
    const toddlers = analyseQuestion('Do toddlers get in free?', site).tokens.find((t) => t.surface === 'toddlers');
    assert.equal(toddlers?.status, 'expanded');
    assert.ok(toddlers?.broader && toddlers.alternatives?.includes(termOf('children')), JSON.stringify(toddlers));
    const claimed = analyse('Toddlers get in free.', site).tokens.find((t) => t.surface === 'toddlers');
    assert.deepEqual([claimed?.broader, claimed?.alternatives], [undefined, []], 'a claim about toddlers is not borne out by children');
  });

  it('climbs to the first kind WordNet names in words people say, a two-word kind by its last word ("spaniel": sporting dog, dog)', () => {
    const site = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'garden.md', content: '# The garden\n\n## Dogs\n\nDogs on a short lead are welcome in the garden, but not in the café.\n' })]);
    for (const w of ['spaniel', 'terrier', 'collie']) assert.ok(LEXICON.kindsOf(w).includes('dog'), `${w}: ${JSON.stringify(LEXICON.kindsOf(w))}`);
    // (Only where that word's own first sense is what the two-word kind is a kind of: "money" is
    // filed under "monetary system", which is no kind of system.)
    assert.ok(!LEXICON.kindsOf('money').includes('system'), JSON.stringify(LEXICON.kindsOf('money')));
    // (The nearest step that finds one: a husband is a spouse, not a relative.)
    assert.ok(LEXICON.kindsOf('husband').includes('spouse') && !LEXICON.kindsOf('husband').includes('relative'), JSON.stringify(LEXICON.kindsOf('husband')));
    const spaniel = analyseQuestion('Can I bring my spaniel into the garden?', site).tokens.find((t) => t.surface === 'spaniel');
    assert.ok(spaniel?.broader && spaniel.alternatives?.includes(termOf('dog')), JSON.stringify(spaniel));
  });

  it('marks a question\'s noun that nothing leads to a word of the sources as a stranger, not a person the asker names', () => {
    // (Beside pages numerous enough for a threshold of their own: twenty sections or more.)
    const more = Array.from({ length: 20 }, (_, i) => `## Notice ${i + 1}\n\nNotice ${i + 1} is pinned by the door.\n`).join('\n');
    const content = `# Beginners\n\n## The course\n\nThe beginner course runs on Saturdays. The opening session covers safety. Dogs are welcome on a lead.\n\n${more}`;
    const site = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'course.md', content })]);
    const token = (q: string, w: string, read = analyseQuestion, on = site) => read(q, on).tokens.find((t) => t.surface === w);
    const onePage = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'course.md', content: content.slice(0, content.indexOf('## Notice')) })]);
    assert.equal(token('Which chess opening is best for a beginner?', 'chess', analyseQuestion, onePage)?.stranger, undefined, 'a page or two are held to the curated threshold, fitted on plain words');
    assert.equal(token('Which chess opening is best for a beginner?', 'chess')?.stranger, true);
    assert.equal(token('Which chess opening is best for a beginner?', 'chess', analyse)?.stranger, undefined, 'a claim reads its words as they are');
    assert.equal(token('My nan is 70, can she do the course?', 'nan')?.stranger, undefined, 'a word for a kind of person says who asks');
    assert.equal(token('Can my spaniel come on the course?', 'spaniel')?.stranger, undefined, 'a kind of what the sources say (dogs)');
  });

  it('finds the proper names a question uses that the sources never do', () => {
    assert.deepEqual(analyse('How do I index a Shimano rear derailleur?', corpus).foreignNames, ['Shimano']);
    assert.equal(analyse('What does the Soleus do when I run?', corpus).foreignNames, undefined, 'a name the sources use');
    assert.equal(analyse('Should I run hills in March? Which muscles work hardest?', corpus).foreignNames, undefined, 'a month, and a sentence\'s first word');
    assert.equal(analyse('what does the TFL do', corpus).foreignNames, undefined, 'capitals and lower case are no names');
    assert.equal(analyse('What Is The Best Way To Recover Quickly After A Marathon?', corpus).foreignNames, undefined, 'Title Case capitalises words, not names');
    assert.deepEqual(analyse('Who wrote Pride and Prejudice?', corpus).foreignNames, ['Pride', 'Prejudice'], 'a verb left in lower case: the capitals are names');
    assert.equal(analyse('If Dad gets shin splints, should he rest?', corpus).foreignNames, undefined, 'a kind of person, capitalised as a name, is someone the asker knows');
    assert.equal(analyse("Can my Gran's knees take a marathon?", corpus).foreignNames, undefined, 'also in the possessive');
    assert.equal(analyse('Does Mum need a new doctor when she moves?', corpus).foreignNames, undefined, 'a word the lexicon reads as a kind of person ("mother")');
    assert.deepEqual(analyse('Did Darwin run marathons?', corpus).foreignNames, ['Darwin'], 'one particular person is a name');
    assert.deepEqual(analyse('How do I write a loop in JavaScript?', corpus).foreignNames, ['JavaScript'], 'a word with capitals inside it is a name');
    assert.deepEqual(analyse('Can I film my run for YouTube?', corpus).foreignNames, ['YouTube']);
    const camp = Corpus.build([...loadBuiltinCorpus().passages, ...chunkDocument({ path: 'medical.md', content: '# Medical\n\n## Allergies\n\nAdrenaline auto-injectors must come to every meeting in a named bag.\n' })]);
    assert.equal(analyseQuestion('Should my son bring his EpiPen to camp?', camp).foreignNames, undefined, 'a trade name the lexicon reads as what the sources call the thing');
    assert.deepEqual(analyseQuestion('Should my son bring his EpiPen to camp?', corpus).foreignNames, ['EpiPen'], 'where they never name the thing');
  });

  it('tells a kind of person from one particular person (WordNet instances are topics)', () => {
    for (const w of ['dad', 'gran', 'daughter', 'organiser']) assert.ok(LEXICON.namesPerson(w), w);
    for (const w of ['darwin', 'shakespeare', 'madonna', 'fields']) assert.ok(!LEXICON.namesPerson(w), w);
    assert.ok(LEXICON.topicWeight('darwin') >= 7 / 9, 'a famous person makes a question about something else');
  });

  it('knows a first name the dictionary has only as particular people as a given name, and one that is an English word as a possible one', () => {
    for (const w of ['helen', 'peter', 'sarah', 'jodie']) assert.ok(LEXICON.isGivenName(w), w);
    for (const w of ['victoria', 'florence', 'rose', 'ruth', 'table']) assert.ok(!LEXICON.isGivenName(w), w);
    for (const w of ['ruth', 'rose', 'lucy']) assert.ok(LEXICON.mayBeGivenName(w), w);
    assert.ok(!LEXICON.mayBeGivenName('table'));
  });

  it('finds the acronyms a question uses that the sources never use nor spell out', () => {
    assert.deepEqual(analyse('Which USB microphone should I buy for my calf videos?', corpus).foreignNames, ['USB']);
    assert.deepEqual(analyse('Does the soleus matter for my VHF licence?', corpus).foreignNames, ['VHF'], 'a dictionary word the sources lack is still a foreign name in capitals');
    assert.equal(analyse('is it OK to stretch the TFL daily?', corpus).foreignNames, undefined, 'OK is a qualifier, TFL a name the sources use');
    assert.equal(analyse('WHAT DOES THE SOLEUS DO IN A MARATHON', corpus).foreignNames, undefined, 'a question in capitals shouts, it names nothing');
    assert.equal(analyse('can a DJ work my calves', corpus).foreignNames, undefined, 'two letters are often an everyday word');
    const meeting = Corpus.build([{ id: 'm', kind: 'concept', title: 'The annual general meeting', text: 'The annual general meeting is held in March.', source: { file: 'm.md', section: 'AGM' } }]);
    assert.equal(analyse('when is the AGM?', meeting).foreignNames, undefined, 'spelt out by the sources, through the lexicon');
  });

  it('reads "when" before an auxiliary as asking for a date or a time of day', () => {
    assert.deepEqual(analyse('When can I get into the tool store in summer?', corpus).units, ['clock', 'date']);
    assert.deepEqual(analyse('wen does the water get switched off', corpus).units, ['clock', 'date'], 'read as the chat spelling');
    assert.deepEqual(analyse('what dates are the open days', corpus).units, ['date']);
    assert.deepEqual(analyse('Which nights of the week does the cast rehearse?', corpus).units, ['weekday'], 'a night of the week is a day named');
    assert.deepEqual(analyse('what evening do the juniors meet', corpus).units, ['weekday']);
    assert.deepEqual(pointsNamed('Practice is on Wednesdays.'), ['weekday']);
    assert.deepEqual(pointsNamed('Open Monday to Friday'), ['weekday']);
    assert.deepEqual(pointsNamed('We meet every week.'), []);
    assert.deepEqual(pointsNamed('Registration closes 15 minutes before the last start.'), ['clock', 'date'], 'a length of time before something places a time');
    assert.deepEqual(pointsNamed('Course closing is two and a half hours after the last start.'), ['clock', 'date']);
    assert.deepEqual(pointsNamed('Book 48 hours in advance.'), ['clock', 'date']);
    assert.deepEqual(pointsNamed('We meet for two hours.'), [], 'a length of time alone places nothing');
    assert.deepEqual(pointsNamed('Email him at least a week before.'), [], 'a notice period without a number');
    assert.deepEqual(analyse('During which months can I hire a wetsuit?', corpus).units, ['month', 'date'], 'a month named, or a date');
    const deadline = analyse('What is the deadline for sending in a claim form?', corpus);
    assert.deepEqual(deadline.units, ['clock', 'date', 'days', 'weeks', 'fortnights', 'months', 'years'], 'a deadline is a time, a date or a period to act within');
    assert.deepEqual(pointsNamed('The seniors perform each February.'), ['month']);
    assert.deepEqual(pointsNamed('You may book a month ahead.'), [], '"may" is the verb, and "month" names none');
    assert.deepEqual(analyse('When the soleus is weak, which exercises help?', corpus).units, [], 'a "when" clause only sets the scene');
  });

  it('stems a three-letter word like its inflections', () => {
    assert.equal(termOf('age'), termOf('aged'));
    assert.equal(termOf('aed'), 'aed', 'an abbreviation is no inflection of the article "a"');
    assert.equal(termOf('twelve'), termOf('12'), 'a number word is its digits');
    assert.notEqual(termOf('one'), termOf('1'), '…but not one that is a stopword ("one of the…")');
    assert.equal(termOf('ms'), 'ms');
    assert.equal(termOf('15s'), '15', 'the under-15s play in the Under-15 row');
    assert.equal(termOf('5s'), '5', 'the under 5s get in as the Under 5 row says: a one-digit figure is no one-letter stem');
    assert.equal(termOf('u12s'), termOf('U12'.toLowerCase()), 'the U12s are the U12 team');
  });

  it('counts only content words', () => {
    assert.deepEqual(
      contentTokens(analyse('what does the soleus actually do at mid-stance?', corpus)).map((t) => t.surface),
      ['soleus', 'mid', 'stance'],
    );
  });
});

describe('entity linking', () => {
  it('links the longest name, and a short name with a stopword only as a whole', () => {
    const ids = (q: string) => analyse(q, corpus).entities.map((e) => e.id);
    assert.ok(ids('my IT band hurts').includes('it-band'));
    assert.ok(!ids('wrap a resistance band around your toes').includes('it-band'));
    assert.ok(!ids('gently pull against the band').includes('pull-ups'));
    assert.ok(ids('biceps femoris long head').includes('biceps-femoris'));
  });

  it('finds names in a source sentence', () => {
    const names = linkNames('The soleus and the gastrocnemius plantar-flex the ankle.', corpus).map((m) => m.phrase);
    assert.ok(names.includes('soleus') && names.includes('gastrocnemius'), names.join(', '));
  });
});

describe('quantities: one reader for claims and sources', () => {

  it('reads a limit said as "limited to" or "capped at" as a bound, and a plain figure inside it as no figure of it', () => {
    const one = (t: string) => quantities(t)[0];
    assert.equal(one('Places are limited to 45 volunteers a day.').bound, 'atMost');
    assert.equal(one('Senior membership is capped at 450 members.').bound, 'atMost');
    assert.deepEqual(quantities('Entry is limited to members.'), []);
    // Inside the limit, not at it: neither the source's figure nor against it.
    assert.equal(insideStatedBound(one('rated to 800 newtons'), one('rated to at least 350 newtons')), true);
    assert.equal(insideStatedBound(one('after two weeks'), one('within 21 days')), true);
    // At the limit, or a limit itself, is read as before.
    assert.equal(insideStatedBound(one('rated to 350 newtons'), one('rated to at least 350 newtons')), false);
    assert.equal(insideStatedBound(one('after three weeks'), one('within 21 days')), false);
    assert.equal(insideStatedBound(one('up to 40 metres'), one('up to 50 metres')), false);
    assert.equal(insideStatedBound(one('60 metres'), one('up to 50 metres')), false);
  });

  it('reads "a time limit of" as a limit, and a source figure only inside a claimed limit as no figure of it', () => {
    const one = (t: string) => quantities(t)[0];
    assert.equal(one('Each heat has a time limit of 40 minutes.').bound, 'atMost');
    // The claim's limit holds the source's figure, but the claim sets it elsewhere.
    assert.equal(insideClaimedBound(one('for up to an hour'), one('for 40 minutes')), true);
    assert.equal(insideClaimedBound(one('for up to 40 minutes'), one('for 40 minutes')), false);
    assert.equal(insideClaimedBound(one('for 30 minutes'), one('for up to 40 minutes')), false);
    assert.equal(insideClaimedBound(one('for up to half an hour'), one('for 40 minutes')), false);
  });

  it('finds every number a text writes, in digits or words, read as a figure or not', () => {
    const ns = (t: string, asFigures?: boolean) => numbersWritten(t, asFigures).map((x) => x.n);
    assert.deepEqual(ns('The club has about forty qualified session leaders.'), [40]);
    assert.deepEqual(ns('It costs twenty-five pounds for 1,200 people at 08:30.'), [25, 1200, 8, 30]);
    assert.deepEqual(ns('It was built in the 1840s for the U12s.'), [1840, 12]);
    assert.deepEqual(ns('One of the two leaders is on the beach.'), [1, 2]);
    // As figures: digits, and number words from ten up outside a time said in words.
    assert.deepEqual(ns('One of the two leaders, aged sixteen, leaves at twenty to ten or 9:40.', true), [16, 9, 40]);
  });

  it('reads a share said as so many in (every) so many ("two in every three", "2 out of 3"), and a rate "for each" unit', () => {
    const share = (t: string) => quantities(t).map((q) => [q.text, q.low, q.unit]);
    assert.deepEqual(share('It needs two in every three committee members.'), [['two in every three', 66.7, 'percent']]);
    assert.deepEqual(share('2 out of 3 members agreed'), [['2 out of 3', 66.7, 'percent']]);
    assert.deepEqual(share('one in four runners'), [['one in four', 25, 'percent']]);
    // (Not a span: five done within ten minutes.)
    assert.deepEqual(share('finish 5 in 10 minutes'), [['10 minutes', 10, 'minutes']]);
    assert.deepEqual(share('2 in 3 weeks'), [['3 weeks', 3, 'weeks']], 'two done within three weeks');
    // With what it counts between the numbers, in the numerator's number: what the share is of.
    assert.deepEqual(share('capsizes happen on one outing in ten'), [['one outing in ten', 10, 'percent']]);
    assert.equal(quantities('capsizes happen on one outing in ten')[0].shareOf, 'outing');
    assert.deepEqual(share('two members in every five vote'), [['two members in every five', 40, 'percent']]);
    assert.deepEqual(share('one session in 12 weeks'), [['one session', 1, 'sessions'], ['12 weeks', 12, 'weeks']], 'a span, not a share');
    assert.deepEqual(share('a week in 2025'), [['a week', 1, 'weeks'], ['2025', 2025, 'calendar-year']]);
    assert.equal(quantities('pays eighteen pounds for each hour')[0].per, 'hours');
    assert.equal(quantities('£10 for every extra day')[0].per, undefined, 'a rate of a unit, not of "extra"');
  });

  it('reads a sum after one period\'s worth of what it buys ("a year\'s membership costs £45") as a rate over that period', () => {
    const read = (t: string) => quantities(t).map((q) => [q.text, q.unit, q.per]);
    assert.deepEqual(read("A year's membership costs £45."), [['£45', 'pounds-sterling', 'years']]);
    assert.deepEqual(read("A year's membership costs £45 and a week's pass £10."), [['£45', 'pounds-sterling', 'years'], ['£10', 'pounds-sterling', 'weeks']]);
    // (A length said in the plural possessive stays a length, and so does one with no sum.)
    assert.deepEqual(read("Two weeks' notice is needed."), [['two weeks', 'weeks', undefined]]);
    assert.deepEqual(read("It takes a year's practice."), [['a year', 'years', undefined]]);
  });

  it('reads a number word and a length of time with one of the lexicon\'s qualifiers between ("three working days"), not a noun that names the days', () => {
    const read = (t: string) => quantities(t).map((q) => [q.text, q.low, q.unit]);
    assert.deepEqual(read('Book at least three working days ahead.'), [['three working days', 3, 'days']]);
    assert.deepEqual(read('Give two clear days of notice.'), [['two clear days', 2, 'days']]);
    assert.deepEqual(read('It holds four test days a year.'), [], 'four occasions, no length of four days');
    // …nor with what the time is spent doing between: "twelve volunteering hours".
    assert.deepEqual(read('Aim for twelve volunteering hours a year.'), [['twelve volunteering hours', 12, 'hours']]);
    assert.deepEqual(read('It runs two training days.'), [['two training days', 2, 'days']]);
  });

  it('reads degrees on a named scale as that scale ("twenty degrees Celsius"), and bare degrees as degrees', () => {
    const read = (t: string) => quantities(t).map((q) => [q.text, q.low, q.unit]);
    assert.deepEqual(read('Classes stop above twenty degrees Celsius.'), [['twenty degrees celsius', 20, 'celsius']]);
    assert.deepEqual(read('It was 68 degrees F outside.'), [['68 degrees f', 68, 'fahrenheit']]);
    assert.deepEqual(read('Bend the knee to 90 degrees.'), [['90 degrees', 90, 'degree']]);
  });

  it('reads a number of things named before by what the clause says they are ("Three of them are disabled bays")', () => {
    const read = (t: string) => quantities(t).map((q) => [q.text, q.low, q.unit]);
    assert.deepEqual(read('The car park has 32 spaces. Three of them are disabled bays.'), [['32 spaces', 32, 'space'], ['three bays', 3, 'bay']]);
    assert.deepEqual(read('Two of them are in the hall.'), [], 'a place, not what they are');
  });

  it('reads "by half past eleven" as a time, and "cut by half" as a share', () => {
    assert.deepEqual(quantities('Music has to be off by half past eleven.').map((q) => [q.text, q.unit]), [['half past eleven', 'clock']]);
    assert.deepEqual(quantities('Cut the dose by half.').map((q) => [q.text, q.unit]), [['by half', 'percent']]);
  });

  it('reads a bound in a command that forbids the other way round ("Please do not set it higher than 21°C": at most 21°C)', () => {
    assert.equal(quantities('Please do not set it higher than 21°C.')[0].bound, 'atMost');
    assert.equal(quantities('Do not leave children alone for more than 10 minutes.')[0].bound, 'atMost');
    // Inside a clause the same words describe: "members who do not renew…" bounds as written.
    assert.equal(quantities('Members who do not renew by more than 30 days lose their place.')[0].bound, 'above');
  });
  const read = (t: string) => quantities(t).map((q) => [q.low, q.high, q.unit]);
  it("reads a table row's figure as a rate where its column heading gives one (\"Monthly fee: £65\")", () => {
    const row = quantities('Tier: Full; Monthly fee: £65; Annual fee: £700; Studio access: all opening hours');
    assert.deepEqual(row.map((q) => [q.low, q.unit, q.per]), [[65, 'pounds-sterling', 'months'], [700, 'pounds-sterling', 'years']]);
    assert.equal(quantities('Room: Hall; Weekday rate per hour: £20')[0].per, 'hours');
    assert.equal(quantities('Note: the fee is £5')[0].per, undefined, 'a heading that gives no period');
    assert.equal(quantities('Monthly meetings are free. Entry: £5')[0].per, undefined, 'a period said in another sentence');
  });

  it('reads a month a question names alone as the whole month, which falls in the periods dates open or close', () => {
    const [july] = statedFigures('If I sign up in July, do I pay the full fee?');
    assert.deepEqual([july.low, july.high, july.unit], [701, 731, 'date']);
    assert.deepEqual(statedFigures('Can I join on 3 July?').map((q) => [q.low, q.high]), [[703, 703]], 'a dated day is read once, as that day');
    assert.deepEqual(statedFigures('what may I bring?'), [], '"may" is a verb here');
    const [after] = quantities('anyone joining after 1 June pays half');
    const [until] = quantities('the bar is open until 30 June');
    assert.ok(fallsUnder(july, after) && !fallsUnder(july, until));
    assert.ok(!fallsUnder(statedFigures('If I join in February')[0], after));
    const [spring] = statedFigures('If I sign up in the spring, is it cheaper?');
    assert.deepEqual([spring.low, spring.high, spring.text], [301, 531, 'spring']);
    assert.ok(fallsUnder(spring, quantities('members joining from 1 March pay half')[0]));
  });
  it('reads percent in every spelling', () => {
    for (const t of ['15%', '15 percent', '15 per cent', 'fifteen percent']) assert.deepEqual(read(t), [[15, 15, 'percent']], t);
    assert.deepEqual(read('twenty-five percent'), [[25, 25, 'percent']]);
  });
  it('counts no noun over a preposition ("opened in 1987 after local families…" is a year)', () => {
    assert.deepEqual(read('It opened in October 1987 after local families raised the money.'), [[1987, 1987, 'calendar-year']]);
    assert.deepEqual(read('We have 214 members after local families joined.'), [[214, 214, 'member']]);
    assert.deepEqual(read('650 named skeletal muscles'), [[650, 650, 'muscles']], 'describing words still stand between');
  });
  it('reads "twenty four-year-olds" as children of four, and "twenty-four-year-olds" as 24', () => {
    assert.deepEqual(read("We're expecting twenty four-year-olds at the party."), [[4, 4, 'age']]);
    assert.deepEqual(read('thirty five-minute breaks'), [[5, 5, 'minutes'], [30, 30, 'break']], 'thirty breaks of five minutes each');
    assert.deepEqual(read('twenty-four-year-olds'), [[24, 24, 'age']]);
    assert.deepEqual(read('open twenty four hours a day'), [[24, 24, 'hours']]);
  });
  it('reads thousands separators, ranges, counts and halves', () => {
    assert.deepEqual(read('about 1,000 muscles'), [[1000, 1000, 'muscles']]);
    assert.deepEqual(read('3 sets of 10–15 feet'), [[3, 3, 'sets'], [10, 15, 'feet']]);
    assert.deepEqual(read('between 2 and 5 percent'), [[2, 5, 'percent']]);
    assert.deepEqual(read('3 sets and 10 reps'), [[3, 3, 'sets'], [10, 10, 'reps']]);
    assert.deepEqual(read('cut in half'), [[50, 50, 'percent']]);
  });
  it('reads a currency sign, a plan\'s "3 x 10" and a factor', () => {
    assert.deepEqual(read('The junior fee is £15 a year.'), [[15, 15, 'pounds-sterling']]);
    assert.deepEqual(read('a bike for $1,200–$1,500'), [[1200, 1500, 'dollars']]);
    assert.deepEqual(read('Deadlift | 4 x 6-8 |'), [[4, 4, 'sets'], [6, 8, 'reps']]);
    assert.deepEqual(read('3 × 10 min at threshold'), [[10, 10, 'minutes'], [3, 3, 'sets'], [10, 10, 'minutes']]);
    assert.deepEqual(read('multiply your leg length by **0.9**'), [[0.9, 0.9, 'times']]);
  });
  it('reads kilometres an hour written with a slash as a speed, not a distance', () => {
    const read = (t: string) => quantities(t).map((q) => [q.text, q.low, q.high, q.unit]);
    assert.deepEqual(read('The fast group rides at 30 km/h or more.'), [['30 km/h', 30, 30, 'kph']]);
    assert.deepEqual(read('The steady ride averages 26 to 29 km/hr.'), [['26 to 29 km/h', 26, 29, 'kph']]);
    assert.deepEqual(read('The loop is 30 km long.'), [['30 km', 30, 30, 'km']]);
    assert.ok(!comparable('kph', 'km'), 'a speed is never compared with a distance');
  });
  it('answers a question for people with a count of people however they are named', () => {
    assert.deepEqual(unitsAnswered(quantities('The guild has 140 members.')[0]), ['member', 'subjects']);
    assert.deepEqual(unitsAnswered(quantities('It rings at five towers.')[0]), ['tower'], 'towers are no people');
    assert.deepEqual(unitsAnswered(quantities('About 30 people came.')[0]), ['subjects']);
  });
  it('reads a distance per hour as the speed unit the lexicon makes of it', () => {
    const read = (t: string) => quantities(t).map((q) => [q.text, q.low, q.unit, q.per]);
    assert.deepEqual(read('The speed limit is 10 miles per hour.'), [['10 miles per hour', 10, 'mph', undefined]]);
    assert.deepEqual(read('Drive at 30 kilometres an hour.'), [['30 kilometres an hour', 30, 'kph', undefined]]);
    assert.ok(agrees(quantities('go at 5 miles an hour')[0], quantities('The limit is 5 mph.')[0]), 'said in words, the same speed');
    assert.ok(!agrees(quantities('go at 10 miles an hour')[0], quantities('The limit is 5 mph.')[0]));
    assert.deepEqual(read('We run 20 miles a week.'), [['20 miles', 20, 'miles', 'weeks']], 'a distance a week stays a distance');
  });

  it('reads halves, thousands, temperatures below zero and shares said as one in so many at their value', () => {
    const read = (t: string) => quantities(t).map((q) => [q.low, q.high, q.unit]);
    assert.deepEqual(read('The walk takes 1½ hours.'), [[1.5, 1.5, 'hours']], '"1½" is no 11/2');
    assert.deepEqual(read('The walk takes two and a half hours.'), [[2.5, 2.5, 'hours']]);
    assert.deepEqual(read('The walk takes an hour and a half.'), [[1.5, 1.5, 'hours']], 'not one hour');
    assert.deepEqual(read('The grant is £2k a year.'), [[2000, 2000, 'pounds-sterling']]);
    assert.deepEqual(read('Keep the freezer at minus 18°C.'), [[-18, -18, 'celsius']]);
    assert.deepEqual(read('Keep the freezer at -18°C.'), [[-18, -18, 'celsius']]);
    assert.deepEqual(read('Keep the fridge at 0-5°C.'), [[0, 5, 'celsius']], 'a range\'s dash is no minus');
    assert.ok(!agrees(quantities('Freezers run at 18°C.')[0], quantities('Freezers run at -18°C.')[0]), '18° is not minus 18°');
    assert.deepEqual(read('About one in four runners get injured.'), [[25, 25, 'percent']], 'a share, not a count of four runners');
    assert.deepEqual(read('It happens to 1 in 10 dogs.'), [[10, 10, 'percent']]);
    assert.deepEqual(read('The shop raised £1,200 in 2023.'), [[1200, 1200, 'pounds-sterling'], [2023, 2023, 'calendar-year']], 'a sum raised in a year, no share');
    assert.deepEqual(read('It affects 1 in 2000 runners.'), [[0.1, 0.1, 'percent']], 'a year-like number with what it counts is a share');
    assert.deepEqual(read('Bring a 2-litre bottle.'), [[2, 2, 'litres']], 'a volume hyphenated to its number');
    assert.deepEqual(read('The marsh is a 38-hectare reserve.'), [[38, 38, 'hectares']], 'an area of land hyphenated to its number');
    assert.deepEqual(read('Tips are tested with a 250-gram weight.'), [[250, 250, 'grams']], 'a mass in grams hyphenated to its number');
    assert.deepEqual(read('The wood covers five acres.'), [[5, 5, 'acres']]);
    assert.deepEqual(read('The lagoon covers 4 ha.'), [[4, 4, 'hectares']]);
    assert.deepEqual(read('Allow 2hrs for the walk.'), [[2, 2, 'hours']]);
    // A bound between the number and what it counts.
    const bounds = (t: string) => quantities(t).map((q) => [q.low, q.unit, q.bound]);
    assert.deepEqual(bounds('It cannot go ahead unless fifteen or more members attend.'), [[15, 'member', 'atLeast']]);
    assert.deepEqual(bounds('Teams of five or fewer players.'), [[5, 'player', 'atMost']]);
    assert.ok(agrees(quantities('fifteen or more members attend')[0], quantities('At least 15 members must be present.')[0]));
    // A fraction of one unit of a measure, a range of shares written twice, sets of so many.
    assert.deepEqual(read('The lay-by is half a mile down the track.'), [[0.5, 0.5, 'miles']]);
    assert.deepEqual(read('It is three quarters of a mile away.'), [[0.75, 0.75, 'miles']], 'no 75% share');
    assert.deepEqual(read('A quarter of the runners finish.'), [[25, 25, 'percent']], 'a share of people stays a share');
    assert.deepEqual(read('It saves 50%-75% of the effort.'), [[50, 75, 'percent']], 'one range, not two figures');
    assert.deepEqual(read('We need two dozen chairs.'), [[24, 24, 'chair']], 'not two chairs');
    assert.deepEqual(read('Replies take a couple of days.'), [[2, 2, 'days']]);
  });

  it('reads an age written as a bare number after "aged" or "age"', () => {
    assert.deepEqual(read('Anyone aged 14 or over.'), [[14, 14, 'age']]);
    assert.deepEqual(read('Climbers aged 14 to 17 may climb.'), [[14, 17, 'age']]);
    assert.deepEqual(read('Junior Cooks is for children aged between 6 and 10.'), [[6, 10, 'age']]);
    // Times of day in words (lexicon spokenTimes), either half of the day unless am or pm is said.
    assert.deepEqual(read('from half past nine until a quarter to five'), [[570, 570, 'clock'], [285, 285, 'clock']]);
    assert.deepEqual(read("doors open at nine o'clock pm, lunch at noon"), [[1260, 1260, 'clock'], [720, 720, 'clock']]);
    assert.ok(quantities('from half past nine')[0].halfDay && !quantities('at ten past 4 pm')[0].halfDay);
    // …and its hour counts nothing after it: no "four costs" in "until quarter to four costs £43.50".
    assert.deepEqual(read('the session until quarter to four costs £43.50'), [[43.5, 43.5, 'pounds-sterling'], [225, 225, 'clock']]);
    // The words after a time can settle its half of the day, and a bare hour is a time with them.
    assert.deepEqual(read('the last boat leaves at half past five in the afternoon'), [[1050, 1050, 'clock']]);
    assert.equal(quantities('the last boat leaves at half past five in the afternoon')[0].halfDay, undefined);
    assert.deepEqual(read('we arrive at 7 in the evening'), [[1140, 1140, 'clock']]);
    assert.deepEqual(read('doors open at 9:30 in the morning'), [[570, 570, 'clock']]);
    assert.deepEqual(read('3 sets in the evening'), [[3, 3, 'sets']], 'a count before the words is no time');
    assert.deepEqual(read('ten to twelve players'), [[10, 12, 'player']], '"ten to twelve" is a range, not 11:50');
    // A range of bare hours is two times of day near a word of opening hours or a part of the day,
    // which settles the half of the day where it names one.
    assert.deepEqual(read('The office is open from 9 till 5 on weekdays.'), [[540, 540, 'clock'], [300, 300, 'clock']]);
    assert.ok(quantities('The office is open from 9 till 5 on weekdays.').every((q) => q.halfDay));
    // ("on Wednesday evenings" is also once a week: see the calendar rates.)
    const clocks = (text: string) => read(text).filter(([, , unit]) => unit === 'clock');
    assert.deepEqual(clocks('The wardrobe is open on Wednesday evenings from six until ten.'), [[1080, 1080, 'clock'], [1320, 1320, 'clock']]);
    assert.deepEqual(clocks('The shop opens on Saturday mornings from nine till twelve.'), [[540, 540, 'clock'], [720, 720, 'clock']], 'twelve ends a morning at noon');
    assert.deepEqual(clocks('Juniors train on Tuesday evenings from 6.15 until 7.45.'), [[1095, 1095, 'clock'], [1185, 1185, 'clock']], 'hours and minutes with no am or pm');
    assert.deepEqual(read('the rope is cut from 2.50 to 3.25 metres in the evening'), [[2.5, 3.25, 'meters']], 'not before a unit');
    assert.deepEqual(quantities('The wardrobe is open on Wednesday evenings from six until ten.').filter((q) => q.unit === 'clock').map((q) => q.edge), ['start', 'end']);
    // A range starts before it ends: the half of the day said after its end may not be its start's.
    assert.deepEqual(clocks('open from ten to four in the afternoon'), [[600, 600, 'clock'], [960, 960, 'clock']]);
    // An hour in words is a time of day between a word that leads a time and a half of the day…
    assert.deepEqual(read('the studio shuts at four in the afternoon'), [[960, 960, 'clock']]);
    assert.deepEqual(read('singing from nine in the morning until nine at night'), [[540, 540, 'clock'], [1260, 1260, 'clock']]);
    // …not a count of sessions, nor the end of a range of hours, which is read whole.
    assert.deepEqual(read('two in the morning and one in the afternoon'), []);
    assert.deepEqual(read('open from nine till eleven in the morning'), [[540, 540, 'clock'], [660, 660, 'clock']]);
    assert.deepEqual(read('Children from six to ten can join.'), [], 'no word of hours: no times');
    assert.deepEqual(read('open to groups from six to ten players'), [[6, 10, 'player']], 'a count stays a count');
    // The bare hour that opens a range takes the half of the day its end names.
    const sorted = (text: string) => [...quantities(text)].sort((a, b) => a.index - b.index).map((q) => [q.text, q.low]);
    assert.deepEqual(sorted('Sessions run 6-8pm on Tuesdays.'), [['6', 1080], ['8pm', 1200], ['Tuesdays', 1]]);
    assert.deepEqual(sorted('Coffee from 9.30 to 11am.'), [['9.30', 570], ['11am', 660]]);
    assert.deepEqual(sorted('Lunch club 11-1pm.'), [['11', 660], ['1pm', 780]], 'a start after the end is the morning\'s');
    assert.deepEqual(sorted('Children aged 7 to 9pm.').filter(([, v]) => v !== 7), [['9pm', 1260]], 'an age is no time');
    // …and so does an hour in words after "from" that a time said in words ends: the gates are
    // open from ten in the morning until half past five in the afternoon.
    assert.deepEqual(sorted('The gates open from ten until half past five.'), [['ten', 600], ['half past five', 1050]]);
    assert.deepEqual(sorted('Open from nine until 4.30pm.'), [['nine', 540], ['4.30pm', 990]]);
    assert.deepEqual(quantities('The gates open from ten until half past five.').map((q) => q.edge).sort(), ['end', 'start']);
    const words = (q: string) => analyse(q, corpus).tokens.filter((t) => t.status === 'number').map((t) => t.surface);
    assert.deepEqual(words('the break starts at half past eight'), ['half', 'past', 'eight'], 'the words a time of day is written in are the figure\'s');
    assert.deepEqual(words('the clinic runs on Tuesday evenings from 17:30'), ['evenings', '17', '30'], 'so is the part of the day the time falls in');
    assert.deepEqual(words('the clinic runs on Tuesday mornings from 17:30'), ['17', '30'], 'not another part of the day');
    assert.deepEqual(words('the break lasts a quarter of an hour'), ['quarter', 'hour'], 'so is the fraction a figure is written in, and its unit where the sources never write it');
    assert.deepEqual(words('a third of members sing alto'), ['third']);
    assert.deepEqual(words('the third verse is quieter'), [], 'an ordinal is no fraction');
    assert.deepEqual(read('Open to children aged from 8 to 12.'), [[8, 12, 'age']]);
    assert.equal(quantities('children aged between 6 and 10')[0]?.text, '6 and 10', 'the figure as written');
    assert.deepEqual(read('Juniors may row from age 11.'), [[11, 11, 'age']]);
    assert.deepEqual(read('a lad aged 12 years'), [[12, 12, 'age']], 'an age in years is still an age, not a span');
    assert.deepEqual(read('my 11 yr old wants a go'), [[11, 11, 'age']], '"yr" is a year');
    assert.deepEqual(read('crew may join from the age of fourteen'), [[14, 14, 'age']], 'an age in a number word');
    assert.deepEqual(read('for children aged eight to twelve'), [[8, 12, 'age']]);
    assert.deepEqual(quantities('You must be eighteen or over.').map((q) => [q.low, q.unit, q.bound]), [[18, 'age', 'atLeast']]);
    assert.deepEqual(read('It takes 12 to 24 months to settle.'), [[12, 24, 'months']]);
    assert.deepEqual(read('Rides of 90 minutes to 2.5 hours need carbohydrate.'), [[90, 150, 'minutes']], 'a range whose ends name two units of one measure');
    assert.deepEqual(read('between 500 grams and 2 kg'), [[500, 2000, 'grams']]);
    assert.deepEqual(read('open from 9:30 to 16:30'), [[570, 570, 'clock'], [990, 990, 'clock']], 'times of day stay points');
    assert.deepEqual(read('kept bees for at least 2 full seasons'), [[2, 2, 'seasons']], 'a season is a span of its own');
    assert.ok(analyse('how old do you have to be to join', corpus).units?.includes('age'));
    assert.ok(analyse('what is the minimum age to hire a canoe', corpus).units?.includes('age'), 'a limit on age asks for an age');
    // …though no cue word says a figure is asked: "the age limit" names it in its units.
    const limit = analyseQuestion("what's the age limit for going up ladders backstage", corpus);
    assert.deepEqual([limit.intent, limit.units?.includes('age')], ['figure', true]);
    assert.notEqual(analyseQuestion('What days is the school shop open?', corpus).intent, 'figure', 'a day asked is no figure');
  });

  it('reads an age group by the people or animals it is the age of, and a limit named before its figure', () => {
    const bounded = (t: string) => quantities(t).map((q) => [q.low, q.unit, q.bound]);
    assert.deepEqual(bounded('Children under 12 enter free.'), [[12, 'age', 'below']]);
    assert.deepEqual(bounded('Nobody under 18 may use them at all.'), [[18, 'age', 'below']], '"may" is the verb, not the month');
    assert.deepEqual(bounded('Members aged over 75 are exempt.'), [[75, 'age', 'above']]);
    assert.deepEqual(bounded('Children younger than 8 are not allowed past the fence.'), [[8, 'age', 'below']]);
    assert.deepEqual(bounded('Most dogs over 8 and most cats over 10 need a blood test.'), [[8, 'age', 'above'], [10, 'age', 'above']], 'an animal has an age too');
    assert.deepEqual(bounded('The minimum age to take the tiller is 12.'), [[12, 'age', 'atLeast']]);
    assert.deepEqual(bounded('There is a maximum age of 17 for the junior squad.'), [[17, 'age', 'atMost']]);
    // No being named, or a unit or a count after the number: no age.
    assert.deepEqual(bounded('Keep the speed under 5.'), []);
    assert.deepEqual(bounded('Speeds over 30 are banned.'), []);
    assert.deepEqual(bounded('Over 20 of our members came.'), []);
    assert.deepEqual(bounded('Children under 5 minutes from school.'), [[5, 'minutes', 'below']]);
    assert.deepEqual(bounded('Groups of over 20 members book ahead.').map(([, unit]) => unit), ['member']);
    assert.ok(LEXICON.namesBeing('children') && LEXICON.namesBeing('members') && LEXICON.namesBeing('dogs'));
    assert.ok(!LEXICON.namesBeing('speeds') && !LEXICON.namesBeing('temperatures'));
  });

  it('takes a count of people said generally for the count of the people a noun names, in agreement only', () => {
    const one = (t: string) => quantities(t)[0];
    assert.ok(agrees(one('412 people answered the survey'), one('412 patients answered the survey')), '"people" for "patients"');
    assert.ok(agrees(one('412 patients answered'), one('412 people answered')), 'either way round');
    assert.ok(!agrees(one('80 people'), one('80 chairs')), 'chairs are no people');
    assert.ok(!agrees(one('400 people'), one('412 patients')), 'another number');
    assert.ok(!sameMeasure(one('400 people'), one('412 patients')), 'and no measure to set one against the other');
  });

  it('reads a telephone number whole, as written, and no figure inside it', () => {
    const phone = (t: string) => quantities(t).map((q) => [q.unit, q.text]);
    assert.deepEqual(phone('Our 24-hour helpline is 01632 960 418.'), [['hours', '24-hour'], ['phone', '01632 960 418']], 'the groups are no figures');
    assert.deepEqual(phone('Ring 07700 900123 or +44 1632 960418.'), [['phone', '07700 900123'], ['phone', '+44 1632 960418']]);
    assert.equal(said(quantities('Call 01632 960 418 now.')[0]), '01632 960 418', 'no thousands separators put in');
    assert.ok(agrees(quantities('ring 01632 960418')[0], quantities('call 01632 960 418')[0]), 'spacing is no part of the number');
    assert.ok(!agrees(quantities('ring 01632 960 481')[0], quantities('call 01632 960 418')[0]));
    assert.deepEqual(phone('In 2026 we had 1400 members; open 09:30 to 16:30.').filter(([u]) => u === 'phone'), [], 'a year, a count and times are no telephone numbers');
    assert.ok(analyse("what's the phone number to call if the boat breaks down", corpus).units?.includes('phone'));
  });

  it('holds months and weeks apart only where they are apart whatever a month\'s length', () => {
    const [three, one, six, four] = ['three months', 'a month', 'six weeks', 'four weeks'].map((t) => quantities(`for ${t}`)[0]);
    assert.ok(roughlyApart(three, six));
    assert.ok(!roughlyApart(one, four), 'a month may be four weeks');
    assert.ok(!roughlyApart(six, four), 'weeks and weeks have an exact scale');
    // A claimed limit against the source's figure for it, or its limit set the same way.
    const one_ = (t: string) => quantities(t)[0];
    assert.ok(roughlyApart(one_('book up to a month ahead'), one_('book up to seven days ahead')));
    assert.ok(roughlyApart(one_('book up to a month ahead'), one_('booking opens 14 days ahead')));
    assert.ok(!roughlyApart(one_('book up to a month ahead'), one_('book at least seven days ahead')), 'limits set the other way');
    assert.ok(!roughlyApart(one_('in about a week'), one_('within three months')), 'a plain figure may lie inside the source\'s limit');
    // How often something comes round, each once in its span.
    assert.ok(roughlyApart(one_('the farrier calls every four to five months'), one_('the farrier calls every eight weeks')));
    assert.ok(!roughlyApart(one_('the farrier calls every two months'), one_('the farrier calls every eight weeks')), 'two months may be eight weeks');
    assert.ok(!roughlyApart(one_('the farrier calls every four months'), one_('the farrier calls for eight weeks')), 'how often is no length');
  });

  it('reads a bare number after a verb that counts people as a count of people ("which seats 450")', () => {
    const counts = (t: string) => quantities(t).map((q) => [q.low, q.unit]);
    const people = quantities('450 people')[0].unit;
    assert.deepEqual(counts('The grandstand, which seats 450, was built by members.'), [[450, people]]);
    assert.deepEqual(counts('The Friends, who now number around 640, get in free.'), [[640, people]]);
    assert.deepEqual(counts('The bunkhouse sleeps 24.'), [[24, people]]);
    assert.deepEqual(counts('It seats 40 people.'), [[40, people]], 'read once, with its noun');
    assert.deepEqual(counts('Take the number 5 bus.').filter(([, u]) => u === people), [], 'no verb that counts');
    assert.deepEqual(counts('It is a registered charity (number 1092238).'), [], 'the noun in brackets, no verb');
    assert.deepEqual(counts('Quote the number 4412 when you call.'), [], 'the noun after a determiner, no verb');
  });

  it('reads a year as a point in time, quoted as written, and a decade as no seconds', () => {
    const years = (t: string) => quantities(t).filter((q) => q.unit === 'calendar-year').map((q) => [q.low, said(q)]);
    assert.deepEqual(years('Built in 1862 and converted into a hostel in 1987.'), [[1862, '1862'], [1987, '1987']]);
    assert.deepEqual(years('4. 2021 – a new digital projector, paid for by a grant.'), [[2021, '2021']]);
    assert.deepEqual(years('Rent is due by 1 October 2025.'), [[2025, '2025']]);
    assert.deepEqual(years('We have 1987 members, a £2,000 float and 1500 metres of track.'), [], 'a count, a price and a length are no years');
    assert.deepEqual(quantities('The club grew fast in the 1990s.'), [], 'a decade is no 1,990 seconds');
    assert.deepEqual(quantities('Rest for 30s between sets.').map((q) => q.unit), ['seconds']);
  });

  it('reads a year said in words as the year, and leaves two counts said side by side alone', () => {
    const years = (t: string) => quantities(t).filter((q) => q.unit === 'calendar-year').map((q) => q.low);
    assert.deepEqual(years('The playgroup has run since nineteen eighty-eight.'), [1988]);
    assert.deepEqual(years('It opened in nineteen ninety and moved in twenty twenty-four.'), [1990, 2024]);
    assert.deepEqual(years('We ran twenty twenty-minute sessions.'), [], 'a count before a hyphened unit is no year');
    assert.deepEqual(years('nineteen twenty two people'), [], 'three number words in a row are no year');
  });

  it('reads thousands and hundreds said in words as one number, "a hundred" as one hundred', () => {
    const counts = (t: string) => quantities(t).map((q) => [q.low, q.unit]);
    assert.deepEqual(counts('About two thousand five hundred people came.'), [[2500, 'subjects']], 'not the year 2005 and a stray hundred');
    assert.deepEqual(counts('It took three thousand and five hundred steps.'), [[3500, 'steps']]);
    assert.deepEqual(counts('We raised five hundred thousand pounds.'), [[500000, 'pounds-sterling']]);
    assert.deepEqual(counts('A hundred and twenty members voted.'), [[120, 'member']]);
    assert.deepEqual(counts('The club was founded in two thousand and twelve.'), [[2012, 'calendar-year']]);
  });

  it('reads "15-year-olds" as an age, as "a 15-year-old" is, and two ages joined as the band they span', () => {
    const ages = (t: string) => quantities(t).map((q) => [q.low, q.unit]);
    assert.deepEqual(ages('Fifteen-year-olds may come on their own.'), [[15, 'age']]);
    assert.deepEqual(ages('The 14-year-olds have a group of their own.'), [[14, 'age']]);
    const sorted = (t: string) => quantities(t).map((q) => [q.low, q.high, q.unit]).sort((a, b) => Number(a[0]) - Number(b[0]));
    assert.deepEqual(sorted('Fourteen- and fifteen-year-olds may come alone.'), [[14, 15, 'age']], 'the first age leaves its unit to the second: the band the two span');
    assert.deepEqual(sorted('It suits ten- to twelve-year-olds.'), [[10, 12, 'age']]);
    assert.deepEqual(sorted('Young people aged 14 and 15 may visit alone.'), [[14, 15, 'age']]);
    assert.deepEqual(sorted('Children aged between 6 and 10 come free.'), [[6, 10, 'age']]);
  });

  it('reads pounds then pence said in words as one sum ("twelve pounds fifty" is £12.50)', () => {
    const money = (t: string) => quantities(t).map((q) => [q.low, q.unit]);
    assert.deepEqual(money('Guests pay twelve pounds fifty for the Sunday roast.'), [[12.5, 'pounds-sterling']]);
    assert.deepEqual(money('It costs 12 pounds 50.'), [[12.5, 'pounds-sterling']]);
    assert.deepEqual(money('Three pounds 20p, please.'), [[3.2, 'pounds-sterling']]);
    assert.deepEqual(money('Ten pounds fifty pence is the fee.'), [[10.5, 'pounds-sterling']]);
    assert.equal(quantities('Two pounds fifty a week.')[0]?.per, 'weeks', 'a rate after the sum is still read');
    assert.deepEqual(money('It costs ten pounds, 50 people came.'), [[10, 'pounds-sterling'], [50, 'subjects']], 'a number that counts what follows is its own');
  });

  it('agrees a range with a range only at both ends ("aged 10–16" is no "aged 8–17"), unless read loosely', () => {
    const [claim] = quantities('The club is open to youngsters aged 10–16.');
    const [source] = quantities('The club is for young players aged 8–17.');
    assert.ok(!agrees(claim, source), 'a narrower band is another band');
    assert.ok(agrees(claim, quantities('Open to players aged 10 to 16.')[0]));
    assert.ok(agrees(claim, source, true), 'loosely, a band inside the source\'s');
    assert.ok(agrees(quantities('Lessons cost £12.')[0], quantities('Lessons cost £10 to £15.')[0]), 'a single figure inside a range still agrees');
    assert.ok(agrees(quantities('It takes 1 to 2 hours.')[0], quantities('It takes 60 to 120 minutes.')[0]), 'the same ends in other units');
  });

  it('reads "as much as", "as high as" as a limit from above and "as little as" from below', () => {
    const bound = (t: string) => quantities(t).map((q) => [q.low, q.bound]);
    assert.deepEqual(bound('A grant can be worth as much as £1,500.'), [[1500, 'atMost']]);
    assert.deepEqual(bound('Interest can be as high as 5 percent a year.'), [[5, 'atMost']]);
    assert.deepEqual(bound('Fares start from as little as £2.'), [[2, 'atLeast']]);
    assert.deepEqual(bound('You may stay as long as you like.'), [], 'no figure follows: no bound');
  });

  it('counts animals whose plural is the word itself ("two trout") and plurals in -ves ("two loaves")', () => {
    const counts = (t: string) => quantities(t).map((q) => [q.low, q.unit, !!q.counted]);
    assert.deepEqual(counts('Kill: you may keep up to two trout.'), [[2, 'trout', true]]);
    assert.deepEqual(counts('We keep four sheep and two goats.'), [[4, 'sheep', true], [2, 'goat', true]]);
    assert.deepEqual(counts('Each student bakes two loaves.'), [[2, 'loaf', true]]);
    assert.deepEqual(counts('Bring three knives.'), [[3, 'knife', true]]);
    assert.deepEqual(counts('Bring two warm gloves.'), [[2, 'glove', true]], 'a plural in -s is read as before');
    const lake = Corpus.build([{ id: 'd', kind: 'concept', title: 'Killing fish', text: 'You may keep up to two trout a day.', source: { file: 'd.md', section: 'Kill' } }]);
    assert.deepEqual(analyseQuestion('How many trout can I take home?', lake).units, ['trout'], 'asked as a count of them');
  });

  it('reads a sum given "to" a number of things as a sum and a count, not a range ("£6,200 to 17 groups")', () => {
    const read = (t: string) => quantities(t).map((q) => [q.low, q.high, q.unit]);
    assert.deepEqual(read('The fund gave £6,200 to 17 groups.'), [[6200, 6200, 'pounds-sterling'], [17, 17, 'group']]);
    assert.deepEqual(read('Prices were cut from £12 to 9 last year.'), [[12, 12, 'pounds-sterling'], [9, 9, 'pounds-sterling']], 'a range is written low to high');
    assert.deepEqual(read('Paying early brings it down from £95 to £85.'), [[95, 95, 'pounds-sterling'], [85, 85, 'pounds-sterling']]);
    assert.deepEqual(read('Hire costs £20 to £25.'), [[20, 25, 'pounds-sterling']]);
    assert.deepEqual(read('Tickets are £5 to 6 pounds.'), [[5, 6, 'pounds-sterling']], 'a word for the sign\'s unit keeps the range');
  });

  it('reads a mix said in parts as a ratio of its two sides, in either order', () => {
    const [source] = quantities('Aim for roughly one part greens to two parts browns by volume.');
    assert.equal(source.unit, 'ratio');
    assert.equal(source.low, 0.5);
    assert.deepEqual(source.sides, [termOf('greens'), termOf('browns')]);
    const [same] = quantities('two parts browns for every one part greens');
    const [swapped] = quantities('two parts greens for every one part browns');
    assert.ok(agrees(same, source), 'the same mix named the other way round');
    assert.ok(!agrees(swapped, source), 'the mix turned round');
    assert.ok(!sameMeasure(quantities('one part sugar to one part water')[0], source), 'a mix of other things');
  });

  it('reads how often a calendar says something comes round: "the first Monday of every other month"', () => {
    const one = (text: string) => quantities(text).find((q) => q.calendar);
    const rate = (text: string) => { const q = one(text); return q && [q.low, q.per, q.calendar]; };
    assert.deepEqual(rate('Clay is reclaimed on the second and fourth Saturday mornings of each month.'), [2, 'months', 'fourth saturday second']);
    assert.deepEqual(rate('The committee meets on the first Monday of every other month.'), [0.5, 'months', 'first monday']);
    assert.deepEqual(rate('The code is changed on the first day of each quarter.'), [1 / 3, 'months', 'first']);
    // Another word for an ordinal is that ordinal, quoted as written: the final Thursday is the last.
    assert.deepEqual(rate('The group gets together on the final Thursday of the month.'), [1, 'months', 'last thursday']);
    assert.equal(one('The group gets together on the final Thursday of the month.')?.text, 'final Thursday of the month');
    assert.deepEqual(rate('Members’ evenings are held every Friday, weather permitting.'), [1, 'weeks', 'friday']);
    assert.deepEqual(rate('Sessions run every Tuesday and Thursday evening.'), [2, 'weeks', 'thursday tuesday']);
    assert.deepEqual(rate('The newsletter goes out monthly.'), [1, 'months', true]);
    // Days said in the plural after "on" are every such day; one day in the singular is one day.
    assert.deepEqual(rate('On Wednesdays the studio shuts early.'), [1, 'weeks', 'wednesday']);
    assert.deepEqual(rate('The Seniors meet on Wednesday evenings.'), [1, 'weeks', 'wednesday']);
    assert.deepEqual(rate('We are open on Saturdays and Sundays.'), [2, 'weeks', 'saturday sunday']);
    assert.equal(one('The hall is shut on Wednesday.'), undefined, 'one Wednesday');
    assert.equal(one('Monthly members can join at any time.'), undefined, 'a word describing a noun');
    assert.equal(one('A second child pays 15% less each month.'), undefined, "a figure's own period");
    assert.equal(one('Train two hours each day.'), undefined, "a figure's own period");
    // Compared as rates: once a month is not twice, every three months is each quarter, and a
    // Saturday is no Friday.
    assert.ok(!agrees(quantities('Clay is reclaimed once a month.')[0], one('Clay is reclaimed on the second and fourth Saturday of each month.')!));
    assert.ok(agrees(quantities('The code is changed every three months.')[0], one('The code is changed on the first day of each quarter.')!));
    assert.ok(!agrees(one('Evenings are held every Saturday.')!, one('Evenings are held every Friday.')!));
    assert.ok(agrees(one('Evenings are held weekly.')!, one('Evenings are held every Friday.')!));
    // Days named are not confirmed by how often alone: "twice a week" names no Mondays.
    assert.ok(!agrees(one('Deliveries go out on Mondays and Thursdays.')!, quantities('We deliver twice a week.')[0]));
    assert.ok(agrees(quantities('We deliver twice a week.')[0], one('We deliver on Tuesdays and Fridays.')!), 'the days say how often');
  });

  it('reads how often as the time between occurrences: "every 6 months" against "twice a year"', () => {
    const one = (text: string) => quantities(text)[0];
    assert.deepEqual(one('The check is renewed every three years.').every, { count: 1, phrase: 'every three years' });
    assert.deepEqual(one('It must be given at least once every 30 minutes.').every, { count: 1, bound: 'atMost', phrase: 'at least once every 30 minutes' }, 'at least once every 30 minutes is at most 30 minutes apart');
    assert.equal(one('One adult for every 6 children.')?.every, undefined, 'a ratio, not a span of time');
    assert.equal(one('The course runs over 8 weeks.')?.every, undefined);
    const twiceAYear = one('Worm them twice a year.');
    assert.ok(agrees(twiceAYear, one('Worm them every 6 months.')), 'twice a year is every 6 months');
    assert.ok(!agrees(twiceAYear, one('Worm them every 3 months.')), 'but not every 3 months');
    assert.ok(sameMeasure(twiceAYear, one('Worm them every 3 months.')));
    assert.ok(agrees(one('Take it three times a day.'), one('Take it every 8 hours.')), 'three times a day is every 8 hours, not every 7.99999');
    assert.ok(!sameMeasure(twiceAYear, one('Worm them every 26 weeks.')), 'weeks and years have no exact scale');
    // A bound reads the other way for the span: at least twice an hour is at most 30 minutes apart.
    const atLeastTwice = one('Say the station name at least twice an hour.');
    assert.ok(agrees(atLeastTwice, one('Say it at least once every 30 minutes.')));
    assert.ok(!agrees(one('Say the station name at least once an hour.'), one('Say it at least once every 30 minutes.')));
    // Two rates of times, or two spans, are compared as before.
    assert.ok(!sameMeasure(twiceAYear, one('Worm them twice a month.')));
  });

  it('reads one span of time said with a qualifier of its length ("a full hour") as one of it', () => {
    assert.deepEqual(read('Each lesson lasts a full hour.'), [[1, 1, 'hours']]);
    assert.deepEqual(read('The course takes a whole day.'), [[1, 1, 'days']]);
    assert.ok(!agrees(quantities('lessons last a full hour')[0], quantities('Lessons last 30 minutes each.')[0]), 'an hour is no half hour');
    assert.ok(agrees(quantities('lessons last a full hour')[0], quantities('Lessons last 60 minutes each.')[0]));
    assert.deepEqual(read('Members pay £60 a year.').map(([, , u]) => u), ['pounds-sterling'], 'a rate\'s period is still no span of its own');
    // …and so is a whole span or half of one with no article, as a table names a booking.
    assert.deepEqual(read('Booking: Full day (9am to 6pm); Members: £110.').filter(([, , u]) => u === 'days'), [[1, 1, 'days']]);
    assert.deepEqual(read('Book a half-day session.'), [[0.5, 0.5, 'days']]);
    assert.deepEqual(read('It takes two and a half days.'), [[2.5, 2.5, 'days']], 'read once, with its number');
    assert.deepEqual(read('Start with a two-and-a-half-hour induction.').filter(([low]) => low === 0.5), [], 'no half hour out of two and a half');
    // Another fraction after "and", as "and a half" is read.
    assert.deepEqual(read('The crossing takes about an hour and a quarter.'), [[1.25, 1.25, 'hours']]);
    assert.deepEqual(read('Allow two and three quarters hours.'), [[2.75, 2.75, 'hours']]);
    assert.ok(!agrees(quantities('about an hour and a quarter')[0], quantities('about an hour')[0]), 'an hour and a quarter is no hour');
  });

  it('reads a share of one span of time as a duration, not a percentage and a whole span', () => {
    assert.deepEqual(read('The break lasts a quarter of an hour.'), [[0.25, 0.25, 'hours']]);
    assert.deepEqual(read('three quarters of an hour'), [[0.75, 0.75, 'hours']], 'no count of quarters');
    assert.deepEqual(read('half a year'), [[0.5, 0.5, 'years']]);
    assert.ok(agrees(quantities('a quarter of an hour')[0], quantities('a 15-minute break')[0]), 'the same length of time');
    assert.deepEqual(read('a quarter of the players'), [[25, 25, 'percent']], 'a share of things is still a share');
  });

  it('reads a fraction of two words, hyphenated or before its noun, as one share', () => {
    assert.deepEqual(read('Changes need a two-thirds majority of those voting.'), [[66.7, 66.7, 'percent']]);
    assert.deepEqual(read('three-quarters of members'), [[75, 75, 'percent']]);
    assert.deepEqual(read('two thirds of the players'), [[66.7, 66.7, 'percent']], 'no count of thirds');
    assert.deepEqual(read('members get a quarter off the hire price'), [[25, 25, 'percent']], 'a share taken off a price');
  });

  it('reads the share a change is by, and which way its verb takes it', () => {
    const change = (t: string) => quantities(t).map((q) => [q.low, q.unit, q.direction ?? 0]);
    assert.deepEqual(change('The blanket cuts heat loss by roughly three-fifths.'), [[60, 'percent', -1]]);
    assert.deepEqual(change('Fees were increased by a quarter this year.'), [[25, 'percent', 1]]);
    assert.deepEqual(change('Their coach reduces high-intensity work such as sprints and jumps by about a quarter.'), [[25, 'percent', -1]], 'the verb a few words before "by"');
    assert.deepEqual(change('Split the group by a third of the way round.'), [[33.3, 'percent', 0]], 'a share without a verb of change goes no way');
    assert.deepEqual(change('Finish the kit by the third week.'), [], 'an ordinal after "the"');
  });

  it('reads fifths and tenths as shares, and the same words after "the" as ordinals', () => {
    assert.deepEqual(read('Families of members get a fifth off the cost of hiring the hut.'), [[20, 20, 'percent']]);
    assert.deepEqual(read('About a tenth of members volunteer.'), [[10, 10, 'percent']]);
    assert.deepEqual(read('three fifths of the vote'), [[60, 60, 'percent']]);
    assert.deepEqual(read('The bonfire is on the fifth of November.'), [], 'a date, not a fifth of anything');
    assert.deepEqual(read('Subs are due on the third of the month.'), [], 'the third day, not a third');
  });

  it('reads a share of a counted whole as a count of its own kind, never compared with the whole', () => {
    assert.deepEqual(read('you may miss no more than two of the last eight rehearsals'), [[2, 2, 'of:rehearsal'], [8, 8, 'rehearsal']]);
    assert.deepEqual(read('the soleus is one of the four muscles'), [[4, 4, 'muscles']], '"one of the" names a member');
    assert.ok(!sameMeasure(quantities('three of the last eight rehearsals')[0], quantities('eight rehearsals')[0]));
    // How long something goes on is no age; a length said as an age still compares with one.
    const under16 = quantities('Children under 16 may not belay.')[0];
    assert.equal(under16.unit, 'age');
    assert.ok(quantities('If you have not belayed for six months, take the check again.')[0].span);
    assert.ok(quantities('Claims must be made within 28 days.')[0].span);
    assert.ok(!sameMeasure(under16, quantities('If you have not belayed for six months, take the check again.')[0]), 'a span of time is no age');
    assert.ok(sameMeasure(under16, quantities('Nobody under 18 months may climb.')[0]), 'a length said as a limit still is');
    assert.equal(quantities('Puppies are vaccinated from 8 weeks.')[0].span, undefined);
    // How often something comes round is no span either way.
    const everyTwoYears = quantities('Clubs renew their licence every two years.')[0];
    assert.ok(everyTwoYears.every);
    assert.ok(!sameMeasure(everyTwoYears, quantities('Clubs that have not played for a year are written to.')[0]), 'a span is no interval between renewals');
    assert.ok(sameMeasure(everyTwoYears, quantities('Licences are renewed every three years.')[0]), 'two intervals compare');
  });

  it('reads pence glued to their figure, and "p.m." as a time of day', () => {
    assert.deepEqual(read('PLA costs 5p per gram.'), [[5, 5, 'pence']]);
    assert.deepEqual(read('open until 7 p.m. daily'), [[1140, 1140, 'clock']]);
    assert.ok(comparable('pounds-sterling', 'pence'), 'on an exact scale');
  });

  it('reads a unit word of two readings by the measure its sentence names', () => {
    assert.deepEqual(read('Full membership costs forty-five pounds a month.'), [[45, 45, 'pounds-sterling']]);
    assert.deepEqual(read('A full hive can weigh 45 pounds.'), [[45, 45, 'lb']]);
    assert.deepEqual(read('a 20 pound kettlebell'), [[20, 20, 'lb']], 'the usual reading where no measure is named');
    assert.deepEqual(read('The suggested donation is five pounds for each item.'), [[5, 5, 'pounds-sterling']], 'pounds with no measure named are money');
  });
  it('reads bounds ("under", "up to", "more than", "at least"), not "over" a span of weeks', () => {
    const one = (t: string) => quantities(t)[0];
    assert.deepEqual([one('under 90 minutes').bound, one('up to **15%**').bound, one('more than 50 ms').bound, one('at least 3 sets').bound], ['below', 'atMost', 'above', 'atLeast']);
    assert.equal(one('by **no more than 10%** a week').bound, 'atMost', 'the longest phrase, through emphasis marks');
    assert.equal(one('improved over eight weeks').bound, undefined);
    assert.deepEqual([one('your last colour was over six months ago').bound, one('puppies over 8 weeks old').bound], ['above', 'above'], '"over" bounds how long ago and how old');
    assert.equal(one('moreover 15%').bound, undefined, 'only whole words');
    assert.equal(said(one('up to 15%')), 'up to 15%');
    assert.equal(one('up to 15%').text, '15%', 'a fix replaces the figure, not its bound');
    assert.equal(one('passing within about 30 cm of the unit').bound, 'atMost', 'a hedge between the bound and its figure');
    // "just over 28 per cent" is over 28 per cent and near it: it agrees with "more than 28 per
    // cent" and "29 per cent", not with "roughly 40 per cent".
    assert.deepEqual([one('just over 28 per cent of the list').bound, one('just over 28 per cent of the list').near], ['above', true]);
    assert.deepEqual([one('slightly under 10 minutes').bound, one('slightly under 10 minutes').near], ['below', true]);
    assert.equal(one('well over 300 people').near, undefined, 'a bound said with force is no near one');
    assert.ok(!agrees(one('roughly 40 per cent of patients'), one('just over 28 per cent of patients')));
    assert.ok(agrees(one('29 per cent of patients'), one('just over 28 per cent of patients')));
    assert.ok(agrees(one('more than 28 per cent of patients'), one('just over 28 per cent of patients')));
    assert.ok(agrees(one('roughly 40 per cent of patients'), one('over 28 per cent of patients')), 'a bound said plainly takes any figure past it');
    assert.equal(said(one('within about 30 cm')), 'within about 30 cm');
    assert.ok(!agrees(one('from up to 3 metres away'), one('within about 30 cm')), 'two limits at different figures');
    assert.equal(one('about 30 cm').bound, undefined, 'a hedge alone bounds nothing');
  });
  it('agrees: bounds the same way at the same figure, a plain figure that keeps a bound', () => {
    const one = (t: string) => quantities(t)[0];
    assert.ok(agrees(one('more than 50 ms'), one('over 50 ms')));
    assert.ok(!agrees(one('up to 40%'), one('up to 15%')));
    assert.ok(agrees(one('25%'), one('more than 20%')), 'a plain figure inside the source bound');
    assert.ok(!agrees(one('25%'), one('no more than 10%')));
    assert.ok(agrees(one('50 ms'), one('over 50 ms')), 'a plain figure at the edge of the source bound is loosely the same');
    assert.ok(!agrees(one('under 90 minutes'), one('90 minutes')), 'a claimed bound is held to the letter');
  });
  it('reads no unit across a rate word: "£60 per year" is no number of years', () => {
    assert.deepEqual(read('£60 per year'), [[60, 60, 'pounds-sterling']]);
    assert.deepEqual(read('a deposit of 250 quid'), [[250, 250, 'pounds-sterling']], 'quid is money, not a weight');
    assert.deepEqual(read('40 sessions per year'), [[40, 40, 'sessions']]);
    assert.deepEqual(read('60 per year'), []);
  });
  it('finds the unit after up to two describing words, never across a stopword', () => {
    assert.deepEqual(read('more than 6,500 named skeletal muscles'), [[6500, 6500, 'muscles']]);
    assert.deepEqual(read('a study of 120 healthy subjects'), [[120, 120, 'subjects']]);
    assert.deepEqual(read('10 of the muscles'), []);
  });
  it('reads tens and teens said in words whole ("sixty" is no "six")', () => {
    assert.deepEqual(read('about sixty per cent'), [[60, 60, 'percent']]);
    assert.deepEqual(read('fourteen days and seventy-five minutes'), [[14, 14, 'days'], [75, 75, 'minutes']]);
  });
  it('counts plural nouns the lexicon has no unit for, and marks them as counts', () => {
    assert.deepEqual(read('The hall holds up to 1,800 climbers at once.'), [[1800, 1800, 'climber']]);
    assert.deepEqual(read('set in seven colour circuits'), [[7, 7, 'circuit']]);
    assert.equal(quantities('180 climbers')[0].counted, true);
    assert.equal(quantities('180 seconds')[0].counted, undefined);
    assert.deepEqual(read('closed on 25 December'), [[1225, 1225, 'date']], 'a date, not a count of Decembers');
  });
  it('reads a birthday someone reaches as an age ("from your 17th birthday"), and the one not yet reached as under it', () => {
    assert.deepEqual(read('You can join the crew from your 17th birthday.'), [[17, 17, 'age']]);
    const until = quantities('Juniors may stay in the section until their 18th birthday.')[0];
    assert.deepEqual([until.low, until.unit, until.bound, until.text], [18, 'age', 'below', '18']);
    assert.deepEqual(read("We celebrated the museum's 50th birthday."), [], "a thing's birthday is no age");
    assert.deepEqual(read('18th birthday parties carry the higher deposit.'), [], 'nobody whose age it is');
  });
  it('counts a plural that is a noun in some sense only ("pitches", "walks"), unless a label before the number makes it a verb', () => {
    assert.ok(!LEXICON.isNoun('pitch') && LEXICON.hasNounSense('pitch'), 'mostly a verb, a noun too');
    assert.ok(!LEXICON.hasNounSense('quickly'));
    assert.deepEqual(read('The square has eleven pitches.'), [[11, 11, 'pitch']]);
    assert.deepEqual(read('Members can join two walks a month.'), [[2, 2, 'walk']]);
    assert.deepEqual(read('Gate 2 opens at 10am.'), [[600, 600, 'clock']], 'a gate numbered 2, no count of opens');
    assert.deepEqual(read('Bus number 49 leaves hourly.'), [], 'a bus numbered 49');
    assert.deepEqual(read('Anyone joining after 1 June pays half.'), [[601, 601, 'date']], 'no count after describing words but of a noun');
    assert.deepEqual(read('With 9 pitches, we host two matches at once.'), [[9, 9, 'pitch'], [2, 2, 'match']], 'a sentence opening with a capital labels nothing');
    assert.deepEqual(read('The Main Hall has six full-size courts.'), [[6, 6, 'court']], 'a hyphenated describing word stands between');
  });
  it('reads a bound in a denied clause as the other bound', () => {
    const one = (t: string) => quantities(t)[0];
    assert.equal(quantities('No player may play two matches with less than 48 hours between them.').find((q) => q.unit === 'hours')?.bound, 'atLeast');
    assert.equal(one('Players must not train for more than 90 minutes.').bound, 'atMost');
    assert.equal(one('Rest for less than 48 hours.').bound, 'below');
    assert.equal(one('After days without symptoms, each stage lasts at least 48 hours.').bound, 'atLeast', '"without" denies a noun, not the clause');
    assert.equal(one("Don't run a competition with a prize worth more than £50 without written approval.").bound, 'above', 'a second negation makes the rule a condition');
    assert.equal(one('Cut tracks to size, and no episode may run longer than 60 minutes.').bound, 'atMost', 'the clause opens with its negation past a joining word');
    assert.equal(one('Podcasts must be no longer than 60 minutes.').bound, 'atMost');
    // A bound in a clause of its own under the denied one is stated as it reads.
    assert.equal(one('Nobody may open a kiln until it has cooled below 100 degrees.').bound, 'below');
    assert.equal(one('Do not open the kiln until it has cooled below 100 degrees.').deniedBound, undefined);
    assert.equal(one('Never leave more than 10 children with one adult.').bound, 'atMost');
  });

  it('reads one age rule said with its prohibition before or after the figure as one rule', () => {
    const age = (t: string) => quantities(t).find((q) => q.unit === 'age')!;
    const before = age('Strangles are not allowed for anyone under 15.');
    assert.ok(agrees(age('Players younger than fifteen may not use strangles.'), before));
    assert.ok(agrees(before, age('Players younger than fifteen may not use strangles.')));
    assert.ok(agrees(quantities('Young people aged 14 to 17 may belay after the check; under-14s may not belay.').find((q) => q.bound)!, age('Nobody under 14 may belay.')));
    assert.ok(!agrees(age('Players younger than twelve may not use strangles.'), before));
    // Not where the rule is a condition, the figure sits in a clause of its own, or the
    // prohibition is a second predicate's.
    for (const t of ['Children under 8 must not swim unless an adult is in the water.', 'Under-16s who are not members pay £5.', 'Children under 8 pay nothing.']) assert.equal(age(t).forbiddenAfter, undefined, t);
    assert.equal(quantities("You must have been a member for at least six months and must not owe more than four weeks' rent.")[0]?.forbiddenAfter, undefined);
  });

  it('reads a time of day said without am or pm as either half of the day', () => {
    const [loose] = quantities('The break comes at around 8:30.');
    assert.ok(agrees(loose, quantities('There is a break at about 8:30 pm.')[0]));
    assert.ok(!agrees(loose, quantities('There is a break at about 9:30 pm.')[0]));
    const [doors] = quantities('Doors open at 09:00.');
    assert.deepEqual([doors?.unit, doors?.halfDay], ['clock', undefined], 'a leading zero is a 24-hour clock');
  });

  it('reads an age stated of someone ("my son is fifteen", "I\'m 70"), and "aged 14 or 15" as either age', () => {
    const read = (t: string) => quantities(t).map((q) => [q.low, q.high, q.unit]);
    assert.deepEqual(read('My son is fifteen and wants to help out.'), [[15, 15, 'age']]);
    assert.deepEqual(read('I\'m 70 \u2013 is there a cheaper rate?'), [[70, 70, 'age']], 'a dash before words ends the clause');
    assert.deepEqual(read('My dog is 9 and nervous.'), [[9, 9, 'age']]);
    assert.deepEqual(read('He is 6 foot tall.'), [[6, 6, 'feet']], 'a figure with its unit is no age');
    assert.deepEqual(read('The fee is 20 pounds.'), [[20, 20, 'pounds-sterling']], 'a fee is no being');
    assert.deepEqual(read('One volunteer is 1 of 5.'), [], 'a share is no age');
    assert.deepEqual(read('Young people aged 14 or 15 may volunteer.'), [[14, 15, 'age']]);
    assert.deepEqual(read('Children aged 14 or over.'), [[14, 14, 'age']]);
  });

  it('reads the ages a row or list item gives its beings in brackets ("Senior (65 and over)", "Junior (4–17)"), not an aside of another unit', () => {
    const read = (t: string) => quantities(t).map((q) => [q.low, q.high, q.unit, q.bound ?? '']);
    assert.deepEqual(read('Ticket: Senior (65 and over); Single swim: £5.20'), [[5.2, 5.2, 'pounds-sterling', ''], [65, 65, 'age', 'atLeast']]);
    assert.deepEqual(read('Ticket: Junior (4\u201317); Single swim: £4.10'), [[4.1, 4.1, 'pounds-sterling', ''], [4, 17, 'age', '']]);
    assert.deepEqual(read('Children (5+) are welcome.'), [[5, 5, 'age', 'atLeast']]);
    assert.deepEqual(read('Space: Main auditorium (146 seats); Per hour: £45'), [[146, 146, 'seat', ''], [45, 45, 'pounds-sterling', '']], 'seats are no age, nor an auditorium a being');
  });

  it('reads an age said without "aged", and a bound said after its figure', () => {
    const [hirer] = quantities('The lead hirer must be 21 or over and must stay aboard.');
    assert.deepEqual([hirer?.low, hirer?.unit, hirer?.bound], [21, 'age', 'atLeast']);
    // (…and so after "being": "Being 60 or over is enough by itself".)
    assert.deepEqual(quantities('Being 60 or over is enough by itself.').map((q) => [q.low, q.unit, q.bound]), [[60, 'age', 'atLeast']]);
    assert.deepEqual(quantities('You only need to be eighteen years old.').map((q) => [q.low, q.unit]), [[18, 'age']]);
    // (…and so is a hyphened "13-year-old": a person, not thirteen years of something.)
    assert.deepEqual(quantities('Can my 13-year-old help at the till?').map((q) => [q.low, q.unit, q.text]), [[13, 'age', '13-year-old']]);
    assert.ok(comparable('age', 'years'), 'an age is a number of years: "seniors from 5 years"');
    assert.deepEqual(quantities('Groups of 10 or more pay less.'), [], 'a bare count is no figure, bounded or not');
    assert.equal(quantities('Teams of 5 players or fewer.')[0]?.bound, 'atMost');
  });

  it('tells a sentence that names someone the question does not', () => {
    const asked = new Set(words('Who is the Safeguarding Lead?').map(termOf));
    assert.ok(namesSomeone('Our Safeguarding Lead is Priya Nandakumar.', asked));
    assert.ok(!namesSomeone('If in doubt, ask the Safeguarding Lead before you act.', asked), 'the question says it');
    assert.ok(!namesSomeone('Membership type: Standard; Per term: £75; Whole year (paid in September): £195.', asked), 'table cells and months name no one');
    // A run of English words only is a post, a place or a thing, unless a given name opens it.
    assert.ok(!namesSomeone('The rate is for members receiving Universal Credit or Pension Credit.', asked));
    assert.ok(!namesSomeone('Both extinguishers are checked by the Deputy Safety Officer every six months.', asked));
    assert.ok(namesSomeone('The transects were set up in 2010 by Jenny Marsh, who still organises them.', asked));
    assert.ok(!namesSomeone('Meet at the slipway by Lane 3.', asked), 'an English word alone is no given name');
    // A name that opens a table cell or stands across a dash from a post names someone too…
    assert.ok(namesSomeone('Role: Chair; Name: Ruth Adebayo-Clarke', asked));
    assert.ok(namesSomeone('- Chair \u2013 Margaret Oakes', asked));
    // …but a cell's one capitalised word is only the cell's first word.
    assert.ok(!namesSomeone('Situation: Dog bites a person; What happens: Dog suspended', asked));
  });

  it('reads a total, and a difference with its direction', () => {
    const [course] = quantities('The course adds up to 12 hours of training.');
    assert.deepEqual([course?.low, course?.unit, course?.bound], [12, 'hours', undefined], '"adds up to" is no bound');
    assert.equal(quantities('The course adds up to 12 hours of training.')[0]?.total, true);
    assert.equal(quantities('four sessions of 3 hours each, so 12 hours in total').find((q) => q.low === 12)?.total, true);
    assert.equal(quantities('four sessions of 3 hours each, so 12 hours in total').find((q) => q.low === 3)?.total, undefined);
    assert.deepEqual([quantities('roughly 25 per cent fewer calories')[0]?.direction, quantities('a quarter more calories')[0]?.low], [-1, 25]);
  });

  it('reads a figure whose field names its unit first, as a table row writes it', () => {
    const row = quantities('Route: Ashby; Distance: 38 miles; Cruising hours: 23; Maximum people: 6; Age: 12-15; Best for: one week.');
    const of = (unit: string) => row.find((q) => q.unit === unit);
    assert.deepEqual([of('hours')?.low, replacementText(of('hours')!)], [23, '23 hours']);
    assert.equal(of('subjects')?.low, 6);
    assert.deepEqual([of('age')?.low, of('age')?.high], [12, 15]);
    // An age is no count: "Minimum age: 14" is not 14 of anything a claim counts.
    assert.equal(of('age')?.counted, undefined);
    assert.equal(quantities('Role: Junior Ranger; Minimum age: 14.')[0]?.counted, undefined);
    assert.equal(row.filter((q) => q.unit === 'miles').length, 1, 'a figure with its unit after it is read once');
    assert.deepEqual(quantities('Opens at 21:00. Time: 3.5').map((q) => q.unit), ['clock'], 'a time of day, and a field naming no unit');
  });
  it('reads "a week" or "an hour" as one of the span, except as the period of a rate', () => {
    const read = (t: string) => quantities(t).map((q) => `${q.low} ${q.unit}${q.per ? ` per ${q.per}` : ''}`);
    assert.deepEqual(read('Kittens stay indoors until a week after the second injection.'), ['1 weeks']);
    assert.deepEqual(read('Eat an hour before the race.'), ['1 hours']);
    assert.deepEqual(read('The squad trains four days a week.'), ['4 days per weeks']);
    assert.deepEqual(read('Members pay £60 a year.'), ['60 pounds-sterling per years']);
    assert.deepEqual(read('Take 60 grams of carbohydrate an hour.'), ['60 grams per hours']);
    assert.deepEqual(read('Stretch twice a day.'), ['2 times per days']);
    assert.deepEqual(read('Leave it for half a year.'), ['0.5 years']);
    assert.ok(agrees(quantities('half a year')[0], quantities('six months')[0]), 'half a year is six months');
  });
  it('reads "3 sets of 8" as eight reps, and "build up to 3 sets" as no bound', () => {
    const read = (t: string) => quantities(t).map((q) => `${q.low} ${q.unit}${q.bound ? ` ${q.bound}` : ''}`);
    assert.deepEqual(read('Under-15s build up to 3 sets of 8.'), ['3 sets', '8 reps', '15 age below']);
    assert.deepEqual(read('Do 3 sets of 10-15, twice a week.'), ['3 sets', '10 reps', '2 times']);
    assert.deepEqual(read('Hold 2 sets of 30 seconds.'), ['2 sets', '30 seconds']);
    assert.deepEqual(read('Do up to 3 sets.'), ['3 sets atMost']);
  });
  it('reads "square" before a length unit as an area', () => {
    const read = (t: string) => quantities(t).map((q) => `${q.low} ${q.unit}${q.counted ? ' (count)' : ''}`);
    assert.deepEqual(read('A full plot is about 250 square metres.'), ['250 square-meters']);
    assert.deepEqual(read('The hall has 2,000 sq ft of matting.'), ['2000 square-feet']);
    assert.deepEqual(read('Run 250 metres.'), ['250 meters']);
  });
  it('reads temperatures, and writes the fix with the scale in capitals', () => {
    const [wash] = quantities('Wash pet bedding at 60°C.');
    assert.deepEqual([wash.low, wash.unit], [60, 'celsius']);
    assert.equal(replacementText(wash), '60°C');
    assert.equal(quantities('Keep it below 5 °C.')[0].bound, 'below');
    assert.equal(comparable('celsius', 'fahrenheit'), false);
  });
  it('reads "within" as an upper bound', () => {
    assert.equal(quantities('Treatment must begin within 6 hours.')[0].bound, 'atMost');
  });
  it('marks a figure named only to be denied, and no other', () => {
    const denied = (t: string) => quantities(t).map((q) => `${q.text}${q.denied ? ' (denied)' : ''}`);
    assert.deepEqual(denied('Rest for 3 minutes, not 30 seconds.'), ['3 minutes', '30 seconds (denied)']);
    assert.deepEqual(denied('Senior pets see a vet every 6 months rather than once a year.'), ['6 months', 'once (denied)']);
    assert.deepEqual(denied('Members pay £60 instead of the usual £120.'), ['£60', '£120 (denied)']);
    // A negation a word away from a figure bounds it or denies something else.
    assert.deepEqual(denied('The second injection is never before 10 weeks of age.'), ['10 weeks']);
    assert.deepEqual(denied('Not every dog needs 2 doses.'), ['2 doses']);
  });
  it('reads a time of day and a date, not a factor or a modal "may"', () => {
    assert.deepEqual(read('Closes at 21:00; opens at 6.30am'), [[1260, 1260, 'clock'], [390, 390, 'clock']]);
    assert.deepEqual(read('Memberships run from 1 April to 31 March.'), [[401, 401, 'date'], [331, 331, 'date']]);
    assert.deepEqual(read('multiply by 1.09'), [[1.09, 1.09, 'times']]);
    assert.deepEqual(read('players may 2 hours'), [[2, 2, 'hours']]);
    assert.deepEqual(read('Nobody under 18 may use the strimmer.'), [[18, 18, 'age']], 'an age, not 18 May');
    assert.deepEqual(read('Shows run from 18 May to 2 June.'), [[518, 518, 'date'], [602, 602, 'date']]);
  });
  it('compares units on an exact scale, not across a vast one', () => {
    const one = (t: string) => quantities(t)[0];
    assert.ok(comparable('kg', 'grams') && comparable('minutes', 'seconds'));
    assert.ok(!agrees(one('up to 5,000 grams'), one('no more than 2 kg')));
    assert.ok(agrees(one('2,000 grams'), one('2 kg')));
    assert.ok(agrees(one('90 seconds'), one('1.5 minutes')));
    assert.ok(!agrees(one('2,000 mg of calcium'), one('1,300 mg')) && agrees(one('1.3 grams'), one('1,300 mg')));
    assert.ok(!comparable('days', 'ms'), 'three days is "over 50 ms", but says nothing about it');
  });
  it('gives a figure as it would stand in place of another ("the 48-hour rule" → "48 hours")', () => {
    const one = (t: string) => quantities(t)[0];
    assert.equal(replacementText(one('the 48-hour rest rule')), '48 hours');
    assert.equal(replacementText(one('a 1-hour session')), '1 hour');
    assert.equal(replacementText(one('no more than 10%')), '10%');
    assert.equal(replacementText(one('30 to 60 grams')), '30 to 60 grams');
    assert.equal(replacementText(one('the bill came to £2,850')), '£2,850');
    assert.equal(replacementText(one('1,200 to 12500 metres')), '1,200 to 12,500 metres');
    assert.equal(replacementText(one('1234.5 kg')), '1,234.5 kg');
  });
  it('reads "between … and …" as a range, through emphasis marks', () => {
    assert.deepEqual(read('riders settle between **80 and 95 rpm** on the flat'), [[80, 95, 'rpm']]);
  });
  it('reads a rate ("four days a week", "twice a week") and compares figures only at the same rate', () => {
    const one = (t: string) => quantities(t)[0];
    assert.equal(one('The squad trains four days a week.').per, 'weeks');
    assert.deepEqual(read('Do Nordic curls twice a week'), [[2, 2, 'times']]);
    assert.equal(one('twice a week').per, 'weeks');
    assert.deepEqual(read('once the bones stop growing'), [], '"once" alone is "when"');
    assert.equal(one('once a day').per, 'days');
    assert.equal(one('aim for 60 grams of carbohydrate per hour').per, 'hours', 'a rate after what the figure counts');
    assert.equal(one('eat 30 grams of carbohydrate an hour before the start').per, undefined, '"an hour before" is a time, not a rate');
    assert.ok(!sameMeasure(one('one week'), one('four days a week')), 'a span of the period is no rate of it');
    assert.ok(!sameMeasure(one('2 sessions a day'), one('2 sessions a week')));
    assert.ok(sameMeasure(one('up to 5 kg of extra weight'), one('2 kg per week')), 'the rate may be left to other words');
    assert.ok(!agrees(one('three times a week'), one('twice a week')) && agrees(one('2 times a week'), one('twice a week')));
    assert.equal(said(quantities('No swimmer may race with less than 48 hours of rest.')[0]), 'not less than 48 hours', 'a denied bound is quoted as it reads');
  });
  it('does not read a bare number or a hyphenated count as a quantity', () => {
    assert.deepEqual(read('in 2023 the study'), [[2023, 2023, 'calendar-year']], 'a year is a point in time, no count');
    assert.deepEqual(read('a two-step process'), []);
    assert.deepEqual(read('the under-15s and under-16s'), [[15, 15, 'age'], [16, 16, 'age']], 'an age group is no count of seconds: it is an age');
  });
  it('reads which edge of a period a time of day is ("from 9am", "until 1pm", "before 16:00")', () => {
    const edges = (t: string) => quantities(t).map((q) => `${q.text} ${q.edge ?? '-'}`);
    assert.deepEqual(edges('open from 9am until 1pm'), ['9am start', '1pm end']);
    assert.deepEqual(edges('weekdays before 16:00 and weekends after 17:00'), ['16:00 end', '17:00 start']);
    assert.deepEqual(edges('the checks are at 9am and at 3pm'), ['9am -', '3pm -']);
    assert.deepEqual(edges('it lasts from 2 to 5 hours'), ['2 to 5 hours -'], 'only a time of day has an edge');
    assert.deepEqual(edges('Day: Friday; Time: 6.45pm–8.30pm; Places: 24'), ['6.45pm start', '8.30pm end', '24 -'], 'two times joined by a dash are a period\'s edges');
  });
  it('reads a step of a sequence numbered after its noun ("week five", "day 23", "Level 2") as that noun\'s number', () => {
    const read = (t: string) => quantities(t).map((q) => `${q.low} ${q.unit}`);
    assert.deepEqual(read('scripts down by the end of week five'), ['5 week number']);
    assert.deepEqual(read('back to matches on day 23'), ['23 day number']);
    assert.deepEqual(read('a Level 2 food hygiene certificate'), ['2 level number'], 'no count of "food"');
    assert.deepEqual(read('each day 2 sessions'), ['2 sessions'], 'a rate\'s period numbers nothing');
    assert.ok(!sameMeasure(quantities('week five')[0], quantities('five weeks')[0]), 'week five is no five weeks');
  });
  it('reads the count before a measure compound as a count of the noun after it ("two 45-minute sessions")', () => {
    const read = (t: string) => quantities(t).map((q) => `${q.low} ${q.unit}${q.bound ? ` ${q.bound}` : ''}`);
    assert.deepEqual(read('Trustees can serve at most two three-year terms.'), ['2 term atMost', '3 years']);
    assert.deepEqual(read('We run two 90-minute classes.'), ['90 minutes', '2 class']);
    assert.deepEqual(read('The course has six two-hour sessions.'), ['2 hours', '6 sessions']);
    assert.deepEqual(read('a 45-minute session'), ['45 minutes'], 'no number before it, no count');
  });
  it('reads an age group named by its limit ("under-14s", "the over-65s", "under-fives")', () => {
    const read = (t: string) => quantities(t).map((q) => `${q.low} ${q.unit} ${q.bound}`);
    assert.deepEqual(read('under-14s may not belay'), ['14 age below']);
    assert.deepEqual(read('Tickets for the Over-65s'), ['65 age above']);
    assert.deepEqual(read('a room for the under-fives'), ['5 age below']);
    assert.ok(agrees(quantities('children under 14')[0], quantities('under-14s may not belay')[0]), 'the same limit said two ways');
    assert.ok(!agrees(quantities('children under 12')[0], quantities('under-14s may not belay')[0]));
    assert.deepEqual(read('the under-15 squad'), [], 'a singular "under-15" names a team, read by no rule here');
    // Spaced as people type it: no 18 seconds.
    assert.deepEqual(read('can under 18s come on their own?'), ['18 age below']);
    assert.deepEqual(read('the over 60s get a discount'), ['60 age above']);
    assert.deepEqual(read('hold the plank for 30s'), ['30 seconds undefined'], 'a plural number alone is still seconds');
  });
  it('reads an age limit said after "be" of the people it bounds ("volunteers must be at least 16")', () => {
    const read = (t: string) => quantities(t).map((q) => `${q.low} ${q.unit} ${q.bound}`);
    assert.deepEqual(read('Kitchen volunteers must be at least 16.'), ['16 age atLeast']);
    assert.deepEqual(read('Drivers have to be over 21 to take the van.'), ['21 age above']);
    assert.deepEqual(read('You must be at least 18 to use the lathe.'), ['18 age atLeast']);
    assert.deepEqual(read('The pond must be at least 60 deep.'), [], 'a pond has no age');
    assert.deepEqual(read('Groups must be at least 6 members.'), ['6 member atLeast'], 'a count said with its noun');
  });
});

describe('sentences', () => {
  it('reads a short sentence that only denies the one before it, and not a question', () => {
    for (const s of ['It is not.', 'They do not.', 'This is not the case.', 'Not true.', 'No.']) assert.ok(deniesTheOneBefore(s), s);
    for (const s of ["Can't make it?", 'It is open every day.', 'It is not open on Mondays or on bank holidays.']) assert.ok(!deniesTheOneBefore(s), s);
  });

  it('keeps abbreviations and decimals, and ends a sentence at a line break', () => {
    assert.deepEqual(sentences('Calf work, e.g. heel drops, helps. It rose 2.5 times.'), ['Calf work, e.g. heel drops, helps.', 'It rose 2.5 times.']);
    assert.deepEqual(sentences('- Rides under 90 minutes: water\n- Longer rides: 60 grams'), ['- Rides under 90 minutes: water', '- Longer rides: 60 grams']);
    assert.deepEqual(sentences('Seven circuits:\n1. White: VB to V0\n6. Purple: V6 to V8'), ['Seven circuits:', '1. White: VB to V0', '6. Purple: V6 to V8'], "a list item's number ends no sentence");
    assert.deepEqual(sentences('Myth: "The water will be warm." Fact: Even in June it is cold.'), ['Myth: "The water will be warm."', 'Fact: Even in June it is cold.'], 'a closing quote after the stop ends the sentence with it');
    assert.deepEqual(sentences('It was (mostly) fine. Étienne agreed.'), ['It was (mostly) fine.', 'Étienne agreed.'], 'a capital beyond A to Z starts one');
  });
});
