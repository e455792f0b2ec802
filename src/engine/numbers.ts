import { normalize } from './text';

/** A figure in prose: "15%", "30 ms", "3 sets", "four heads", "10-15 reps". */
export interface Quantity {
  /** Lower bound (equal to `high` for a single value). */
  low: number;
  high: number;
  /** Unit class, so that 30 ms is never compared with 30%. */
  unit: string;
  /** The words as written. */
  text: string;
  /** Offset of the figure in the normalized text, to tell which words sit next to it. */
  index: number;
}

// Null-prototype tables: the words looked up come from user text ("constructor" is a word).
const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
});

const UNITS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '%': 'percent', percent: 'percent', percentage: 'percent', pct: 'percent',
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms',
  s: 'seconds', sec: 'seconds', secs: 'seconds', second: 'seconds', seconds: 'seconds',
  min: 'minutes', mins: 'minutes', minute: 'minutes', minutes: 'minutes',
  hour: 'hours', hours: 'hours', day: 'days', days: 'days', week: 'weeks', weeks: 'weeks',
  set: 'sets', sets: 'sets', rep: 'reps', reps: 'reps', repetition: 'reps', repetitions: 'reps',
  m: 'meters', meter: 'meters', meters: 'meters', metre: 'meters', metres: 'meters',
  km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
  yard: 'yards', yards: 'yards', step: 'steps', steps: 'steps',
  head: 'heads', heads: 'heads', muscle: 'muscles', muscles: 'muscles',
  type: 'types', types: 'types', phase: 'phases', phases: 'phases',
  inch: 'inches', inches: 'inches', foot: 'feet', feet: 'feet', ft: 'feet', cm: 'cm', centimeter: 'cm', centimeters: 'cm', mm: 'mm',
  pair: 'pairs', pairs: 'pairs', session: 'sessions', sessions: 'sessions', workout: 'sessions', workouts: 'sessions',
  subject: 'subjects', subjects: 'subjects', participant: 'subjects', participants: 'subjects', runner: 'subjects', runners: 'subjects', people: 'subjects', volunteers: 'subjects',
  mile: 'miles', miles: 'miles', mi: 'miles',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  year: 'years', years: 'years', month: 'months', months: 'months',
});

/** Fractions said in words are percentages: "half of body mass" against the source's "40%". */
const FRACTIONS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { half: 50, third: 33.3, quarter: 25, 'two thirds': 66.7, 'three quarters': 75 });
const FRACTION = new RegExp(String.raw`\b(?:about |around |roughly |nearly |almost |over |under )?(?:a |one )?(${Object.keys(FRACTIONS).join('|')})\s+(?:of|the)\b`, 'g');

/** Units that read as a figure when hyphenated to their number ("60-minute", "6-inch"). */
const HYPHEN_UNITS = new Set(['ms', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'inches', 'feet', 'cm', 'mm', 'meters', 'km', 'miles', 'kg', 'lb']);

/** "a trio of muscles" is three muscles. */
const COLLECTIVES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { pair: 2, duo: 2, trio: 3, quartet: 4, dozen: 12 });
const COLLECTIVE = new RegExp(String.raw`\b(${Object.keys(COLLECTIVES).join('|')})\s+of\s+([a-z]+)\b`, 'g');
/** "cut in half" is a 50% change. */
const HALVED = /\b(?:in|by) half\b/g;

const NUM = String.raw`(\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
// "eight-week" and "60-minute" join number and unit with a hyphen.
const QUANTITY = new RegExp(
  String.raw`\b${NUM}(?:\s*(?:-|–|to|or)\s*${NUM})?(?:-|\s*)(%|per\s?cent\b|[a-z]+\b)?`,
  'giu',
);

function value(s: string): number {
  return NUMBER_WORDS[s] ?? Number(s);
}

export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const t = normalize(text).replace(/per\s?cent\b/g, '%');
  for (const m of t.matchAll(QUANTITY)) {
    const unitWord = (m[3] ?? '').replace(/\s+/g, '');
    const unit = UNITS[unitWord];
    if (!unit) continue; // a bare number says too little to compare
    // "an eight-week block" is a duration, but "a two-step process" is no count of steps.
    if (m[0].includes('-' + m[3]) && !HYPHEN_UNITS.has(unit)) continue;
    const a = value(m[1]);
    const b = m[2] !== undefined ? value(m[2]) : a;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    out.push({ low: Math.min(a, b), high: Math.max(a, b), unit, text: m[0].trim(), index: m.index ?? 0 });
  }
  for (const m of t.matchAll(COLLECTIVE)) {
    const unit = UNITS[m[2]];
    if (!unit) continue;
    const v = COLLECTIVES[m[1]];
    out.push({ low: v, high: v, unit, text: m[0], index: m.index ?? 0 });
  }
  for (const m of t.matchAll(HALVED)) out.push({ low: 50, high: 50, unit: 'percent', text: m[0], index: m.index ?? 0 });
  for (const m of t.matchAll(FRACTION)) {
    const v = FRACTIONS[m[1]];
    out.push({ low: v, high: v, unit: 'percent', text: m[0].replace(/\s+(of|the)$/, '').trim(), index: m.index ?? 0 });
  }
  return out;
}

/** Does an evidence quantity agree with a claimed one (a claimed value inside a range counts)? */
export function agrees(claim: Quantity, evidence: Quantity): boolean {
  return claim.unit === evidence.unit && claim.low >= evidence.low && claim.high <= evidence.high;
}
