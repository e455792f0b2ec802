import { LEXICON } from './lexicon';
import type { Passage } from './types';

/**
 * Small pieces of English shared by the exercise lists and the plans, so they read like a coach
 * talking ("Calf raises work the calves, gastrocnemius and soleus.") rather than a form
 * ("Calf raises works Calves, Gastrocnemius, Soleus"). Pure, no corpus access: callers pass the
 * passages.
 */

/** Passage kinds that name a body part. */
const ANATOMY = new Set(['muscle', 'group', 'tendon']);

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A name as it reads mid-sentence: "Tip-toe walking" → "tip-toe walking", "Achilles tendon" stays. */
export function inSentence(name: string): string {
  const [first, ...rest] = name.split(' ');
  return [midSentence(first), ...rest].join(' ');
}

/** A word as it reads mid-sentence: "Calves" → "calves", but "Achilles", "TFL", "IT" stay. */
function midSentence(word: string): string {
  if (!word || LEXICON.properWords.has(word.toLowerCase())) return word;
  // An acronym or a name with capitals inside (TFL, IT, FHB) keeps its case.
  if (/[A-Z]/.test(word.slice(1))) return word;
  return word[0].toLowerCase() + word.slice(1);
}

/**
 * A title that names something ("Glutes (gluteal muscles)", "Weak or tight calves"), as opposed
 * to one that describes a passage about it ("What the glutes do at push-off", "Soleus in
 * running: dorsiflexion control and propulsion").
 */
export function isNameTitle(title: string): boolean {
  return !/[:?]/.test(title) && !/^(what|how|why|when|which|the)\b/i.test(title) && title.split(/\s+/).length <= 6;
}

/**
 * What a passage names: its schema `name` where the title says more ("Glutes" for "Glutes
 * (gluteal muscles)", "Soleus" for "Soleus in running: dorsiflexion control and propulsion"),
 * else its title. The knowledge schema requires a name of every muscle, group, tendon,
 * exercise, condition and phase whose title has a colon or a parenthesis.
 */
export function nameOf(p: Pick<Passage, 'title' | 'name'>): string {
  return p.name ?? p.title;
}

/**
 * The name of a muscle, group, tendon or condition for use inside a sentence, in lower case
 * where it is ordinary words ("Glutes (gluteal muscles)" → "glutes", "Achilles tendon" stays).
 */
export function shortName(p: Pick<Passage, 'title' | 'name'>): string {
  const words = nameOf(p).split(' ');
  return [midSentence(words[0]), ...words.slice(1)].join(' ');
}

/**
 * What a request or question names, as a phrase for a heading: body parts take "the", conditions
 * do not ("the calves and shin splints"). A passage whose title describes a body part rather than
 * naming it ("What the glutes do at push-off") stands for the body part it is about; duplicates
 * go. Empty when nothing named a muscle or condition.
 */
/** Does a passage name something (it has a schema name, or a title that is one), rather than describe an aspect of it? */
function names(p: Passage): boolean {
  return !p.aspectOf && (p.name !== undefined || isNameTitle(p.title));
}

export function targetPhrase(passages: readonly Passage[], lookup: (id: string) => Passage | undefined, max = 3, bold = false): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of passages) {
    if (!ANATOMY.has(p.kind) && p.kind !== 'condition') continue;
    const named = names(p) ? p : (p.related ?? []).map(lookup).find((r) => r && r.kind === p.kind && names(r)) ?? (p.related ?? []).map(lookup).find((r) => r && ANATOMY.has(r.kind) && names(r));
    if (!named || seen.has(named.id)) continue;
    seen.add(named.id);
    const name = bold ? `**${shortName(named)}**` : shortName(named);
    out.push(named.kind === 'condition' ? name : `the ${name}`);
    if (out.length >= max) break;
  }
  return listOf(out);
}

/** Whether an exercise's name takes a plural verb: "Calf raises work", "Jump rope works". */
export function isPluralName(title: string): boolean {
  const head = title.split(/\s+(?:for|with|on|in|to|from)\s+|\s*\(/i)[0].trim();
  const last = (head.split(/[\s-]+/).pop() ?? '').toLowerCase();
  if (LEXICON.singularNames.has(last)) return false;
  return /[^su]s$/.test(last) || /(ches|shes|xes|sses)$/.test(last);
}

/**
 * "work the calves, gastrocnemius and soleus" for "Calf raises", "stretches the tensor fascia
 * latae" for a stretch (the schema's exercise `type`); empty when it works nothing.
 */
export function worksClause(exercise: Pick<Passage, 'title' | 'name' | 'type'>, muscles: readonly Pick<Passage, 'title' | 'name'>[]): string {
  if (!muscles.length) return '';
  const names = [...new Set(muscles.map(shortName))];
  const plural = isPluralName(nameOf(exercise));
  const verb = exercise.type === 'stretch' ? (plural ? 'stretch' : 'stretches') : plural ? 'work' : 'works';
  return `${verb} the ${listOf(names)}`;
}

/** "Calf raises work the calves, gastrocnemius and soleus."; empty when it works nothing. */
export function worksSentence(exercise: Pick<Passage, 'title' | 'name' | 'type'>, muscles: readonly Pick<Passage, 'title' | 'name'>[]): string {
  const clause = worksClause(exercise, muscles);
  return clause ? `${exercise.title} ${clause}.` : '';
}

/** A sentence ends with a full stop (or its own ? / !), whitespace tidied. */
export function asSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '';
  const cap = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(cap) ? cap : `${cap}.`;
}
