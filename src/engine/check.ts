import type { Corpus } from './corpus';
import { LEXICON } from './lexicon';
import { agrees, boundsAlike, figureFix, insideStatedBound, quantities, replacementText, said, sameMeasure, type Quantity } from './numbers';
import { analyse, contentTokens } from './query';
import { coverageScorer, retrieve, trains, type Ranked } from './retrieve';
import { bandNote, deniesBesideFigures, FIGURE_OF, figureTopic, grantsPermission, otherBand, saysSeveral, sharesNeighbour, sourceSentences, swappedFigure } from './claims';
import { bestSentences } from './compose';
import { sentences, termOf, words, STOPWORDS } from './text';
import { nameOf, shortName } from './wording';
import type { Citation, FigureMismatch, Passage, Verdict } from './types';

/**
 * Fact-checking a claim against the corpus: find the passages it is about, then look for what
 * decides it — a figure that differs, a role stated the other way round, an exercise said to
 * work a muscle it does not — before calling it supported. A claim the corpus does not speak to
 * is unverified, however many words it shares.
 */

export interface CheckDecision {
  verdict: Verdict;
  /** Which check decided it, named for a person ("figure", "coverage", "exercise"…). */
  rule?: string;
  evidence: Citation[];
  notes: string[];
  /** Set when a figure decided it: the claim's words for it and the source's. */
  figure?: FigureMismatch;
}

/** Below this coverage the corpus does not speak to the claim. */
const SPEAKS_TO = 0.5;
/** At or above this coverage (and nothing contradicting) the claim is supported. */
const SUPPORTS = 0.75;
/** With every figure matching the source, this much coverage supports the claim. */
const FIGURE_SUPPORTS = SPEAKS_TO;

/**
 * Pairs of terms where saying one where the sources say the other inverts a fact: every pair of
 * forms across a family of the lexicon (knowledge/lexicon.yaml `oppositeFamilies`), and its
 * curated pairs (`opposites`).
 */
const OPPOSITES: [string, string][] = [
  ...LEXICON.oppositeFamilies.flatMap(([a, b]) => a.flatMap((x) => b.map((y) => [x, y] as [string, string]))),
  ...LEXICON.curatedPairs,
];

/**
 * Each word → the ways a claim can say it against an opposite, numbered in the order of
 * OPPOSITES (each pair read one way, then the other): a claim's few words are looked up rather
 * than every pair tried for every sentence of a document, and the first opposite found is the
 * same as reading the pairs in order.
 */
const OPPOSITE_READINGS = (() => {
  const out = new Map<string, { order: number; other: string }[]>();
  OPPOSITES.forEach(([a, b], i) => {
    for (const [said, other, order] of [
      [a, b, 2 * i],
      [b, a, 2 * i + 1],
    ] as const) {
      let list = out.get(said);
      if (!list) out.set(said, (list = []));
      list.push({ order, other });
    }
  });
  return out;
})();

/** The (said, other) pairs a claim's words could contradict, in the order of OPPOSITES. */
function oppositeReadings(claimWords: ReadonlySet<string>): { said: string; other: string }[] {
  const found: { order: number; said: string; other: string }[] = [];
  for (const said of claimWords) for (const { order, other } of OPPOSITE_READINGS.get(said) ?? []) found.push({ order, said, other });
  return found.sort((x, y) => x.order - y.order);
}

export function decide(claim: string, corpus: Corpus): CheckDecision {
  const q = analyse(claim, corpus);
  let r = retrieve(q, corpus, 6);
  const content = contentTokens(q);
  const queryTerms = new Set(content.map((t) => t.term));
  if (content.length && r.coverage < SPEAKS_TO) {
    // "The shortest and deepest peroneal" shares few words with a source that says "longest" and
    // "surface": read the claim with its opposite words flipped to find what it is about; the
    // opposites check below still judges the claim as written.
    const mirrored = mirror(claim);
    if (mirrored !== claim) {
      const m = retrieve(analyse(mirrored, corpus), corpus, 6);
      if (m.coverage >= SPEAKS_TO) r = m;
    }
  }
  const entityIds = new Set(q.entities.filter((e) => e.primary).map((e) => e.id));
  const claimed = quantities(claim);
  // A claimed figure about something the corpus has a passage on is checked against that
  // passage even when the rest of the claim strays ("four pairs of muscles in the lower back").
  const figureOnly = claimed.length > 0 && r.coverage < SPEAKS_TO && r.ranked.some((x) => entityIds.has(x.passage.id));
  if (!content.length || !r.ranked.length || (r.coverage < SPEAKS_TO && !figureOnly)) {
    const missing = content.filter((t) => t.status === 'unknown' || (t.status === 'expanded' && !t.alternatives?.length)).map((t) => t.surface);
    return {
      rule: 'coverage',
      verdict: 'unverified',
      evidence: [],
      notes: [
        content.length
          ? `The sources do not speak to this claim${missing.length ? ` (nothing on: ${missing.slice(0, 5).join(', ')})` : ''}.`
          : 'There is nothing checkable in this text: no muscle, exercise, injury or figure.',
      ],
    };
  }
  const relevant = figureOnly
    ? r.ranked.filter((x) => entityIds.has(x.passage.id))
    : r.ranked.filter((x) => (x.inDocument ?? x.coverage) >= SPEAKS_TO * 0.8).slice(0, 4);
  const evidence: Citation[] = [];
  const cite = (x: Ranked, excerpt?: string): number => {
    const found = evidence.find((c) => c.id === x.passage.id);
    if (found) return found.n;
    evidence.push({
      n: evidence.length + 1,
      id: x.passage.id,
      title: x.passage.title,
      kind: x.passage.kind,
      excerpt: excerpt ?? bestSentences(x.passage.text, queryTerms, 1),
      score: Math.round(Math.min(1, x.coverage) * 1000) / 1000,
      source: x.passage.source,
    });
    return evidence.length;
  };

  // 1. Figures: a claimed number against the same kind of number in the evidence, said of the
  // same thing: a sentence that names what the claim names, or the passage about it.
  // (An everyday word that names a passage only weakly, the "back" of "money back", names no
  // subject a figure must be said of.)
  const subjectIds = new Set(q.entities.filter((e) => e.primary && !e.weak).map((e) => e.id));
  const subjectNames = namesOf(subjectIds, corpus);
  const aboutSubject = (x: Ranked, s: string) =>
    !subjectIds.size || subjectIds.has(x.passage.id) || (() => {
      const ts = new Set(words(s).map(termOf));
      return subjectNames.some((n) => n.every((t) => ts.has(t)));
    })();
  const unmatched: Quantity[] = [];
  const grants = grantsPermission(claim);
  const otherDays: { claimed: Quantity; source: Quantity; n: number }[] = [];
  /** Claimed figures that lie only inside a limit the sources state ("800 newtons" against "at least 350"). */
  const withinLimit: { claimed: Quantity; source: Quantity; n: number }[] = [];
  // (A count the sources give in other words is not held against the claim, nor does it confirm it.)
  let matched = 0;
  // (A calendar word the sources give no rate for, "paying monthly", neither: they may say it otherwise.)
  let silent = 0;
  /** Sentences that gave one of the claim's figures. */
  const confirming: string[] = [];
  for (const cq of claimed) {
    let match: { x: Ranked; q: Quantity; sentence: string } | undefined;
    const found: { x: Ranked; q: Quantity; sentence: string }[] = [];
    // A figure is said of what the words around it name ("one day of rest"): a sentence that
    // gives the same figure of something else ("playing time in one day") neither confirms nor
    // corrects it.
    const topic = figureTopic(claim, cq, corpus);
    // (The same figure in the same unit is itself a sign of the same topic: half the words around
    // it are enough, as where the typed figure rule finds the claim's figure stated.)
    // (A sentence is read under its headings, as the typed rules read it: "make the entry within
    // 24 hours" under "Accidents and near misses".)
    const saysOf = (s: string, context: ReadonlySet<string>) => topic(s, context) >= FIGURE_OF / 2;
    // (A sentence that gives the very count may say what it counts in the count's own modifiers:
    // "the car park has 32 spaces" for "32 parking spaces".)
    // (Read for a sentence that gives the same count only, and worked out the first time one does.)
    let counted: ReturnType<typeof figureTopic> | undefined;
    for (const x of relevant) {
      for (const { text: s, context } of sourceSentences(x.passage, corpus)) {
        if (!aboutSubject(x, s)) continue;
        const about = saysOf(s, context);
        const figures = quantities(s).filter((eq) => (sameMeasure(eq, cq) && about) || agrees(cq, eq));
        if (!figures.length) continue;
        if (!about && !(cq.counted && (counted ??= figureTopic(claim, cq, corpus, true))(s, context) >= FIGURE_OF / 2)) continue;
        for (const eq of figures) found.push({ x, q: eq, sentence: s });
      }
    }
    // A claimed bound is read against the sources' bounds the same way where they give one (as
    // the typed figure rule does): "up to 5,000 grams" is no "no more than 2 kg", whatever lies under it.
    const sameWay = cq.bound ? found.filter((f) => f.q.bound && boundsAlike(f.q.bound, cq.bound!)) : [];
    // A differing figure is the typed figure rule's to judge, in the sentence aligned with the
    // claim: a passage that speaks to the claim holds many figures of other things ("the water
    // bill came to £2,850" is no price of a spare gate key).
    // (The sources' own figure first; else one whose limit the claim's lies inside, read below for a
    // figure given to the wrong case, but confirming nothing.)
    const candidates = sameWay.length ? sameWay : found;
    match = candidates.find((f) => agrees(cq, f.q) && !insideStatedBound(cq, f.q)) ?? candidates.find((f) => agrees(cq, f.q));
    // (A permission confirmed by a sentence that gives its figure but denies what it says around
    // it is not confirmed: "may go back on if they feel fine ten minutes later" against "they do
    // not return to play that day, even if they seem fine ten minutes later".)
    if (match && grants && deniesBesideFigures(claim, match.sentence)) {
      cite(match.x, match.sentence);
      continue;
    }
    if (match) {
      // The right number in the wrong place: "50 ms in elite runners" where the source gives
      // 30 ms for elite runners and 50 ms for fatigued ones.
      const swapped = swappedFigure(claim, cq, match.sentence, match.q);
      // (…or a band's figure given another band's outcome: see otherBand.)
      const band = swapped ? undefined : otherBand(claim, cq, { passage: match.x.passage, sentence: match.sentence }, corpus);
      if (band || swapped) {
        const n = cite(match.x, match.sentence);
        const note = band
          ? bandNote(cq, match.q, band.item, ` [${n}]`)
          : `The claim gives "${said(cq)}" for what the source gives as "${said(swapped!.other)}" (${swapped!.context}) [${n}].`;
        const fix = band ? figureFix(cq, band.theirs) : { claimed: cq.text, source: replacementText(swapped!.other) };
        return { rule: 'figure', verdict: 'contradicted', evidence, notes: [note], figure: { ...fix, evidence: n } };
      }
      // (A figure only inside a limit the sources state is neither given nor corrected by them.)
      // (A count inside one is likely a count of something else: "two match anglers" beside
      // "limited to 36 anglers".)
      if (insideStatedBound(cq, match.q)) {
        if (!cq.counted) withinLimit.push({ claimed: cq, source: match.q, n: cite(match.x, match.sentence) });
        continue;
      }
      cite(match.x, match.sentence);
      confirming.push(match.sentence);
      matched++;
    } else if (cq.calendar) {
      // …but where they give another day in the same period for something like it ("every
      // Friday" against "every Saturday"), the claim's day is not confirmed by the words around it.
      const other = found.find((f) => f.q.per === cq.per);
      if (!other) {
        silent++;
        continue;
      }
      otherDays.push({ claimed: cq, source: other.q, n: cite(other.x, other.sentence) });
      unmatched.push(cq);
    } else if (!cq.counted) {
      unmatched.push(cq);
    }
  }
  // A figure given in the very sentence that confirms another figure of the claim is said of the
  // same thing, whatever words surround it in the claim: "running from nine in the morning" beside
  // "lasts twelve hours", against "a 12-hour sing … from 9:00 am to 9:00 pm".
  for (const cq of [...unmatched]) {
    if (cq.calendar) continue;
    if (!confirming.some((s) => quantities(s).some((q) => sameMeasure(q, cq) && agrees(cq, q)))) continue;
    unmatched.splice(unmatched.indexOf(cq), 1);
    matched++;
  }
  if (figureOnly) {
    for (const x of relevant.slice(0, 2)) cite(x);
    return { rule: 'figure', verdict: 'unverified', evidence, notes: ['The sources touch on this, but not enough of the claim to confirm it; read the evidence.'] };
  }

  // 2. Roles stated the other way round: the claim says "fast" where the evidence says "slow".
  const claimWords = new Set(words(claim));
  const subject = subjectTerms(q, corpus);
  for (const { said, other } of oppositeReadings(claimWords)) {
    // A claim that uses both sides ("extending and flexing each foot") asserts neither.
    if (claimWords.has(other) || [...claimWords].some((w) => OPPOSITE_OF.get(said)?.has(w))) continue;
    // Only when no passage states it the claim's way: "slow" in one sentence and "fast" in
    // another about a different muscle is no contradiction.
    const statedAsClaimed = relevant.slice(0, 3).some((x) => closestSentence(x.passage.text, queryTerms, said, other, subject));
    if (statedAsClaimed) continue;
    for (const x of relevant.slice(0, 3)) {
      const s = closestSentence(x.passage.text, queryTerms, other, said, subject);
      // Said of the same thing: "after leaving the wharf" is no opposite of "before the 9am
      // deadline", though both sentences name the wharf.
      if (s && sharesNeighbour(claim, said, s, other, corpus)) {
        const n = cite(x, s);
        return {
          rule: 'opposite',
          verdict: 'contradicted',
          evidence,
          notes: [`The claim says "${said}" where the source says "${other}" [${n}].`],
        };
      }
    }
  }

  // 2c. A job given to the wrong member of a group: "the gluteus minimus is the one tied to
  // knee alignment" where the sources tie it to the gluteus medius.
  const sibling = wrongMember(claim, q, corpus, relevant);
  if (sibling) {
    const n = cite(sibling.x, sibling.sentence);
    return {
      rule: 'substitution',
      verdict: 'contradicted',
      evidence,
      notes: [`The sources say this of the ${sibling.source}, not the ${sibling.claimed} [${n}].`],
    };
  }

  // 3. An exercise said to work a muscle the sources do not name for it.
  // Only what the claim names outright, and only muscles an exercise can work: a descriptive
  // passage such as "The calf in each step" is no exercise target.
  const named = q.entities.filter((e) => e.primary).map((e) => corpus.get(e.id)).filter((p) => p !== undefined);
  const exercise = named.find((p) => p.kind === 'exercise' && p.works?.length);
  const targets = workable(corpus);
  const muscles = named.filter((p) => targets.has(p.id));
  const claimWordList = words(claim);
  if (exercise && muscles.length && claimWordList.some((w) => LEXICON.trainingVerbs.has(w))) {
    // "Mainly targets the gluteus maximus" names the exercise's own muscle: membership of the same
    // group ("glutes") is not enough when the sources name a different head.
    const strict = claimWordList.some((w) => LEXICON.exclusiveQualifiers.has(w));
    const direct = (exercise.works ?? []).filter((id) => corpus.get(id)?.kind === 'muscle');
    const wrong = muscles.filter((m) =>
      strict && m.kind === 'muscle' && direct.length
        ? !direct.includes(m.id)
        : !trains(exercise, new Set([m.id]), corpus),
    );
    if (wrong.length === muscles.length) {
      const x = r.ranked.find((y) => y.passage.id === exercise.id) ?? { passage: exercise, score: 1, coverage: 1 };
      const n = cite(x, bestSentences(exercise.text, queryTerms, 1));
      const works = (exercise.works ?? []).map((id) => corpus.get(id)?.title ?? id).join(', ');
      return {
        rule: 'exercise',
        verdict: 'contradicted',
        evidence,
        notes: [`The sources say ${exercise.title} works ${works}, not ${wrong.map((m) => m.title).join(', ')} [${n}].`],
      };
    }
  }

  for (const x of relevant.slice(0, 2)) cite(x);
  if (withinLimit.length && !unmatched.length) {
    return {
      rule: 'figure',
      verdict: 'unverified',
      evidence,
      notes: [`The sources give only a limit for this, ${withinLimit.map((d) => `"${said(d.source)}" [${d.n}]`).join(', ')}, not ${withinLimit.map((d) => `"${said(d.claimed)}"`).join(', ')}; read the evidence.`],
    };
  }
  if (unmatched.length) {
    // A figure the sources do not give for this is not confirmed by the words around it.
    return {
      rule: 'figure',
      verdict: 'unverified',
      evidence,
      notes: [
        otherDays.length
          ? `The sources give ${otherDays.map((d) => `"${said(d.source)}" [${d.n}]`).join(', ')} for something like this, not ${otherDays.map((d) => `"${said(d.claimed)}"`).join(', ')}; read the evidence.`
          : `The sources give no figure for this to compare with ${unmatched.map((c) => `"${said(c)}"`).join(', ')}; read the evidence.`,
      ],
    };
  }
  // Matching figures confirm a claim only when the rest of it is about what the source says.
  // Figures that all match, said of the claim's subject, confirm a claim that the sources speak to.
  const figuresAgree = matched > 0 && matched + silent === claimed.length && r.coverage >= FIGURE_SUPPORTS;
  // A claim may join two facts from two passages ("the soleus is slow-twitch and steadies
  // mid-stance"): what the two best passages say together counts, when each speaks to it.
  // (Only a claim of two statements: "the learning tracks are recorded by the musical director",
  // one statement, is not said by a passage on the tracks and another on the director.)
  const joint = relevant.length >= 2 && saysSeveral(claim) ? coverageScorer(content, q, corpus)(corpus.position(relevant[0].passage.id)!, [corpus.position(relevant[1].passage.id)!]) : r.coverage;
  if (Math.max(r.coverage, joint) >= SUPPORTS || figuresAgree) {
    return {
      rule: figuresAgree && Math.max(r.coverage, joint) < SUPPORTS ? 'figure' : 'coverage',
      verdict: 'supported',
      evidence,
      notes: [`The cited passages state this${claimed.length ? `, figures included (${claimed.map((c) => c.text).join(', ')})` : ''} [1].`],
    };
  }
  return {
    rule: 'coverage',
    verdict: 'unverified',
    evidence,
    notes: ['The sources touch on this, but not enough of the claim to confirm it; read the evidence.'],
  };
}

/** Word → the other side of its family, so that a claim using both sides asserts neither. */
const OPPOSITE_OF = new Map<string, Set<string>>();
for (const [a, b] of LEXICON.oppositeFamilies) {
  for (const x of a) OPPOSITE_OF.set(x, new Set(b));
  for (const y of b) OPPOSITE_OF.set(y, new Set(a));
}
const workableCache = new WeakMap<Corpus, Set<string>>();

/** Muscles and groups an exercise can work: every muscle, and every group some exercise works. */
function workable(corpus: Corpus): Set<string> {
  let set = workableCache.get(corpus);
  if (!set) {
    set = new Set();
    for (const p of corpus.passages) {
      if (p.kind === 'muscle' || p.kind === 'tendon') set.add(p.id);
      for (const w of p.works ?? []) set.add(w);
    }
    workableCache.set(corpus, set);
  }
  return set;
}

function wrongMember(
  claim: string,
  q: ReturnType<typeof analyse>,
  corpus: Corpus,
  relevant: Ranked[],
): { claimed: string; source: string; x: Ranked; sentence: string } | null {
  const anatomy = [...new Set(q.entities.filter((e) => e.primary).map((e) => e.id))].filter((id) => corpus.get(id)?.kind === 'muscle');
  if (anatomy.length !== 1) return null;
  const subject = corpus.get(anatomy[0])!;
  const groups = (subject.related ?? []).filter((r) => corpus.get(r)?.kind === 'group');
  const siblings = corpus.passages.filter((p) => p.kind === 'muscle' && p.id !== subject.id && p.related?.some((r) => groups.includes(r)));
  if (!siblings.length) return null;
  const own = namesOf(new Set([subject.id]), corpus);
  const skip = new Set([...own.flat(), ...namesOf(new Set(groups), corpus).flat()]);
  const predicate = new Set(words(claim).filter((w) => !STOPWORDS.has(w)).map(termOf).filter((t) => !skip.has(t) && t.length > 2));
  if (predicate.size < 2) return null;
  const mentions = (ts: Set<string>, names: string[][]) => names.some((n) => n.every((t) => ts.has(t)));
  const sibNames = siblings.map((p) => ({ p, names: namesOf(new Set([p.id]), corpus) }));
  let ownBest = 0;
  let other: { hits: number; p: (typeof siblings)[number]; x: Ranked; sentence: string } | null = null;
  for (const x of relevant.slice(0, 4)) {
    for (const s of sentences(x.passage.text)) {
      const ts = new Set(words(s).map(termOf));
      let hits = 0;
      for (const t of predicate) if (ts.has(t)) hits++;
      if (mentions(ts, own) || x.passage.id === subject.id) ownBest = Math.max(ownBest, hits);
      else {
        const sib = sibNames.find((sn) => mentions(ts, sn.names));
        if (sib && (!other || hits > other.hits)) other = { hits, p: sib.p, x, sentence: s };
      }
    }
  }
  if (!other || other.hits < 2 || other.hits / predicate.size < 0.4 || ownBest >= other.hits) return null;
  const name = (p: Passage) => shortName(p);
  return { claimed: name(subject), source: name(other.p), x: other.x, sentence: other.sentence };
}

/** The claim with every word of an opposite family replaced by its counterpart. */
function mirror(claim: string): string {
  return claim.replace(/[A-Za-z]+/g, (w) => {
    const lower = w.toLowerCase();
    for (const [a, b] of LEXICON.oppositeFamilies) {
      if (a.includes(lower)) return b[Math.min(a.indexOf(lower), b.length - 1)];
      if (b.includes(lower)) return a[Math.min(b.indexOf(lower), a.length - 1)];
    }
    return w;
  });
}

/** Title and alias terms of the named passages, for "does this sentence speak of them?". */
function namesOf(ids: ReadonlySet<string>, corpus: Corpus): string[][] {
  const out: string[][] = [];
  for (const id of ids) {
    const p = corpus.get(id);
    if (!p) continue;
    for (const name of [nameOf(p), ...(p.aliases ?? [])]) {
      const ts = words(name).filter((w) => !STOPWORDS.has(w)).map(termOf);
      if (ts.length) out.push(ts);
    }
  }
  return out;
}

/** Name terms of the muscles a claim is about, and of every other muscle, to tell whose a word is. */
interface Subject {
  own: Set<string>;
  others: Set<string>;
}

function subjectTerms(q: ReturnType<typeof analyse>, corpus: Corpus): Subject | null {
  const isAnatomy = (k: string) => k === 'muscle' || k === 'group' || k === 'tendon';
  const own = new Set<string>();
  for (const e of q.entities) {
    const p = corpus.get(e.id);
    if (p && isAnatomy(p.kind) && e.primary) for (const w of words(e.phrase)) own.add(termOf(w));
  }
  if (!own.size) return null;
  const others = new Set<string>();
  for (const p of corpus.passages) {
    if (!isAnatomy(p.kind)) continue;
    for (const name of [p.title, ...(p.aliases ?? [])]) {
      const ws = words(name).filter((w) => !STOPWORDS.has(w));
      if (ws.length === 1 && !own.has(termOf(ws[0]))) others.add(termOf(ws[0]));
    }
  }
  return { own, others };
}

/**
 * The passage sentence most about the claim that contains `want` and not `avoid`, or null when
 * no sentence shares enough with the claim to be about the same thing. With a subject, the
 * muscle named nearest to `want` must be the claim's own ("fast-twitch partner, the
 * gastrocnemius" says nothing about the soleus).
 */
function closestSentence(text: string, queryTerms: ReadonlySet<string>, want: string, avoid: string, subject: Subject | null): string | null {
  let best: { s: string; score: number } | null = null;
  for (const s of sentences(text)) {
    const ws = words(s);
    if (!ws.includes(want) || ws.includes(avoid)) continue;
    if (subject && !ownsWord(ws, want, subject)) continue;
    let hits = 0;
    for (const w of new Set(ws)) if (!STOPWORDS.has(w) && queryTerms.has(termOf(w))) hits++;
    // A long claim ("…, which is why it tires so quickly") still names its fact in a few words.
    const score = hits / Math.max(1, Math.min(queryTerms.size, 6));
    if (hits >= 2 && score >= 0.4 && (!best || score > best.score)) best = { s, score };
  }
  return best?.s ?? null;
}

function ownsWord(ws: string[], want: string, subject: Subject): boolean {
  const terms = ws.map(termOf);
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== want) continue;
    let nearest: 'own' | 'other' | null = null;
    for (let d = 1; d < ws.length && !nearest; d++) {
      for (const j of [i - d, i + d]) {
        if (j < 0 || j >= ws.length) continue;
        if (subject.own.has(terms[j])) nearest = 'own';
        else if (!nearest && subject.others.has(terms[j])) nearest = 'other';
      }
    }
    if (nearest !== 'other') return true;
  }
  return false;
}
