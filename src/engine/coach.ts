import { clip, MAX_EXCERPT_CHARS } from './bounds';
import { compose, followUpsFor } from './compose';
import { Corpus, type SerializedCorpus } from './corpus';
import { decide, type CheckDecision } from './check';
import { mythRestated, namedOther, otherPostHolder, peopleNamed, saidDenied, swappedPair, typedCheck, type RuleFinding } from './claims';
import { checkDocument, type DocumentCheck } from './check-document';
import { gaitPhases, type PhaseView } from './gait';
import { combine, validatePack, type SerializedPack } from './pack';
import { draftPlan, type Plan, type PlanOptions } from './plan';
import { chunkDocument, type DocumentInput } from './documents';
import { analyseQuestion } from './query';
import { calibrate, thresholdFor } from './calibrate';
import { agrees, numbersWritten, quantities } from './numbers';
import { retrieve } from './retrieve';
import { contentTerms, inTitleCase, sentences, termOf, words } from './text';
import type { Answer, CheckResult, Passage } from './types';

/** Options for {@link createCoach}. Every field but `corpus` has a documented default. */
export interface CoachOptions {
  /** The prebuilt corpus (from the build, or a pack), or passages to index now. Required. */
  corpus: SerializedCorpus | Corpus | readonly Passage[];
  /** Extra documents (Markdown or text) to chunk and cite verbatim. Default: none. */
  documents?: readonly DocumentInput[];
  /** Knowledge packs to answer from beside the corpus (see `stride-coach pack`). Default: none. */
  packs?: readonly SerializedPack[];
  /** Most citations in one answer. Default: 4. */
  maxCitations?: number;
  /**
   * Share of a question's content (information-weighted) the best passage must speak to, below
   * which the coach abstains, overriding the corpus's own calibration for every question (both
   * those that name something in the corpus and those that do not). Default: the thresholds
   * fitted for the corpus at build time (`corpus.calibration`), refitted when documents or packs
   * are added.
   */
  minCoverage?: number;
}

export interface Coach {
  /** Answers a question from the corpus with citations, or abstains. Never throws on input. */
  ask(question: string): Answer;
  /** Checks a claim: supported, contradicted or unverified, with evidence. Never throws on input. */
  check(claim: string): CheckResult;
  /**
   * Checks every checkable sentence of a Markdown or text document, with positions for an
   * editor and an in-place fix for a differing figure. Never throws on input.
   */
  checkDocument(text: string): DocumentCheck;
  /**
   * Drafts a strength-and-mobility block for muscles, a weakness or a complaint, with filters
   * for equipment and kind and a plan text whose exercises are left out. Never throws on input.
   */
  plan(request: string, options?: PlanOptions): Plan;
  /** The gait phases with the muscles the sources say work in each, and the passage that says so. */
  gait(): readonly PhaseView[];
  /** Every passage the coach can cite. */
  passages(): readonly Passage[];
}

export const DEFAULTS = { maxCitations: 4 } as const;

/** A question of this many words or more, all one word, is no question. */
const CHANT = 4;

const EXAMPLES = [
  'What does the soleus do at mid-stance?',
  'Exercises for weak peroneals?',
  'What happens when the glutes are weak?',
];

export function createCoach(options: CoachOptions): Coach {
  if (!options || !options.corpus) throw new Error('stride-coach: createCoach needs a corpus');
  const maxCitations = clampInt(options.maxCitations ?? DEFAULTS.maxCitations, 1, 10);
  const corpus = toCorpus(options.corpus, options.documents ?? [], options.packs ?? []);
  const fixed = options.minCoverage === undefined ? undefined : Math.min(1, Math.max(0, Number(options.minCoverage) || 0));

  let phases: PhaseView[] | undefined;
  // What a refusal says the sources cover: the curated corpus's subject, then the team's own
  // documents by title (a vet practice's handbook is not "the muscles used in running").
  const documentTitles = [...new Set(corpus.passages.filter((p) => p.kind === 'document').map((p) => p.source.title))];
  const curatedScope = 'the muscles used in running, the exercises, drills and stretches for them, and the injuries that follow when they are weak or tight';
  const documentScope = documentTitles.length
    ? `your documents (${documentTitles.slice(0, 3).join(', ')}${documentTitles.length > 3 ? ` and ${documentTitles.length - 3} more` : ''})`
    : '';
  // What to suggest after a refusal: the team's own pages where it loaded some ("Tell me about
  // Membership and Fees"), else questions about the curated corpus.
  const suggestions = documentTitles.length ? documentTitles.slice(0, 3).map((t) => `Tell me about ${t}`) : EXAMPLES;
  const coverage = corpus.passages.some((p) => p.kind !== 'document')
    ? `They cover ${curatedScope}${documentScope ? `, and ${documentScope}` : ''}`
    : `They are ${documentScope}`;

  function ask(question: string): Answer {
    const started = performance.now();
    const text = typeof question === 'string' ? question : String(question ?? '');
    const q = analyseQuestion(text, corpus);
    const r = retrieve(q, corpus);
    const base = { question: text };
    // (A question that names something the sources never do is outside them, however many of its
    // other words they use: "How many substitutes can a Premier League team name on the bench?")
    // One word said over and over ("sing sing sing …") asks nothing, whatever the word.
    const said = q.tokens.filter((t) => t.status !== 'stop');
    const chant = said.length >= CHANT && new Set(said.map((t) => t.term)).size === 1;
    if (chant || !r.contentCount || !r.ranked.length || q.foreignNames?.length || r.gate.coverage < (fixed ?? thresholdFor(corpus.calibration, r))) {
      const nearIds = q.entities.filter((e) => e.primary && !e.weak).map((e) => e.id);
      const near = nearIds.map((id) => corpus.get(id)?.title).filter(Boolean) as string[];
      // (A name is letters, hyphens and apostrophes only: see query.ts.)
      const strangers = q.foreignNames?.length ? ` They never mention ${q.foreignNames.map((n) => `“${n}”`).join(' or ')}.` : '';
      const answer = r.contentCount && !chant
        ? `That is not in my sources.${strangers} ${coverage}${near.length ? `; they do say something about ${near.slice(0, 3).join(', ')}` : ''}.`
        : documentScope
          ? `Ask me a question about ${documentScope}${corpus.passages.some((p) => p.kind !== 'document') ? ', or about a running muscle, an exercise or an injury' : ''}.`
          : 'Ask me about a running muscle, an exercise or an injury, for example: "What does the soleus do at mid-stance?"';
      return {
        ...base,
        answer,
        abstained: true,
        citations: [],
        followUps: near.length ? followUpsFor(nearIds, corpus, 'general', text) : suggestions,
        tookMs: round(performance.now() - started),
      };
    }
    const c = compose(q, r, corpus, { maxCitations });
    const note = q.corrections.length
      ? `\n\n_Read as: ${q.corrections.map((x) => `“${x.from}” → “${x.to}”`).join(', ')}._`
      : '';
    return { ...base, answer: c.answer + note, abstained: false, citations: c.citations, followUps: c.followUps, tookMs: round(performance.now() - started) };
  }

  function check(claim: string): CheckResult {
    const started = performance.now();
    const text = typeof claim === 'string' ? claim : String(claim ?? '');
    // Typed rules on aligned sentences first; what none of them decides goes to the passage-level
    // checks (coverage, figures in context, exercises and their muscles).
    const typed = typedCheck(text, corpus);
    const d = restatedMyth(text, pairSwapped(text, otherPost(text, otherPerson(text, unstatedName(text, unstatedNumber(text, typed ? fromFinding(typed) : deniedSupport(text, named(decide(text, corpus)), corpus), corpus), corpus), corpus), corpus), corpus), corpus);
    return { claim: text, verdict: d.verdict, evidence: d.evidence.slice(0, maxCitations), notes: d.notes, ...(d.figure ? { figure: d.figure } : {}), tookMs: round(performance.now() - started) };
  }

  return {
    ask,
    check,
    checkDocument: (text: string) => checkDocument(text, corpus, check),
    plan: (request: string, planOptions?: PlanOptions) => draftPlan(request, corpus, planOptions),
    gait: () => (phases ??= gaitPhases(corpus)),
    passages: () => corpus.passages,
  };
}

function toCorpus(c: CoachOptions['corpus'], documents: readonly DocumentInput[], packs: readonly SerializedPack[]): Corpus {
  const extra = documents.flatMap((d) => {
    try {
      return chunkDocument(d);
    } catch (e) {
      // Whatever goes wrong in one document, the message names it.
      throw new Error(`stride-coach: ${d.path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const base = Array.isArray(c) ? Corpus.build(c as readonly Passage[]) : (c as SerializedCorpus | Corpus);
  const withPacks = combine(base, packs.map((p, i) => validatePack(p, `pack ${i + 1}`)));
  const corpus = extra.length ? Corpus.build([...withPacks.passages, ...extra]) : withPacks;
  // Thresholds fitted on another set of passages do not carry over: fit them on this one.
  if (corpus.calibration.passages !== corpus.passages.length) corpus.calibration = calibrate(corpus);
  return corpus;
}

/**
 * Support read from shared words is no support where a cited sentence that says much of the claim
 * denies the claim's own words (see saidDenied): the claim says what the source denies, unless a
 * cited sentence that says more of it denies nothing. (All were left to the reader as unverified
 * before: on the tuning folders 8 of the 9 claims so read were written as contradicted.)
 */
function deniedSupport(claim: string, d: CheckDecision, corpus: Corpus): CheckDecision {
  if (d.verdict !== 'supported' || d.rule !== 'coverage') return d;
  const denial = saidDenied(claim, corpus, new Set(d.evidence.map((e) => e.id)));
  if (!denial) return d;
  // Where another cited sentence says more of the claim undenied, the reader decides.
  if (denial.outranked) {
    return {
      rule: 'negation',
      verdict: 'unverified',
      evidence: d.evidence,
      notes: [`The source says this with a negation: “${clip(denial.sentence, 200)}”; read the evidence.`, 'Decided by the negation rule on the cited passages.'],
    };
  }
  // The deciding sentence is the first evidence, quoted as its excerpt.
  const denying = d.evidence.find((e) => e.id === denial.passage.id)!;
  const evidence = [{ ...denying, excerpt: clip(denial.sentence, MAX_EXCERPT_CHARS) }, ...d.evidence.filter((e) => e !== denying)].map((e, i) => ({ ...e, n: i + 1 }));
  return {
    rule: 'negation',
    verdict: 'contradicted',
    evidence,
    notes: [`The source denies what the claim says: “${clip(denial.sentence, 200)}” [1].`, 'Decided by the negation rule on the cited passages.'],
  };
}

/**
 * Support read from shared words is no support where the claim gives what it says to someone the
 * sources do not: the sentence that says it names another (see namedOther). A claim whose words
 * fell short of support is read the same way for a person ("Priya Castellane is the education
 * officer who teaches the school sessions", where the post's sentence names Gwen Ashdown), not for
 * a place: a place's name says less of what the claim is about. (On the 41 tuning folders: one
 * contradicted claim caught, no other verdict changed. Before peopleNamed left out runs with an
 * English word inside, two unverified claims of an organisation's history were read as naming
 * people and called contradicted: "Forge Lane Makerspace first opened in 2014".)
 */
function otherPerson(claim: string, d: CheckDecision, corpus: Corpus): CheckDecision {
  // (A figure the sources give confirms no person they give it to: "Gareth Pennock has been the
  // Team Leader since April 2022" against "Rhiannon Thwaite has held the post since April 2022",
  // where the other's sentence gives the claim's figures too.)
  const byFigure = d.verdict === 'supported' && d.rule === 'figure';
  if (d.verdict === 'contradicted' || (d.verdict === 'supported' && d.rule !== 'coverage' && !byFigure)) return d;
  const other = namedOther(claim, corpus, d.verdict === 'unverified');
  if (!other) return d;
  if (byFigure) {
    const theirs = quantities(other.at.sentence);
    if (!quantities(claim).every((cq) => theirs.some((q) => agrees(cq, q)))) return d;
  }
  return substituted(`The source gives this to ${other.theirs}, not ${other.mine}.`, other.at);
}

/**
 * A claim that names someone by a post the sources give to one other person, and never to them
 * (see otherPostHolder), gives the post to the wrong one, whatever else its words share with the
 * sources.
 */
function otherPost(claim: string, d: CheckDecision, corpus: Corpus): CheckDecision {
  // (Words said in the same order may bind them otherwise: "run by the head coach, Tomasz
  // Whitlock, with assistant coach Megan Ashdown" is no "run by head coach Megan Ashdown".)
  if (d.verdict === 'contradicted' || (d.verdict === 'supported' && d.rule !== 'coverage' && d.rule !== 'quotation')) return d;
  const other = otherPostHolder(claim, corpus);
  if (!other) return d;
  return substituted(`The sources name ${other.theirs} as the ${other.post}, not ${other.mine}.`, other);
}

/**
 * A claim of two statements that gives each of two named things what the sources say of the other
 * (see swappedPair) has them swapped, however many of its words and figures the sources say: each
 * is said, of the other one.
 */
function pairSwapped(claim: string, d: CheckDecision, corpus: Corpus): CheckDecision {
  if (d.verdict === 'contradicted') return d;
  const swap = swappedPair(claim, corpus);
  if (!swap) return d;
  return substituted(`The sources say of ${swap.mine} what the claim says of ${swap.theirs}, and of ${swap.theirs} what it says of ${swap.mine}.`, swap);
}

/** A claim contradicted by the substitution rule: the source sentence gives it to another. */
function substituted(note: string, at: { passage: Passage; sentence: string }): CheckDecision {
  return fromFinding({ verdict: 'contradicted', rule: 'substitution', note, passage: at.passage, sentence: at.sentence });
}

/**
 * A claim that states a myth a page sets out in its text (a sentence labelled as one, the belief a
 * myth's section reports or the next sentence corrects, a question answered "No": see
 * mythRestated) is the myth, whatever its words share with the page's correction.
 */
function restatedMyth(claim: string, d: CheckDecision, corpus: Corpus): CheckDecision {
  if (d.verdict === 'contradicted') return d;
  const myth = mythRestated(claim, corpus);
  if (!myth) return d;
  // (A question answered "No" is quoted as asked; a belief corrected by the sentence after it with
  // that sentence: neither heading need name a myth.)
  const note = myth.deniedQuestion
    ? `The sources answer "${clip(myth.deniedQuestion, 120)}" with no.`
    : myth.correction ? `The sources report this as a belief and correct it: "${clip(myth.correction.replace(/[.!]\s*$/, ''), 160)}".` : `The sources call this a myth ("${clip(myth.passage.title, 120)}").`;
  return fromFinding({ verdict: 'contradicted', rule: 'myth', note, passage: myth.passage, sentence: myth.sentence });
}

/**
 * A number the claim gives outside any quantity ("opened in 1987", "plot 14") is part of what it
 * says: a claim the evidence otherwise states is not confirmed while no cited passage gives that
 * number.
 */
function unstatedNumber(claim: string, d: CheckDecision, corpus: Corpus): CheckDecision {
  if (d.verdict !== 'supported') return d;
  // (A count of things the lexicon has no unit for, "2,000 eggs", is as bare: the sources may
  // count them in other words, so finding no such count proved nothing, but its number must be cited.)
  // (In digits or in words: "about forty qualified session leaders" is no figure, "session"
  // being a unit, and its number is as bare.)
  const inFigures = new Set(quantities(claim).filter((q) => !q.counted).flatMap((q) => numbersWritten(q.text).map((x) => x.n)));
  const bare = numbersWritten(claim, true).filter((x) => !inFigures.has(x.n));
  if (!bare.length) return d;
  // (A passage says what its headings say: "2024 in Numbers" dates every table under it.)
  const cited = new Set(d.evidence.flatMap((e) => { const p = corpus.get(e.id); return numbersWritten(p ? `${p.source?.section ?? ''} ${p.title} ${p.text}` : e.excerpt).map((x) => x.n); }));
  const missing = bare.filter((x) => !cited.has(x.n));
  if (!missing.length) return d;
  return {
    rule: 'figure',
    verdict: 'unverified',
    evidence: d.evidence,
    notes: [`The cited passages say the rest, but give no "${missing[0].said}"; read the evidence.`, 'Decided by the figure rule on the cited passages.'],
  };
}

/**
 * A name the claim gives (capitalised inside the sentence: "Child Benefit", "Helen Marsh") is part
 * of what it says: a claim the evidence otherwise states is not confirmed while no cited passage
 * names it. (A claim written in Title Case capitalises words, not names.)
 */
function unstatedName(claim: string, d: CheckDecision, corpus: Corpus): CheckDecision {
  if (d.verdict !== 'supported' || inTitleCase(claim)) return d;
  // (Not a sentence's first word, unless the run names a person: "Owen Price runs the junior
  // section" names Owen Price, where "Junior Coach" would be no name.)
  const people = new Set(peopleNamed(claim.slice(0, MAX_NAME_SCAN)));
  const names = [...claim.slice(0, MAX_NAME_SCAN).matchAll(NAME_RUN)].filter((m) => {
    const before = claim.slice(0, m.index ?? 0).trimEnd();
    return (before && !/[.!?:]$/.test(before)) || people.has(m[0]);
  });
  if (!names.length) return d;
  const plain = (text: string) => text.toLowerCase().replace(/[\u2019']s\b/g, '').replace(/\s+/g, ' ');
  // (A passage names what its headings name: "Saturday: 9am to 1pm" under "The Millgate Kitchen café".)
  const cited = plain(d.evidence.map((e) => { const p = corpus.get(e.id); return `${p?.source?.section ?? ''} ${p?.source?.title ?? ''} ${p?.title ?? e.title} ${p?.text ?? e.excerpt}`; }).join(' '));
  let evidence = d.evidence;
  for (const m of names) {
    // (A plural is the name's: "on Wednesdays" is said by "every Wednesday".)
    if (cited.includes(plain(m[0])) || (/\p{L}{3}s$/u.test(m[0]) && cited.includes(plain(m[0]).slice(0, -1)))) continue;
    // (A title written before a name runs into it, "Peal Secretary Alan Fitch": both named is the run named.)
    const ws = m[0].split(/\s+/);
    const namedApart = (k: number) => cited.includes(plain(ws.slice(0, k).join(' '))) && cited.includes(plain(ws.slice(k).join(' ')));
    if (ws.some((_, k) => k > 0 && ws.length - k >= 2 && namedApart(k))) continue;
    // Another section of a cited page may name it beside what the claim says of it: "the youth club
    // is for young people aged 11 to 16" above the timetable row "Youth club | Friday | …".
    const elsewhere = namedBeside(claim, m[0], evidence, corpus);
    if (elsewhere) {
      evidence = [...evidence, { n: evidence.length + 1, id: elsewhere.passage.id, title: elsewhere.passage.title, kind: elsewhere.passage.kind, excerpt: clip(elsewhere.sentence, MAX_EXCERPT_CHARS), score: 0, source: elsewhere.passage.source }];
      continue;
    }
    return {
      rule: 'coverage',
      verdict: 'unverified',
      evidence: d.evidence,
      notes: [`The cited passages say the rest, but never name “${m[0]}”; read the evidence.`, 'Decided by the coverage rule on the cited passages.'],
    };
  }
  return evidence === d.evidence ? d : { ...d, evidence };
}

/** Content words of a claim beyond a name that a sentence naming it elsewhere must also say. */
const SAID_BESIDE = 2;

/**
 * A sentence of a cited document, outside the cited passages, that names `name` and says at least
 * SAID_BESIDE of the claim's other content words (the document's passages only, read from its head).
 */
function namedBeside(claim: string, name: string, evidence: readonly { id: string }[], corpus: Corpus): { passage: Passage; sentence: string } | undefined {
  const nameTerms = new Set(words(name).map(termOf));
  const claimTerms = new Set(contentTerms(claim).filter((t) => !nameTerms.has(t)));
  const cited = new Set(evidence.map((e) => e.id));
  const target = name.toLowerCase();
  const heads = new Set<number>();
  for (const e of evidence) {
    const p = corpus.get(e.id);
    const head = p?.kind === 'document' ? corpus.documentHead(p) : undefined;
    if (head !== undefined) heads.add(head);
  }
  for (const head of heads) {
    const file = corpus.passages[head].source.file;
    for (let i = head; i < corpus.passages.length && corpus.passages[i].source.file === file; i++) {
      const p = corpus.passages[i];
      if (cited.has(p.id) || !p.text.toLowerCase().includes(target)) continue;
      for (const sentence of sentences(p.text)) {
        if (!sentence.toLowerCase().includes(target)) continue;
        const ts = new Set(words(sentence).map(termOf));
        if ([...claimTerms].filter((t) => ts.has(t)).length >= SAID_BESIDE) return { passage: p, sentence };
      }
    }
  }
  return undefined;
}

/** A run of capitalised words: a name ("Child Benefit", "Carer's Allowance"). */
const NAME_RUN = /\p{Lu}\p{Ll}+(?:[’']s)?(?:\s+\p{Lu}\p{Ll}+(?:[’']s)?)*/gu;
/** Names are looked for in this much of a claim (a claim is a sentence; this bounds the scan). */
const MAX_NAME_SCAN = 2_000;

/** A passage-level decision names its rule too, as the typed rules do. */
function named(d: CheckDecision): CheckDecision {
  if (!d.rule) return d;
  const on = d.evidence.length ? 'on the cited passages' : 'on the whole corpus';
  return { ...d, notes: [...d.notes, `Decided by the ${d.rule} rule ${on}.`] };
}

/** A typed rule's finding as a check decision: the deciding sentence is the evidence. */
function fromFinding(f: RuleFinding): CheckDecision {
  const evidence = [
    {
      n: 1,
      id: f.passage.id,
      title: f.passage.title,
      kind: f.passage.kind,
      excerpt: clip(f.sentence, MAX_EXCERPT_CHARS),
      score: 1,
      source: f.passage.source,
    },
  ];
  return {
    verdict: f.verdict,
    rule: f.rule,
    evidence,
    // The marker sits before the full stop, as in every other note ("… not the soleus [1].").
    notes: [`${f.note.replace(/\.$/, '')} [1].`, `Decided by the ${f.rule} rule on the source sentence: “${clip(f.sentence, 300)}”`],
    ...(f.figure ? { figure: { claimed: f.figure.claimed, source: f.figure.source, evidence: 1 } } : {}),
  };
}

function clampInt(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(Number.isFinite(n) ? n : lo)));
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
