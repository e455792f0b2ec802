import { clip, MAX_ANSWER_CHARS, MAX_EXCERPT_CHARS } from './bounds';
import type { Corpus } from './corpus';
import { LEXICON } from './lexicon';
import { namesIn } from './names';
import type { Quantity } from './numbers';
import { agrees, fallsUnder, quantities, sameMeasure, unitsAnswered } from './numbers';
import type { AnalysedQuery, Intent } from './query';
import { contentTokens, saidTerms } from './query';
import type { Ranked, Retrieval } from './retrieve';
import { GENERIC_SHARE, GENERIC_WEIGHT, trains } from './retrieve';
import { containsRun, deniesTheOneBefore, isListItem, lineLeads, listItemText, listsAfterColon, modalityOf, MONTH, namesSomeone, pointsNamed, STOPWORDS, sentences, statesRule, tableRowName, termOf, WEEKDAY, words } from './text';
import type { Citation, Passage } from './types';
import { nameOf, targetPhrase, worksClause } from './wording';

/**
 * Turns ranked passages into a short reply: a lead sentence or two from the best passage, a
 * sentence each from up to two others that add something, every claim carrying its [n] marker.
 * Exercise questions get a list (exercise, dose where the source gives one, muscles worked).
 */

export interface Composed {
  answer: string;
  citations: Citation[];
  followUps: string[];
}

export interface ComposeOptions {
  maxCitations: number;
}

/** Passages scoring below this share of the best are not cited. */
const KEEP_RATIO = 0.55;

export function compose(q: AnalysedQuery, r: Retrieval, corpus: Corpus, opts: ComposeOptions): Composed {
  const queryTerms = new Set(contentTokens(q).map((t) => t.term));
  for (const e of q.entities) for (const w of words(e.phrase)) queryTerms.add(termOf(w));
  const citations: Citation[] = [];
  const cite = (ranked: Ranked, excerpt: string): number => {
    const existing = citations.find((c) => c.id === ranked.passage.id);
    if (existing) return existing.n;
    const top = r.ranked[0]?.score || 1;
    citations.push({
      n: citations.length + 1,
      id: ranked.passage.id,
      title: ranked.passage.title,
      kind: ranked.passage.kind,
      excerpt,
      score: Math.round(Math.min(1, ranked.score / top) * 1000) / 1000,
      source: ranked.passage.source,
    });
    return citations.length;
  };

  const lead = r.ranked[0];
  const lines: string[] = [];
  if (q.intent === 'exercise') {
    const exercises = pickExercises(q, r, corpus, opts.maxCitations);
    if (exercises.length) {
      const target = namedTargets(q, corpus);
      lines.push(target ? `Exercises from the sources for ${target}:` : 'Exercises from the sources:');
      lines.push('');
      for (const ex of exercises) {
        const p = ex.passage;
        const sentence = bestSentences(p.text, queryTerms, 1);
        const n = cite(ex, p.dose ? `${sentence} Dose: ${p.dose}.` : sentence);
        const worked = worksClause(p, (p.works ?? []).map((id) => corpus.get(id) ?? { title: id }));
        const dose = p.dose ? ` (${p.dose})` : '';
        const how = p.cue ? asInstruction(firstSentence(p.cue)) : firstSentence(p.text);
        lines.push(`- **${p.title}**${dose}${worked ? ` ${worked}.` : ''} ${how} [${n}]`);
      }
      return { answer: bounded(lines.join('\n')), citations, followUps: followUps(q, citations, corpus) };
    }
  }

  const weigh = questionWeights(q, corpus);
  let leadText = answerSentences(lead.passage, q, weigh, corpus, 2, true);
  // A list asked of a group is answered with its members, from the schema.
  if (q.intent === 'list') {
    const members = corpus.members(lead.passage.id).map((id) => muscleName(corpus.get(id) ?? { title: id }));
    if (members.length >= 2) leadText = `The ${muscleName(lead.passage)} are made up of the ${listNames(members)}. ${leadText}`;
  }
  // An exercise's dose, where the source gives one, belongs with it.
  if (lead.passage.dose && !leadText.includes(lead.passage.dose)) leadText += ` Dose: ${lead.passage.dose}.`;
  const n1 = cite(lead, leadText);
  lines.push(`${leadText} [${n1}]`);
  const used = new Set(sentences(leadText));
  for (const other of r.ranked.slice(1)) {
    if (citations.length >= Math.min(3, opts.maxCitations)) break;
    if (other.score < KEEP_RATIO * lead.score || other.coverage < 0.3) continue;
    const s = answerSentences(other.passage, q, weigh, corpus, 1);
    if (!s || used.has(s) || overlap(s, leadText) > 0.6) continue;
    used.add(s);
    const n = cite(other, s);
    lines.push(`${s} [${n}]`);
  }
  return { answer: bounded(keepingItemNumbers(lines.join('\n\n'))), citations, followUps: followUps(q, citations, corpus) };
}

/** The anatomy passage a passage speaks for: itself, or the muscle it is an aspect of. */
function anatomyOf(id: string, corpus: Corpus): Passage | undefined {
  const p = corpus.get(id);
  const q = p?.aspectOf ? corpus.get(p.aspectOf) : p;
  return q && (q.kind === 'muscle' || q.kind === 'group' || q.kind === 'tendon') ? q : undefined;
}

/** "the **glutes**", "**weak or tight calves**": names from the muscle and condition passages, never a passage's descriptive title. */
function namedTargets(q: AnalysedQuery, corpus: Corpus): string {
  const named = q.entities.filter((e) => e.primary).map((e) => anatomyOf(e.id, corpus) ?? corpus.get(e.id)).filter((p): p is Passage => !!p);
  return targetPhrase([...new Set(named)], (id) => corpus.get(id), 3, true);
}

function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A cue as something to do: "Keep the heel low." stays; "keeping the heel low" gets a capital. */
function asInstruction(cue: string): string {
  const s = cue.trim();
  if (!s) return s;
  const capital = s[0].toUpperCase() + s.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Share of the best passage's score an exercise needs to be listed when no muscle is named. */
const NEAR_LEAD = 0.5;
const NEAR_OTHER_LEAD = 0.9;

/**
 * Exercises for the question: those that train what it named (from the schema's `works`, so an
 * exercise that BM25 ranked low still comes), best-ranked first; otherwise the ranked exercises.
 */
function pickExercises(q: AnalysedQuery, r: Retrieval, corpus: Corpus, max: number): Ranked[] {
  const limit = Math.max(1, Math.min(max, 6));
  const targets = new Set(q.entities.filter((e) => e.primary).map((e) => anatomyOf(e.id, corpus)?.id).filter((id): id is string => !!id));
  // With no muscle named, only exercises that rank near the best passage answer: a team's
  // "sample training week" outranks any exercise for "Tuesday's session".
  const lead = r.ranked[0]?.score ?? 0;
  // Where the best passage is no exercise at all (a team's hangboard page for "good fingerboard
  // workout?"), an exercise must rank nearly as well to be listed instead.
  const near = r.ranked[0]?.passage.kind === 'exercise' ? NEAR_LEAD : NEAR_OTHER_LEAD;
  const ranked = r.ranked.filter((x) => x.passage.kind === 'exercise' && (targets.size || x.score >= lead * near));
  if (!targets.size) return ranked.slice(0, limit);
  const out = ranked.filter((x) => trains(x.passage, targets, corpus));
  for (const p of corpus.passages) {
    if (out.length >= limit) break;
    if (p.kind === 'exercise' && !out.some((x) => x.passage.id === p.id) && trains(p, targets, corpus)) {
      out.push({ passage: p, score: 0, coverage: 0 });
    }
  }
  // Best-ranked first: "which eccentric exercise…" is answered by the eccentric one, whether or
  // not the sources give its dose.
  return (out.length ? out : ranked).slice(0, limit);
}

/** The `count` sentences of a text that share most with the question, in text order (bounded). */
export function bestSentences(text: string, queryTerms: ReadonlySet<string>, count: number): string {
  return clip(pickSentences(text, queryTerms, count), MAX_EXCERPT_CHARS);
}

function pickSentences(text: string, queryTerms: ReadonlySet<string>, count: number): string {
  const all = sentences(text);
  if (all.length <= count) return all.join(' ');
  const scored = all.map((s, i) => {
    let hits = 0;
    for (const w of words(s)) if (!STOPWORDS.has(w) && queryTerms.has(termOf(w))) hits++;
    // Earlier sentences usually introduce the topic: a small bonus breaks ties toward them.
    return { i, score: hits + (i === 0 ? 0.5 : 0) - i * 0.01 };
  });
  const keep = scored
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((x) => x.i)
    .sort((a, b) => a - b);
  return keep.map((i) => all[i]).join(' ');
}

function bounded(text: string): string {
  return clip(text, MAX_ANSWER_CHARS);
}

/** Does an expansion's term share its root with the word typed ("chair" of "chairman")? */
function sameRoot(surface: string, term: string): boolean {
  return term.length >= 4 && surface.startsWith(term.slice(0, 4));
}

/** Weight of each of the question's content terms (their alternatives included): their idf. */
function questionWeights(q: AnalysedQuery, corpus: Corpus): Map<string, number> {
  const w = new Map<string, number>();
  for (const t of contentTokens(q)) {
    for (const term of [t.term, ...(t.alternatives ?? [])]) {
      // (The corpus's general subject, a word most passages say — "runner" in a running corpus —
      // says as little of which sentence answers as it does of which passage: see coverageScorer.)
      const generic = corpus.index.df(term) > GENERIC_SHARE * corpus.index.docCount;
      const idf = corpus.index.idf(term) * (generic ? GENERIC_WEIGHT : 1);
      // (The post a "who…?" question's words lead to is the word the answer says: "who looks after
      // the finances?" is answered by "Treasurer – …", so it weighs as a word of the question.)
      const post = !!q.posts?.has(term);
      if (idf > (w.get(term) ?? 0)) w.set(term, t.status === 'expanded' && term !== t.term && !sameRoot(t.surface, term) && !post ? idf / 2 : idf);
    }
  }
  for (const t of q.tokens) if (t.status === 'cue' && !w.has(t.term)) w.set(t.term, 0.3 * corpus.index.idf(t.term));
  // A figure the question names ("the under-10s", "size 4") picks out its row of a table or list.
  for (const t of q.tokens) if (t.status === 'number' && /\d/.test(t.term) && !w.has(t.term)) w.set(t.term, 0.5 * corpus.index.idf(t.term));
  // What the question already grants ("Besides flexing the big toe, which arch…") says little
  // about which sentence answers it. (The noun a question word asks for, "which arch", once
  // weighed double; over the dev set and thirteen blind sets that changed no answer for the
  // better, and it led "What overall mark earns a distinction?" to the pass mark: the answer
  // gives a figure for the noun, not the noun.)
  for (const t of grantedTerms(q.text)) if (w.has(t)) w.set(t, GRANTED * w.get(t)!);
  return w;
}

type RuleKind = 'forbids' | 'obliges' | 'optional';
const RULE_KINDS: readonly RuleKind[] = ['forbids', 'optional', 'obliges'];

/** The rules a question names in one of the lexicon's modality words, with the word's term. */
function askedModality(q: AnalysedQuery): { kind: RuleKind; term: string }[] {
  const out: { kind: RuleKind; term: string }[] = [];
  for (const t of q.tokens) {
    if (t.status === 'stop') continue;
    const kind = RULE_KINDS.find((k) => LEXICON.modality[k].some((p) => p.length === 1 && p[0] === t.surface));
    if (kind) out.push({ kind, term: t.term });
  }
  return out;
}

/** The rule a sentence states, if any, as the checker reads it ("must not" forbids, not obliges). */
function modalityIn(ws: readonly string[]): RuleKind | undefined {
  const m = modalityOf(ws, true);
  return RULE_KINDS.find((k) => m[k]);
}

/** Weight of a word the question grants against the rest. */
const GRANTED = 0.3;

/** Terms of a clause that opens with "besides", "apart from"… (the lexicon's grantedCues), up to its comma. */
export function grantedTerms(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.split(/[,;?]/)) {
    const ws = words(clause);
    if (LEXICON.grantedCues.some((cue) => { const c = words(cue); return c.every((x, i) => ws[i] === x); })) {
      for (const w of ws) if (!STOPWORDS.has(w)) out.push(termOf(w));
    }
  }
  return out;
}

/**
 * The sentences of a passage that answer the question: those that share the most
 * (idf-weighted) with it — the passage's own name words count little, since every sentence of
 * the passage is about that — and that hold what the question asks for (a figure, several
 * names). A lead-in ending with a colon brings the sentence it introduces. The passage that
 * `leads` the answer also brings its best sentence with the figure asked, if none chosen has one.
 */
export function answerSentences(p: Passage, q: AnalysedQuery, weigh: ReadonlyMap<string, number>, corpus: Corpus, count: number, leads = false): string {
  const all = sentences(p.text).map((x) => clip(x, MAX_EXCERPT_CHARS));
  if (p.dose) all.push(`Dose: ${p.dose}.`);
  if (all.length <= count) return all.join(' ');
  // (A page's heading is what its sentences are about only where they keep saying it: every
  // sentence under "Osgood-Schlatter" speaks of it, but "Sheds and other structures" holds one
  // sentence on sheds, and that is the one to quote.)
  // (A sentence that opens with "It" or "They" speaks of what the sentence before it named.)
  const titled = new Set(words(`${p.title} ${(p.aliases ?? []).join(' ')}`).map(termOf));
  const mentions = (t: string) => {
    let n = 0;
    let before = false;
    for (const x of all) {
      const ws = words(x);
      const says: boolean = ws.some((w) => termOf(w) === t) || (before && LEXICON.anaphora.has(ws[0] ?? ''));
      if (says) n++;
      before = says;
    }
    return n;
  };
  const own = p.kind === 'document' ? new Set([...titled].filter((t) => mentions(t) >= 2)) : titled;
  const spec = q.intent === 'general' ? undefined : LEXICON.answerTypes.find((t) => t.type === q.intent);
  // The first sentence of a list item names what the rest of the item speaks of: "7. Copenhagen
  // planks – … Hold for 20 seconds each side".
  const leadOf = lineLeads(p.text, all.length);
  // A sentence that opens with "It" or "Its" speaks of what the sentence before it in the
  // paragraph named, or, where that one opens so too, what the one before it named: "Its league
  // secretary is Lewis Marwood", two sentences after "The Wednesday Pool League uses…".
  const antecedentOf: (number | undefined)[] = [];
  for (let i = 1; i < all.length; i++) {
    if (LEXICON.anaphora.has(words(all[i])[0] ?? '') && sameParagraph(p.text, all[i - 1], all[i])) antecedentOf[i] = antecedentOf[i - 1] ?? i - 1;
  }
  const termsOf = (s: string) => new Set(words(s).filter((w) => !STOPWORDS.has(w)).map(termOf));
  // The asked unit weighs as the question's average word.
  const asked = q.asksName ? saidTerms(q) : undefined;
  const unitWord = weigh.size ? [...weigh.values()].reduce((a, b) => a + b, 0) / weigh.size : 0;
  const stated = q.stated ?? [];
  // (An age is held only by a band of ages: "my 13-year-old" says nothing of "a licence held for
  // at least three years".)
  const ofAges = (v: Quantity, x: Quantity) => (v.unit === 'age') === (x.unit === 'age');
  const fits = (v: Quantity, x: Quantity) => ofAges(v, x) && fallsUnder(v, x);
  const bandFits = stated.length > 0 && all.some((s) => quantities(s).some((x) => stated.some((v) => fits(v, x))));
  const holdsAsked: boolean[] = [];
  // A rule the question names by one word ("is any material banned?") is stated in any of the
  // lexicon's words for that rule: "members must not bring it in" says "banned".
  const askedRules = askedModality(q);
  // (A case word opening the question asks when, not in what case: "When does the café open?")
  const asksCase = words(q.text).some((w, i) => i > 0 && LEXICON.conditions.has(w));
  // (A weekday or a month named is a date told coarsely: "the last Friday in March" answers
  // "when is the AGM?" as "28 March" does. Only here, in choosing the passage's sentence.)
  const asksDate = !!q.units?.includes('date');
  const scored = all.map((s, i) => {
    let score = 0;
    const seen = termsOf(s);
    for (const t of seen) {
      const x = weigh.get(t);
      if (x) score += own.has(t) ? 0.3 * x : x;
    }
    if (askedRules.length) {
      const kind = modalityIn(words(s));
      for (const r of askedRules) if (kind === r.kind && !seen.has(r.term)) score += weigh.get(r.term) ?? unitWord;
    }
    // A list item that labels its value ("- Distinction: 80% or more", "- Cats: from 4 months")
    // is about what its label names: a word of the question in the label counts twice.
    const label = labelOf(s);
    if (label) for (const t of termsOf(label)) score += (weigh.get(t) ?? 0) * (own.has(t) ? 0.3 : 1);
    const j = leadOf[i];
    if (j !== undefined && j !== i) {
      // A sentence that introduces with a colon lends all it says: each item is one of what it
      // names, so an item that also holds words of the question outranks the introduction.
      const share = /:\s*$/.test(all[j]) ? 1 : LINE_LEAD;
      for (const t of termsOf(all[j])) {
        const x = weigh.get(t);
        if (x && !seen.has(t)) score += share * (own.has(t) ? 0.3 * x : x);
      }
    }
    // (…and so does the sentence "It" stands for, as a list item's first line lends its words.)
    const k = antecedentOf[i];
    if (k !== undefined && (j === undefined || j === i)) {
      for (const t of termsOf(all[k])) {
        const x = weigh.get(t);
        if (x && !seen.has(t)) score += LINE_LEAD * (own.has(t) ? 0.3 * x : x);
      }
    }
    if (spec?.figure || q.units?.length) {
      const qs = quantities(s);
      // (A day, a time or a calendar's "first Saturday of each month" answers only when or how
      // often: it is no figure for "how many volunteers".)
      if (spec?.figure && qs.some((x) => (!LEXICON.pointUnits.has(x.unit) && !x.calendar) || q.units?.includes(x.unit))) score *= 1.5;
      // …and more so a figure of the unit asked for ("how long" → a duration, "the number of sets"),
      // which is itself a word of the answer: "How long does Osgood-Schlatter take to clear up?"
      // is answered by "It usually settles within 12 to 24 months", which repeats none of it.
      if (q.units?.length && (qs.some((x) => unitsAnswered(x).some((u) => q.units!.includes(u))) || pointsNamed(s).some((u) => q.units!.includes(u) || (asksDate && (u === WEEKDAY || u === MONTH))))) {
        score = (score + unitWord) * 1.5;
        holdsAsked[i] = true;
      }
      // …and a rate over the period asked ("per hour": "60 grams per hour", not "30 grams").
      if (q.per?.length && qs.some((x) => x.per && q.per!.includes(x.per))) score *= 1.5;
    }
    // A figure the question states ("an adult weighing 80 kg", "my 11 yr old") is answered by the
    // band or limit it falls in ("Black: adults over 70 kg"), not by another band of the same table.
    // The band is what decides the question, so it counts as a word of it even where it repeats
    // none: "my lad is 8, can he go round by himself?" is answered by "Children under 10 must be
    // shadowed by an adult".
    if (stated.length && quantities(s).some((x) => stated.some((v) => fits(v, x)))) score = (score + unitWord) * FITS;
    // …and one that gives that very figure says a word of the question, as the asked unit does:
    // "lost for a quarter of an hour" is met by "after 15 minutes, follow the safety bearing".
    else if (stated.length && quantities(s).some((x) => stated.some((v) => agrees(v, x) && agrees(x, v)))) score += unitWord;
    // …and where no band of the passage holds it, a limit of the same measure that the figure
    // misses decides it as well: "my nan is 62, can she go to the lunch club?" is answered by
    // "for people aged 65 or over".
    else if (!bandFits && stated.length && quantities(s).some((x) => (x.bound || x.low < x.high) && stated.some((v) => ofAges(v, x) && sameMeasure(v, x)))) score += unitWord;
    if (spec?.list && (namesIn(s, corpus, q.listOf) >= 2 || (p.kind === 'document' && listsAfterColon(s)))) score *= 1.5;
    if (spec?.names && namesIn(s, corpus) >= 1) score *= 1.5;
    // "Who is…?" is answered by the sentence that names someone the question does not, and the
    // more so by one that names them with the post the question's words lead to ("who looks after
    // the finances?": "Treasurer – Colin Ashdown"): the person asked for is a word of the question
    // that sentence says, as the unit asked for is.
    if (asked && namesSomeone(s, asked)) score = ([...seen].some((t) => q.posts?.has(t)) ? score + unitWord : score) * 1.5;
    // A question that sets out a case ("where can I park when the car park is full?", "what
    // happens if I'm late?") is answered by the sentence that opens with one ("If the car park is
    // full, you may park at the farm").
    if (asksCase && LEXICON.conditions.has(words(s)[0] ?? '')) score *= CASE_STATED;
    // "Can I bring my dog?" by the sentence that states the rule.
    if (q.asksRule && !spec?.figure && statesRule(words(s))) score *= 1.5;
    // Earlier sentences introduce the topic: the smallest nudge breaks ties toward them.
    return { i, score: score - i * 0.01 };
  });
  const picked: number[] = [];
  // (Count only the sentences chosen for what they say: one brought along to be read with another
  // — its list item's first line, a FAQ's question, what "it" is — takes no answer's place. Under
  // "Where can wheelchair users sit?" the question and the Studio's six places left out the main
  // house's four.)
  let chosen = 0;
  // The best sentence and those brought along with it, which are read together.
  const withFirst: number[] = [];
  for (const x of scored.sort((a, b) => b.score - a.score)) {
    if (chosen >= count) break;
    if (!picked.includes(x.i)) {
      picked.push(x.i);
      // (A question the page asks itself, "Q: I left my racket behind last week. Where is it?",
      // answers nothing, nor does a sentence on its line before its question mark: the sentence
      // after it does, and comes with it.)
      const asks = asksItself(all[x.i]) || (x.i + 1 < all.length && asksItself(all[x.i + 1]) && p.text.includes(`${all[x.i]} ${all[x.i + 1]}`));
      if (asks) {
        const answer = all.findIndex((t, k) => k > x.i && k <= x.i + QUESTION_REACH && !asksItself(t));
        // (The rest of the question comes too, so that it reads whole before its answer.)
        for (let k = x.i + 1; answer > 0 && k <= answer; k++) if (!picked.includes(k)) picked.push(k);
      }
      chosen++;
    }
    // "It has three jobs:" says nothing without what follows, nor "It …" without what "it" is.
    if (/:\s*$/.test(all[x.i]) && x.i + 1 < all.length && !picked.includes(x.i + 1)) picked.push(x.i + 1);
    // "If a unit does not beep or flash, it may be faulty." sets out a case; what to do in it
    // follows in the same paragraph.
    else if (LEXICON.conditions.has(words(all[x.i])[0] ?? '') && x.i + 1 < all.length && !picked.includes(x.i + 1) && sameParagraph(p.text, all[x.i], all[x.i + 1])) picked.push(x.i + 1);
    // A bare "Yes." or "No." answers the heading's question; what it says yes to follows.
    else if (bareAnswer(all[x.i]) && x.i + 1 < all.length && !picked.includes(x.i + 1) && sameParagraph(p.text, all[x.i], all[x.i + 1])) picked.push(x.i + 1);
    // A sentence the next one denies ("Many visitors assume the park is paid for out of council
    // tax. It is not.") states what the source holds untrue: the denial comes with it.
    if (x.i + 1 < all.length && !picked.includes(x.i + 1) && deniesTheOneBefore(all[x.i + 1]) && sameParagraph(p.text, all[x.i], all[x.i + 1])) picked.push(x.i + 1);
    if (x.i > 0 && LEXICON.anaphora.has(words(all[x.i])[0] ?? '') && !picked.includes(x.i - 1)) picked.push(x.i - 1);
    // (…and what the first "It" of the paragraph stands for: "The Wednesday Pool League uses…",
    // then "It has ten teams…" and "Its league secretary is…". A long run of them keeps its ends.)
    const root = antecedentOf[x.i];
    if (root !== undefined && !picked.includes(root)) picked.push(root);
    if (root !== undefined && x.i - root <= MAX_CARRIED) for (let k = root + 1; k < x.i - 1; k++) if (!picked.includes(k)) picked.push(k);
    // A later sentence of a list item comes with the item's first sentence, which names it.
    const j = leadOf[x.i];
    if (j !== undefined && j !== x.i && j !== x.i - 1 && !picked.includes(j)) picked.push(j);
    if (!withFirst.length) withFirst.push(...picked);
  }
  // The answer's own passage must give the figure asked for: where the sentences chosen for the
  // words they share with the question hold none of the unit asked, the best that does comes too
  // ("I got a referral slip last week, how long have I got?": the sentence about slips, then
  // "valid for 14 days"). A passage quoted in support keeps to its one best sentence.
  if (leads && !picked.some((i) => holdsAsked[i])) {
    const best = scored.find((x) => holdsAsked[x.i]);
    if (best) picked.push(best.i);
  }
  // A list asked for, where the chosen sentence introduces one ("each jar must show:"): its items
  // are the answer.
  if (spec?.list && picked.length) {
    // (Where the passage introduces a list with words of the question — "we do not accept
    // sponsorship from:" — that list is the one asked for, though another sentence leads.)
    const introduces = (i: number) => /:\s*$/.test(all[i]) && leadOf.some((l, k) => k > i && l === i);
    if (!picked.some(introduces)) {
      const intro = scored.filter((x) => x.score > 0 && introduces(x.i)).sort((a, b) => b.score - a.score)[0];
      if (intro) picked.push(intro.i);
    }
  }
  // An introduction ("To join the team you must:") states nothing until its items are read, and
  // any one of them may be what was asked ("how much training?": "complete a four-hour
  // induction"), so where it leads the answer, or a list is asked, all of them come (up to a
  // handful), not only the first. A passage quoted in support keeps to its one item, and so does
  // an answer whose best sentence is the item holding a figure the question gives ("a bag of 40
  // to 50 litres", "an adult weighing 80 kg"): the question has picked it out of its list.
  if ((spec?.list || leads) && picked.length) {
    const intro = picked.find((i) => /:\s*$/.test(all[i]));
    const best = scored[0].i;
    // (Figures are read only where a list is introduced: most answers have none to weigh.)
    const pickedOut = () => {
      if (leadOf[best] !== intro) return false;
      const given = [...stated, ...quantities(q.text)];
      return quantities(all[best]).some((x) => given.some((v) => fits(v, x) || (agrees(v, x) && agrees(x, v))));
    };
    // (An item that leads reads under its introduction where that was chosen too: "We ask for at
    // least:", then "- one adult for every 4 children under 5;", not the other way round.)
    if (intro !== undefined && !withFirst.includes(intro) && withFirst.some((k) => leadOf[k] === intro)) withFirst.push(intro);
    if (intro !== undefined && (spec?.list || !pickedOut())) {
      const items = all.map((_, k) => k).filter((k) => k > intro && leadOf[k] === intro).slice(0, MAX_LIST_ITEMS);
      for (const k of items) if (!picked.includes(k)) picked.push(k);
      // (A list reads in its own order: "3. Orange" comes between "2. Blue" and "4. Grey".)
      if (withFirst.includes(intro)) for (const k of items) if (!withFirst.includes(k)) withFirst.push(k);
    }
  }
  // The best sentence first, with what it was brought along with in text order ("It…" after what
  // "it" is, a case before what to do in it); the rest in text order after them reads as support.
  const lead = [...withFirst].sort((x, y) => x - y);
  // A list item starts its own line, so the items read as the list they are, and so does the
  // prose after one ("- Treasurer – Nadia Quill" then the paragraph it was quoted with), though
  // not the item's own later sentence ("7. Copenhagen planks – … Hold for 20 seconds").
  const order = [...lead, ...picked.filter((i) => !lead.includes(i)).sort((x, y) => x - y)];
  // (Prose after an item is a paragraph of its own, a blank line before it: on the next line alone
  // Markdown reads it as more of the item.)
  const ownParagraph = (i: number, before: number) => !isListItem(all[i]) && isListItem(all[before]) && leadOf[i] !== before;
  const ownLine = (i: number, before: number) => isListItem(all[i]) || ownParagraph(i, before);
  return order.map((i, k) => (k && ownLine(i, order[k - 1]) ? `${ownParagraph(i, order[k - 1]) ? '\n\n' : '\n'}${all[i]}` : k ? ` ${all[i]}` : all[i])).join('');
}

/** Sentences an "It" sentence may sit after its antecedent and still bring all of them along. */
const MAX_CARRIED = 3;

/** A line that opens a numbered list item in Markdown: its number and delimiter ("3.", "3)"). */
const NUMBERED_ITEM = /^(\d{1,3})([.)])(?=\s)/;
/** A line that opens a bulleted list item in Markdown ("•" and "(3)" do not). */
const MARKDOWN_BULLET = /^[-*+]\s/;

/**
 * An answer's Markdown, changed where a renderer would show a numbered item under a number its
 * source did not give it. Markdown numbers a list on from its first item, so "5. Report the
 * incident" then "1. Stop the group" would show step 1 as 6; and a "4." on the line after prose is
 * read as more of the paragraph (only a list that starts at 1 may interrupt one). An item that
 * would be renumbered shows its own number as text, in a paragraph of its own; one after prose
 * starts a list of its own.
 */
function keepingItemNumbers(markdown: string): string {
  // What the last line opened: a numbered list (its last number, delimiter), a bullet list, or prose.
  let last: { number: number; delimiter: string } | 'bullet' | 'prose' | undefined;
  let blank = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const afterBlank = blank;
    blank = line.trim() === '';
    const m = NUMBERED_ITEM.exec(line);
    if (blank || !m) {
      if (MARKDOWN_BULLET.test(line)) last = 'bullet';
      // (Prose on the line after an item is more of that item; after a blank line it is not.)
      else if (!blank && (afterBlank || typeof last !== 'object')) last = 'prose';
      out.push(line);
      continue;
    }
    const number = Number(m[1]);
    const delimiter = m[2];
    const before = last;
    last = { number, delimiter };
    const continues = typeof before === 'object' && before.delimiter === delimiter;
    if (continues && number !== before.number + 1) {
      if (!afterBlank) out.push('');
      out.push(`${m[1]}\\${delimiter}${line.slice(m[0].length)}`);
      last = 'prose';
      continue;
    }
    if (before === 'prose' && number !== 1 && !afterBlank) out.push('');
    out.push(line);
  }
  return out.join('\n');
}

/** A sentence that asks a question: the page's own, answered by what follows it. */
function asksItself(sentence: string): boolean {
  return /\?["'\u201d\u2019)]*$/.test(sentence.trim());
}
/** How far after a page's own question its answer may start (a question may run over two sentences). */
const QUESTION_REACH = 2;

/** A sentence that is only a yes or a no ("Yes.", "No, not at all."): an answer with nothing of its own. */
function bareAnswer(sentence: string): boolean {
  const ws = words(sentence);
  return ws.length > 0 && ws.length <= BARE_ANSWER_WORDS && (LEXICON.affirmatives.has(ws[0]) || LEXICON.negations.has(ws[0])) && ws.slice(1).every((w) => STOPWORDS.has(w));
}
const BARE_ANSWER_WORDS = 3;

/** How much more a sentence counts that opens with the kind of case a question sets out. */
const CASE_STATED = 1.5;

/** How much more a sentence counts whose band or limit holds a figure the question states. */
const FITS = 1.5;

/** Most items of a list quoted when a list is asked for. */
const MAX_LIST_ITEMS = 8;
/** Most words a list item's label has before its colon ("Female dogs:", "Under-11 and under-12:"). */
const MAX_LABEL_WORDS = 4;
/** …and a table row's first cell: a name, not a sentence. */
const MAX_ROW_NAME_WORDS = 10;

/** The label of a list item written "Label: value", if it is one. */
function labelOf(s: string): string | undefined {
  // (A table row is labelled by the value that names it: "Room: Studio; …; Capacity: 60 seats".)
  // (The whole first cell, however many words it takes: "Function room, evening 6pm–midnight" names
  // its row as "Function room, per hour" does.)
  const row = tableRowName(s);
  if (row) return words(row).length <= MAX_ROW_NAME_WORDS ? row : undefined;
  if (!isListItem(s)) return undefined;
  const item = listItemText(s);
  const colon = item.indexOf(':');
  if (colon < 1) return undefined;
  const label = item.slice(0, colon);
  return words(label).length <= MAX_LABEL_WORDS ? label : undefined;
}

/** How much a list item's first sentence lends the later sentences of its item. */
const LINE_LEAD = 0.5;

function firstSentence(text: string): string {
  return clip(sentences(text)[0] ?? '', MAX_EXCERPT_CHARS);
}

function overlap(a: string, b: string): number {
  const A = new Set(words(a).filter((w) => !STOPWORDS.has(w)));
  const B = new Set(words(b).filter((w) => !STOPWORDS.has(w)));
  if (!A.size) return 1;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / A.size;
}

/** "Tight, weak glutes from sitting" → "tight, weak glutes…" mid-sentence; "DOMS" keeps its capitals. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** "Calves" → "calves", "Tensor fascia latae (TFL)" → "tensor fascia latae" (its name); acronyms keep their case. */
function muscleName(p: Pick<Passage, 'title' | 'name'>): string {
  return stripThe(nameOf(p))
    .split(' ')
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

/** "calves", "hamstrings", "quadriceps" take "are"; "soleus", "biceps femoris", "iliopsoas" do not. */
function plural(name: string): boolean {
  return /s$/.test(name) && !/(us|is|ss|as)$/.test(name);
}

/** Next questions the corpus can answer, built from what the answer cited. */
function followUps(q: AnalysedQuery, citations: Citation[], corpus: Corpus): string[] {
  return followUpsFor(
    citations.map((c) => c.id),
    corpus,
    q.intent,
    q.text,
  );
}

/**
 * Follow-up questions about these passages, from the schema: a muscle's exercises, weakness and
 * role; a condition's prevention; a phase's muscles. A passage that is not itself a muscle speaks
 * through the muscle it relates to, so a headline title is never used as a name.
 */
export function followUpsFor(ids: readonly string[], corpus: Corpus, intent: Intent, question: string): string[] {
  const out: string[] = [];
  const push = (s: string) => {
    if (!out.includes(s) && s.toLowerCase() !== question.trim().toLowerCase()) out.push(s);
  };
  const { hasExercises, hasWeakness } = topicsOf(corpus);
  /** Passages the question names by their name or an alias. */
  const said = words(question).map(termOf);
  const names = (p: Passage) => [nameOf(p), ...(p.aliases ?? [])].some((n) => { const ts = words(n).map(termOf); return ts.length > 0 && containsRun(said, ts); });
  const asked = new Set(ids.filter((id) => { const p = corpus.get(id); return !!p && names(p); }));
  const anatomy = (p: Passage | undefined) => !!p && (p.kind === 'muscle' || p.kind === 'group' || p.kind === 'tendon');
  for (const id of ids) {
    let p = corpus.get(id);
    if (!p) continue;
    if (p.aspectOf) p = corpus.get(p.aspectOf) ?? p;
    if (p.kind === 'concept' || p.kind === 'exercise') {
      const via = [...(p.works ?? []), ...(p.related ?? [])].map((r) => corpus.get(r)).find(anatomy);
      if (via) p = via;
    }
    if (anatomy(p)) {
      const n = muscleName(p);
      const verb = plural(n) ? 'are' : 'is';
      if (intent !== 'exercise' && hasExercises(p.id)) push(`Which exercises strengthen the ${n}?`);
      if (intent !== 'condition' && hasWeakness(p.id)) push(`What happens when the ${n} ${verb} weak?`);
      if (intent !== 'role') push(`What ${plural(n) ? 'do' : 'does'} the ${n} do in the stride?`);
    } else if (p.kind === 'condition') {
      // (Not after a question that already asks how to keep it away: "how do I stop getting shin
      // splints?" is itself "how can I prevent shin splints?".)
      if (!(intent === 'exercise' && asked.has(p.id))) push(`How can I prevent ${lowerFirst(stripThe(nameOf(p)))}?`);
    } else if (p.kind === 'phase') {
      push(`Which muscles work at ${lowerFirst(stripThe(nameOf(p)))}?`);
    }
    if (out.length >= 3) break;
  }
  return out.slice(0, 3);
}

const topicCache = new WeakMap<Corpus, { hasExercises: (id: string) => boolean; hasWeakness: (id: string) => boolean }>();

/** Which muscles have exercises and weakness passages: computed once per corpus, not per answer. */
function topicsOf(corpus: Corpus) {
  let t = topicCache.get(corpus);
  if (!t) {
    const exercised = new Set<string>();
    const weak = new Set<string>();
    for (const p of corpus.passages) {
      if (p.kind === 'exercise') {
        for (const w of p.works ?? []) {
          exercised.add(w);
          const m = corpus.get(w);
          // Training a member trains its group, and training a group trains its members.
          for (const r of m?.related ?? []) if (corpus.get(r)?.kind === 'group' || m?.kind === 'group') exercised.add(r);
        }
      }
      if (p.kind === 'condition' || p.facets?.includes('weakness')) {
        weak.add(p.id);
        for (const r of p.related ?? []) weak.add(r);
      }
    }
    t = { hasExercises: (id: string) => exercised.has(id), hasWeakness: (id: string) => weak.has(id) };
    topicCache.set(corpus, t);
  }
  return t;
}

function stripThe(s: string): string {
  return s.replace(/^the /i, '');
}

/** Do two consecutive sentences of a text sit in one paragraph (no line break between them)? */
function sameParagraph(text: string, a: string, b: string): boolean {
  const at = text.indexOf(a.slice(0, 40));
  const next = at < 0 ? -1 : text.indexOf(b.slice(0, 40), at);
  return at >= 0 && next > at && !text.slice(at, next).includes('\n');
}
