import { LEXICON } from './lexicon';
import { normalize, words } from './tokens';
import { termOf } from './text';

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
  /** Said as a bound: "under 90 minutes" (below), "up to 15%" (atMost), "more than 50 ms" (above), "at least 3 sets" (atLeast). */
  bound?: Bound;
  /** The bound's words as written ("no more than"); `text` is the figure alone, what a fix replaces. */
  boundText?: string;
  /**
   * A count of things the lexicon has no unit for ("180 climbers"): compared with counts of the
   * same things, but the sources may count them in other words, so finding none proves nothing.
   */
  counted?: boolean;
  /** The bound was read the other way, its clause being denied ("no player may … less than 48 hours"). */
  deniedBound?: boolean;
  /** The bound is of whom its clause forbids, after it: "players under 15 may not use strangles". */
  forbiddenAfter?: boolean;
  /** A bound said to be close to its figure ("just over 28 per cent"): over it, and near it. */
  near?: boolean;
  /** A rate: the unit class per which the figure is given ("four days a week": weeks). */
  per?: string;
  /** Said only to be denied: "every 6 months rather than once a year", "3 minutes, not 30 seconds". */
  denied?: boolean;
  /** A ratio's two sides, as terms, in the order said ("greens", "browns"): the value is the first over the second. */
  sides?: [string, string];
  /** Said as a difference, and which way: "25% more" (1), "25% fewer" (-1). */
  direction?: 1 | -1;
  /** A time of day that starts a period ("from 9am", "after 17:00") or ends one ("until 1pm", "9am to 1pm"). */
  edge?: 'start' | 'end';
  /** A time of day said without am or pm ("8:30"): it may be either half of the day. */
  halfDay?: boolean;
  /** A length of time said as how long something goes on ("for six months"): never an age. */
  span?: boolean;
  /** Said as a total: "adds up to 12 hours", "12 hours in total". */
  total?: boolean;
  /** The comparative word as written ("fewer"). */
  comparative?: string;
  /** The unit word of the field the figure fills ("Cruising hours: 23"), said after it in a fix: "23 hours". */
  fieldUnit?: string;
  /**
   * Said as the time between occurrences, "every 6 months", "at least once every 30 minutes": how
   * many times in that span (1 unless "twice every…"), the bound said before the count read for
   * the span ("at least once every 30 minutes" is at most 30 minutes apart), and the words from the
   * bound through the figure, which a fix replaces.
   */
  every?: { count: number; bound?: Bound; phrase: string };
  /**
   * Said by a calendar ("every Friday", "the first Monday of each month", "monthly"): a claim may
   * say it where the sources give the rate in other words ("paying monthly" for "£65 a month"), so
   * finding none in them proves nothing. Where it names its days, they are given ("first saturday"):
   * "every Saturday" is no "every Friday", though both come round once a week.
   */
  calendar?: true | string;
  /** A rate's words through its period ("twice an hour"), which a fix replaces where an interval is set against it. */
  ratePhrase?: string;
  /** What a share counts, said between its numbers ("outing" of "one outing in ten"): what the share is of, not how it is given. */
  shareOf?: string;
}

/**
 * A figure as it would stand in place of another: a unit joined to its number by a hyphen is an
 * adjective ("the 48-hour rule"), so in place of "one day" it reads "48 hours".
 */
export function replacementText(q: Quantity): string {
  if (q.fieldUnit) return `${q.text} ${q.fieldUnit}`;
  const m = /^(\d+(?:\.\d+)?)-([a-z]+)$/.exec(q.text);
  // The reader drops thousands separators ("£2,850" is read as 2850); a fix puts them back.
  // …and the reader's lower case off a temperature's scale ("60°c" is written "60°C").
  if (!m) return q.unit === 'phone' || q.unit === 'calendar-year' ? q.text : asWritten(q.text);
  const plural = `${m[2]}s`;
  return `${m[1]} ${Number(m[1]) !== 1 && UNITS.get(plural) === UNITS.get(m[2]) ? plural : m[2]}`;
}

/** A figure's text with what the reader took off put back: thousands separators, a scale's capital. */
function asWritten(text: string): string {
  return text.replace(/(^|[^\d.])(\d{4,})(?!\d)/g, (_, pre: string, n: string) => pre + n.replace(/\B(?=(\d{3})+$)/g, ',')).replace(/\u00b0\s?([cf])\b/g, (x) => x.toUpperCase());
}

/** A figure as said, its bound included: "up to 15%". */
export function said(q: Quantity): string {
  // A bound its clause denies is quoted as it reads: "(no player may play …) less than 48 hours".
  // (A telephone number or a year is quoted as written: its digits are no thousands.)
  const text = q.unit === 'phone' || q.unit === 'calendar-year' ? q.text : asWritten(q.fieldUnit ? `${q.text} ${q.fieldUnit}` : q.text);
  return q.boundText ? `${q.deniedBound ? 'not ' : ''}${q.boundText} ${text}` : text;
}

export type Bound = 'below' | 'atMost' | 'above' | 'atLeast';

const NUMBER_WORDS = LEXICON.numberWords;
const UNITS = LEXICON.units;
const UNIT_CLASSES = new Set([...UNITS.values(), ...LEXICON.dimensionOf.keys()]);

/** Fractions said in words are percentages: "half of body mass" against the source's "40%". */
const FRACTIONS = LEXICON.fractions;
/** A fraction's words, spaced or hyphenated ("two thirds", "two-thirds"). */
const FRACTION_WORDS = [...FRACTIONS.keys()].map((f) => f.replace(/ /g, '[- ]')).join('|');
/** Comparative words ("more", "fewer", "longer"): after a figure they say which way it differs ("25% fewer"). */
const COMPARATIVES = [...LEXICON.comparatives.keys()].join('|') || '(?!)';
/** (After "the" the word is an ordinal: "the fifth of November", "the third of the month".) */
const FRACTION = new RegExp(String.raw`(?<!\bthe\s{1,3})\b(?:about |around |roughly |nearly |almost |over |under )?(?:a |one )?(${FRACTION_WORDS})\s+(?:of|the|off|${COMPARATIVES})\b`, 'g');
/** Number words below a hundred, longest first: what an age is said in. */
const AGE_WORDS = [...NUMBER_WORDS].filter(([, n]) => n > 0 && n < 100).map(([w]) => w).sort((a, b) => b.length - a.length).join('|');
/** An age as a bare number, in digits or a number word below a hundred ("aged fourteen", "the age of 14"). */
const AGE_FIGURE = String.raw`(\d{1,3}|(?:${AGE_WORDS})(?![a-z-]))`;
/** "must be 21 or over": a bare number between an age limit's words. */
const AGE_LIMIT = LEXICON.ageLimits.before.length && LEXICON.ageLimits.after.length
  ? new RegExp(String.raw`\b(?:${LEXICON.ageLimits.before.join('|')})\s{1,3}${AGE_FIGURE}\s{1,3}(${LEXICON.ageLimits.after.map((p) => p.replace(/ /g, String.raw`\s{1,3}`)).join('|')})\b`, 'g')
  : null;
/** "from your 17th birthday", "until their 18th birthday": an age, reached on the day (lexicon ageLimits.birthdays). */
const BIRTHDAYS = LEXICON.ageLimits.birthdays;
const BIRTHDAY = BIRTHDAYS.words.length && BIRTHDAYS.owners.length
  ? new RegExp(String.raw`\b(?:(${BIRTHDAYS.until.map((p) => p.replace(/ /g, String.raw`\s{1,3}`)).join('|') || '(?!)'})\s{1,3})?(?:${BIRTHDAYS.owners.join('|')})\s{1,3}(\d{1,3})(?:st|nd|rd|th)\s{1,3}(?:${BIRTHDAYS.words.join('|')})\b`, 'g')
  : null;
/** "children under 12", "members aged over 75": a bare number after a bound word, right after the beings it is the age of. */
const AGE_GROUP = LEXICON.ageLimits.groups.length
  ? new RegExp(String.raw`\b([a-z]+(?:\s{1,3}one)?)\s{1,3}(?:${LEXICON.ageLimits.groups.map((p) => p.replace(/ /g, String.raw`\s{1,3}`)).join('|')})\s{1,3}${AGE_FIGURE}(?![.,:]?\d|\s*%)`, 'g')
  : null;
/**
 * "volunteers must be at least 16", "drivers have to be over 21": a bare number bounded after
 * "be", "is" or "are", a modal or two before, said of the beings it is the age of (the word before
 * the verb). A bound of other things has its unit or counted noun ("at least 16 members").
 */
const AGE_COPULA = LEXICON.ageLimits.before.length
  ? new RegExp(String.raw`\b([a-z]+)\s{1,3}(?:(?:must|should|shall|will|may|can|need|needs|have|has|to)\s{1,3}){0,2}(?:${LEXICON.ageLimits.before.join('|')})\s{1,3}(?:${LEXICON.figureBounds.map(([p]) => p).sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, String.raw`\s{1,3}`)).join('|')})\s{1,3}${AGE_FIGURE}(?![.,:]?\d|\s*%)`, 'g')
  : null;
/**
 * "my son is fifteen", "I'm 70" (normalized, "im 70"): a bare number said of a being after "is",
 * "are" or "am" is its age. (Other figures say their unit or counted noun: "he is 6 foot".)
 */
const AGE_STATED = new RegExp(String.raw`\b(?:([a-z]+)\s{1,3}(?:is|are|am)|(im))\s{1,3}(?:only\s{1,3}|just\s{1,3}|nearly\s{1,3}|almost\s{1,3})?${AGE_FIGURE}(?![.,:]?\d|\s*%)`, 'g');
/**
 * "Senior (65 and over)", "Junior (4–17)", "Adult (18 to 64)": a table's or a list's name for the
 * beings, then their ages as an aside in brackets. (Other asides say their unit or counted noun:
 * "Main hall (180 seats)", "Family (2 adults and 2 juniors)".)
 */
const AGE_ASIDE = new RegExp(String.raw`\b([a-z]{1,30})\s{0,3}\(\s{0,3}${AGE_FIGURE}(?:\s{0,3}(?:-|\u2013|to)\s{0,3}${AGE_FIGURE})?(?=\s{0,3}(?:\)|\+|(?:and|or)\s{1,3}(?:over|under|above|older|younger)\b))`, 'g');
/**
 * "under-14s", "the over-65s", "under-fives": an age group named by its limit, hyphened to the
 * age in the plural, or spaced as people type it ("can under 18s come?": no 18 seconds). The bound
 * words are the one-word ones of `figureBounds` ("under", "over").
 */
const BAND_WORDS = LEXICON.figureBounds.filter(([p, b]) => !p.includes(' ') && (b === 'below' || b === 'above'));
const AGE_BAND = BAND_WORDS.length
  ? new RegExp(String.raw`\b(${BAND_WORDS.map(([p]) => p).join('|')})(?:-|\s{1,3})(\d{1,3}|${AGE_WORDS})s\b`, 'g')
  : null;
/** "week five", "day 23", "Level 2": a step of a sequence numbered by the figure after its noun (not "each day 2 sessions"). */
const NUMBERED = LEXICON.numberedNouns.length
  ? new RegExp(String.raw`(?<!\b(?:each|every|per|one|that|this)\s{1,3})\b(${LEXICON.numberedNouns.join('|')})\s{1,3}${AGE_FIGURE}(?![.,:]?\d|\s*(?:%|-|\u2013|to\b|or\b|and\b))`, 'g')
  : null;
/** "the minimum age to take the tiller is 12": a limit named a few words before its figure. */
const AGE_NAMED = LEXICON.ageLimits.named.length
  ? new RegExp(String.raw`\b(${LEXICON.ageLimits.named.map(([p]) => p.replace(/ /g, String.raw`\s{1,3}`)).join('|')})(?:\s{1,3}[a-z'-]+){0,8}?\s{1,3}(?:is|of)\s{1,3}${AGE_FIGURE}(?![.,:]?\d|\s*%)`, 'g')
  : null;
/**
 * A telephone number: a leading 0 or a country code, then groups of digits ("01632 960 418",
 * "07700 900123", "+44 1632 960418"), ten to thirteen digits in all. Read first and whole: its
 * groups are no figures.
 */
const PHONE = /(?<![\w.,:\u00a3$\u20ac+-])(?:\+\d{2,3}[ -]?|0)\d{2,4}(?:[ -]?\d{3,4}){1,2}(?![\w.,:]?\d)/g;
const PHONE_DIGITS = [10, 13] as const;
/** Words after a bare number that make it no age: a part of a whole ("over 20 of them"), one of two figures ("3 or 4"). */
const NOT_AGE_AFTER = /^\s{0,3}(?:of|or|per|a|an|-|\u2013)(?![a-z])/;
/** A range's or a share's word after a figure, and the word after it: "3 to 5", "1 of 5", "70 – is". */
const RANGE_OR_SHARE = /^\s{0,3}(to|and|or|of|per|a|an|-|\u2013)(?![a-z])\s{0,3}([a-z0-9]*)/;
const SHARE_WORDS = new Set(['of', 'per', 'a', 'an']);
/** An age whose unit a later one gives: "fourteen- and" of "fourteen- and fifteen-year-olds". */
const SUSPENDED_AGE = new RegExp(String.raw`(?<![\w-])(\d{1,3}|${AGE_WORDS})-\s{1,3}(?:and|to|or)\s{1,3}$`);
/** "eighteen years old", "a 13-year-old". */
const AGE_OLD = LEXICON.ageLimits.old.length ? new RegExp(String.raw`^(?:\s{1,3}|-)(?:${LEXICON.ageLimits.old.join('|')})\b`) : null;
/** "adds up to 12 hours", "12 hours in total": a total. */
const TOTAL_BEFORE = LEXICON.totals.before.length ? new RegExp(String.raw`\b(?:${LEXICON.totals.before.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|')})\s+$`) : null;
const TOTAL_AFTER = LEXICON.totals.after.length ? new RegExp(String.raw`^\s*(?:${LEXICON.totals.after.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|')})\b`) : null;
const DIRECTION = new RegExp(String.raw`^\s{0,3}(${COMPARATIVES})\b`);
/** "a two-thirds majority": a fraction of two words before what it is a share of. */
const FRACTION_BEFORE = new RegExp(String.raw`\b(${[...FRACTIONS.keys()].filter((f) => f.includes(' ')).map((f) => f.replace(/ /g, '[- ]')).join('|') || '(?!)'})\s+(?!of\b|the\b)[a-z]`, 'g');
/** "cuts heat loss by three-fifths", "reduced by a quarter": a fraction a change is by is a share too. */
const FRACTION_BY = new RegExp(String.raw`\bby\s(?:about |around |roughly |nearly |almost |over |under )?(?:a |one )?(${FRACTION_WORDS})\b(?![- ](?:of|the)\b)`, 'g');
/** Words before "by" a change's verb may stand ("reduces high-intensity work such as sprints and jumps by"), and the text read for them. */
const CHANGE_REACH = 10;
const CHANGE_REACH_CHARS = 120;
/** A fraction's words as the lexicon lists them. */
const fractionOf = (written: string) => FRACTIONS.get(written.replace(/[- ]+/g, ' '));

/** Units that read as a figure when hyphenated to their number ("60-minute", "6-inch"). */
const HYPHEN_UNITS = LEXICON.hyphenUnits;

/** "a trio of muscles" is three muscles. */
const COLLECTIVES = LEXICON.collectives;
const COLLECTIVE = new RegExp(String.raw`\b(${[...COLLECTIVES.keys()].join('|')})\s+of\s+([a-z]+)\b`, 'g');
/** "twice", "thrice" are so many times; "once" only as a rate ("once a week"), being also "when". */
const MULTIPLES = LEXICON.multiples;
const MULTIPLE = MULTIPLES.size ? new RegExp(String.raw`\b(${[...MULTIPLES.keys()].join('|')})\b`, 'g') : null;
/**
 * "a week", "per kg", "each day" (or "for each hour") right after a figure, or after what it
 * counts ("30 grams of carbohydrate per hour"): the unit it is a rate of.
 */
const RATE = LEXICON.rateWords.size
  ? new RegExp(String.raw`^\s*(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:(?:for\s+(?=each|every))?(?:${[...LEXICON.rateWords].join('|')}))\s+([a-z]+)\b(?!\s+(?:${[...LEXICON.rateBreakers].join('|') || '(?!)'})\b)`)
  : null;
/** "a quarter of" right before "an hour": the share of one span it names. */
const FRACTION_OF = new RegExp(String.raw`(?:\b(?:a|one)\s+)?\b(${FRACTION_WORDS})\s+of\s*$`);
/** "half a mile", "a quarter of a litre": a fraction of one unit, read where the unit is a measure's. */
const FRACTION_OF_MEASURE = new RegExp(String.raw`\b(?:(half)|(?:(?:a|one)\s+)?(${FRACTION_WORDS})\s+of)\s+(?:a|an)\s+([a-z]+)\b`, 'g');
/** "50%-75%", "10% to 15%": one range of shares, written as "50 - 75%". */
const PERCENT_RANGE = /(\d)\s?%\s?(-|\u2013|to)\s?(?=\d[\d.]*\s?%)/g;
/** "cut in half" is a 50% change ("by half past eleven" is a time). */
const HALVED = /\b(?:in|by) half\b(?!\s+(?:past|an?\s+hour)\b)/g;
/**
 * "a week", "an hour": one of a span of time, where no figure before makes it a rate ("four days a
 * week"). So is "a full hour", "a whole day", with one of the lexicon's qualifiers of a length
 * between (relativeTimes qualifiers), as "one full hour" is read.
 */
const ONE_SPAN = new RegExp(String.raw`\b(a|an)\s(?:(?:${[...LEXICON.relativeTimes.qualifiers].join('|') || '(?!)'})\s)?(minute|hour|day|week|fortnight|month|year)\b`, 'g');
const SPAN_OF_ONE = new Set([...LEXICON.spanUnits, 'minutes', 'hours']);
/**
 * "Full day (9am–6pm)", "Half day (up to 4 hours)", "a whole-week course": one whole span, or half
 * of one, said with no article, as a table names a booking (lexicon wholeSpans; "half" from fractions).
 */
const WHOLE_SPAN = new RegExp(String.raw`\b(half|${LEXICON.wholeSpans.join('|') || '(?!)'})[- ](minute|hour|day|week|fortnight|month|year)\b`, 'g');
/**
 * How often a calendar says something comes round, as so many times per period: "on the first
 * Monday of every other month" (half a time a month), "the second and fourth Saturday mornings of
 * each month" (twice a month), "every Friday" (once a week), "meets monthly", "each quarter". Read
 * beside the figures, never over one: "every 6 months" and "twice a week" are read above.
 */
const CAL = LEXICON.calendarRates;
// (Lexicon words are letters, digits and a few signs, none special in a pattern; none matches nothing.)
const alternation = (ws: Iterable<string>) => [...ws].join('|') || '(?!)';
const ORDINAL_WORDS = alternation(CAL.ordinals);
const WEEKDAY_WORDS = alternation(LEXICON.dayNames);
const PERIOD_WORDS = alternation(CAL.periods.keys());
const ORDINAL_DAY = `(?:${ORDINAL_WORDS})`;
const WEEKDAY = `(?:${WEEKDAY_WORDS})`;
const PART_OF_DAY = String.raw`(?:\s+(?:${alternation(CAL.partsOfDay)})s?)?`;
/** A list of ordinals or days: "second and fourth", "Tuesday, Thursday and Saturday". */
const LISTED = /\s*,\s*|\s+and\s+/;
const CALENDAR_ORDINAL = new RegExp(
  String.raw`\b(${ORDINAL_DAY}(?:(?:\s*,\s*|\s+and\s+)${ORDINAL_DAY})*)\s+(?:${WEEKDAY}|${alternation(CAL.days)})s?${PART_OF_DAY}\s+(?:of|in)\s+(?:each|every|the)\s+(other\s+)?(${PERIOD_WORDS})\b`,
  'g',
);
const CALENDAR_WEEKDAY = new RegExp(String.raw`\b(?:every|each)\s+(other\s+)?(${WEEKDAY}s?(?:(?:\s*,\s*|\s+and\s+)${WEEKDAY}s?)*)${PART_OF_DAY}\b`, 'g');
/** "on Wednesdays", "on Saturday mornings": days said in the plural are every such day (not "on Wednesday"). */
const CALENDAR_ON = new RegExp(String.raw`\bon\s+(${WEEKDAY}s?(?:(?:\s*,\s*|\s+and\s+)${WEEKDAY}s?)*)(?:\s+(${alternation(CAL.partsOfDay)})s)?\b`, 'g');
const PLURAL_WEEKDAY = new RegExp(String.raw`\b${WEEKDAY}s\b`);
const CALENDAR_WEEKDAY_NAMES = new RegExp(String.raw`\b(?:${WEEKDAY_WORDS})(?=s?\b)`, 'g');
/** The words that say which days a calendar means ("first", "saturday"). */
const CALENDAR_DAY_WORDS = new RegExp(String.raw`\b(?:${ORDINAL_WORDS}|${WEEKDAY_WORDS})(?=s?\b)`, 'g');
const CALENDAR_PERIOD = new RegExp(String.raw`\b(?:(?:every|each)\s+(other\s+)?(${PERIOD_WORDS})|(${alternation(CAL.adverbs.keys())}))\b`, 'g');

/** Characters between a figure and a calendar period that still make the period its rate. */
const NEAR_RATE = 12;

/** Another word for an ordinal before a day ("the final Thursday"), read as the ordinal, kept to its length. */
const ORDINAL_ALIAS = CAL.ordinalAliases.size
  ? new RegExp(String.raw`\b(${alternation([...CAL.ordinalAliases].filter(([a, o]) => a.length >= o.length).map(([a]) => a))})(?=\s+(?:${WEEKDAY_WORDS}|${alternation(CAL.days)})s?\b)`, 'g')
  : null;

function calendarRates(out: Quantity[], given: string, written: string): void {
  const t = ORDINAL_ALIAS ? given.replace(ORDINAL_ALIAS, (a) => CAL.ordinalAliases.get(a)!.padEnd(a.length)) : given;
  const taken: [number, number][] = out.map((q) => [q.index, q.index + q.text.length]);
  const free = (at: number, end: number) => !taken.some(([a, b]) => at < b && end > a);
  const add = (at: number, end: number, times: number, period: string, days?: string) => {
    const found = CAL.periods.get(period);
    if (!found) return;
    const { unit, span } = found;
    taken.push([at, end]);
    // (The reader's lower case off the days' names: a fix quotes "the first Monday".)
    const text = written.slice(at, end).trim().replace(CALENDAR_WEEKDAY_NAMES, (d) => d[0].toUpperCase() + d.slice(1));
    out.push({ low: times / span, high: times / span, unit: 'times', per: unit, text, index: at, calendar: days ?? true });
  };
  const dayWords = (text: string) => [...new Set(text.match(CALENDAR_DAY_WORDS) ?? [])].sort().join(' ');
  for (const m of t.matchAll(CALENDAR_ORDINAL)) {
    const at = m.index ?? 0;
    if (!free(at, at + m[0].length)) continue;
    const days = m[1].split(LISTED).length;
    add(at, at + m[0].length, m[2] ? days / 2 : days, m[3], dayWords(m[0]));
  }
  for (const m of t.matchAll(CALENDAR_WEEKDAY)) {
    const at = m.index ?? 0;
    if (!free(at, at + m[0].length)) continue;
    const days = m[2].split(LISTED).length;
    add(at, at + m[0].length, m[1] ? days / 2 : days, 'week', dayWords(m[0]));
  }
  for (const m of t.matchAll(CALENDAR_ON)) {
    const at = m.index ?? 0;
    if (!m[2] && !PLURAL_WEEKDAY.test(m[1])) continue;
    // (The weekdays only: "on" is no part of how often.)
    const from = at + m[0].indexOf(m[1]);
    if (!free(from, at + m[0].length)) continue;
    add(from, at + m[0].length, m[1].split(LISTED).length, 'week', dayWords(m[0]));
  }
  for (const m of t.matchAll(CALENDAR_PERIOD)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!free(at, end)) continue;
    // Not the period of a figure's rate ("two hours each day", "twice every month"), nor a word
    // that describes a noun ("monthly members", "the weekly hire"): how often is said of a doing.
    const before = /([a-z0-9%]+)\W*$/.exec(t.slice(Math.max(0, at - 24), at))?.[1] ?? '';
    if (/\d/.test(before) || NUMBER_WORDS.has(before) || UNITS.has(before) || MULTIPLES.has(before) || LEXICON.rateWords.has(before)) continue;
    // (…nor a difference's, "15% less each month", nor a figure's said after it: "each day 2 sessions".)
    if (out.some((q) => !q.calendar && ((q.index < at && at - (q.index + q.text.length) <= NEAR_RATE) || (q.index >= end && q.index - end <= NEAR_RATE)))) continue;
    const next = /^\s+([a-z]+)/.exec(t.slice(end, end + 24))?.[1];
    if (m[3] && next && !LEXICON.stopwords.has(next)) continue;
    add(at, end, m[1] ? 0.5 : 1, m[2] ?? CAL.adverbs.get(m[3]) ?? '');
  }
}

/** One of the lexicon's qualifiers of a length of time, then its unit: "(three) working days". */
function qualifiedLength(between: readonly string[], unitWord: string): boolean {
  // (…or by what the time is spent doing: "twelve volunteering hours", "two training days".)
  const qualifies = (w: string) => LEXICON.relativeTimes.qualifiers.has(w) || (/^[a-z]{3,}ing$/.test(w) && LEXICON.isWord(w));
  return between.length === 1 && qualifies(between[0]) && LEXICON.relativeTimes.units.has(UNITS.get(unitWord) ?? '');
}

/** Words that make a length unit after them an area. */
const SQUARE = new Set(['square', 'sq']);

// Longest words first, each ending at a word's end: "sixty" is not "six" followed by "ty".
/** Any number word, longest first, as a non-capturing group. */
const NUMBER_WORD = `(?:${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const NUM = String.raw`(\d+(?:\.\d+)?|${NUMBER_WORD}(?![a-z]))`;
// "eight-week" and "60-minute" join number and unit with a hyphen.
const QUANTITY = new RegExp(
  // Not a figure glued to a word by a hyphen: "the under-15s" is an age group, not 15 seconds.
  // (Nor is another number its unit: in "twenty four-year-olds" the four are the children's years.)
  String.raw`(?<![a-z]-)\b${NUM}(?:\s*(?:-|\u2013|to|or)\s*${NUM})?(?:-|\s*)(%|per\s?cent\b|\u00b0\s?[cf]\b|(?!${NUMBER_WORD}(?![a-z]))[a-z]+\b)?`,
  'giu',
);
/** "£40", "$1,200": a sign before the figure gives its unit. */
const SIGNS = [...LEXICON.currencySigns.keys()].map((c) => c.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')).join('');
const CURRENCY = SIGNS ? new RegExp(String.raw`([${SIGNS}])\s?(\d+(?:\.\d+)?)(?:\s*(?:-|\u2013|to)\s*[${SIGNS}]?(\d+(?:\.\d+)?))?`, 'g') : null;
/** A plan's "3 x 10" (sets by reps), "3 × 8-12". */
const BY = /\b(\d+)\s*[x\u00d7]\s*(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+))?\b/g;
/** "3 sets of 8": the count after "sets of", with no unit of its own, is of the plan's second unit (reps). */
const SETS_OF = /\bsets?\s+of\s+(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+))?(?!\d|\.\d|\s*[-\u2013]\s*\d)(?!\s*[a-z%\u00b0\u00a3$\u20ac])/g;
/** "multiplied by 0.883", "multiply your inseam by 0.883": a factor (up to three words inside the cue). */
const FACTOR = LEXICON.factorCues.length
  ? new RegExp(String.raw`\b(?:${LEXICON.factorCues.map((c) => c.split(' ').join(String.raw`(?:\s+[a-z]+){0,3}\s+`)).join('|')})[\s*_]+(\d+(?:\.\d+)?)`, 'g')
  : null;
const BETWEEN = new RegExp(String.raw`\bbetween\s{1,4}${NUM}\s{1,4}and\s{1,4}${NUM}`, 'gi');
/**
 * "two of the last eight rehearsals": a share of a counted whole. The part is compared only with
 * another such part of the same things (unit "of:rehearsal"), never with the whole: "two of the
 * three hamstrings" says nothing against "the hamstrings are three muscles".
 */
const PARTITIVE = new RegExp(String.raw`^of\s+(?:the|these|those|its|their|your|our)\s+(?:(?:last|first|next|final|previous|past|remaining)\s+)?${NUM}\s+([a-z]+)`, 'i');
/** "of them are disabled bays": what a number of things named before are (up to two describing words). */
const THOSE_ARE = /^of\s+(?:them|these|those)\s+(?:are|were)\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?\b/;
/** A field named by its unit, then its number: "Cruising hours: 23", "Age: 12-15" (no unit or time after). */
const FIELD = /\b([a-z]+)\s{0,2}:\s{0,3}(\d+(?:\.\d+)?)(?:\s{0,2}(?:-|\u2013|to)\s{0,2}(\d+(?:\.\d+)?))?(?!\d|[.:]\d|\s*[a-z%\u00b0\u00a3$\u20ac])/g;
/** Up to two describing words between a number and its unit: "650 named skeletal muscles", "six full-size courts". */
const DESCRIBED = /^\s+([a-z]+(?:-[a-z]+)?)(?:\s+([a-z]+(?:-[a-z]+)?))?(?:\s+([a-z]+))?/;
/** Characters before a number read for a label ("Gate", "number"). */
const LABEL_REACH = 40;
/**
 * Does the text before a number end with a word that labels it: a noun, or a capitalised word
 * inside a sentence ("Gate 2", "number 49", "Platform 3")? Not a stopword: "with 9", "With 9".
 */
function labelsNumber(before: string): boolean {
  const m = /(\p{L}{2,40})\s{1,3}$/u.exec(before);
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (LEXICON.stopwords.has(w)) return false;
  const opensSentence = /(?:^|[.!?:;]\s*)$/.test(before.slice(0, m.index).trimEnd());
  return LEXICON.isNoun(w) || (/^\p{Lu}/u.test(m[1]) && !opensSentence);
}

/** The lexicon's trailing bounds ("or more", "or fewer") by their words, for a bound said before the counted noun. */
const BOUND_BEFORE_NOUN = new Map(LEXICON.trailingBounds.map(([phrase, bound]) => [phrase, bound] as const));

/**
 * A plural noun the lexicon has no unit for counts those things: "180 climbers" is a count of
 * climbers, to be compared only with another count of climbers.
 */
function counted(w: string): string | undefined {
  if (!w || LEXICON.stopwords.has(w) || NUMBER_WORDS.has(w)) return undefined;
  const noun = LEXICON.pluralNoun(w);
  return noun && !UNITS.has(noun) ? noun : undefined;
}

/** "aged 14", "aged 10 to 15", "from age 11": an age, written as a bare number (a point in a life, not a span of years). "Aged 14 and 15" is read as the band the two span. */
const AGED = LEXICON.ageWords.length ? new RegExp(String.raw`\b(?:${LEXICON.ageWords.join('|')})\s+(?:(?:of|between|from)\s+)?${AGE_FIGURE}(?!\d|[.,:]\d|\s*%)(?:\s*(?:-|\u2013|to|or|and)\s*${AGE_FIGURE}(?!\d|[.,:]\d|\s*%))?`, 'g') : null;

/** "one part greens to two parts browns": a ratio of two named things. */
const PART = LEXICON.ratios.words.join('|');
const RATIO = PART
  ? new RegExp(String.raw`\b${NUM}\s+(?:${PART})\s+(?:of\s+)?([a-z]+)\s+(?:${LEXICON.ratios.links.map((l) => l.replace(/ /g, '\\s+')).join('|')})\s+${NUM}\s+(?:${PART})\s+(?:of\s+)?([a-z]+)`, 'g')
  : null;

/** "21:00", "6.30pm", "9 am": hours, minutes, am/pm. */
// (A dot separates hours and minutes only before am/pm: "1.09" is a factor, "6.30pm" a time.)
/** Times of day in words (lexicon spokenTimes): "<minutes> past|to <hour> [am|pm]", "<hour> o'clock [am|pm]", a named time. */
const SPOKEN = LEXICON.spokenTimes;
/** An hour of the clock face in words ("four"), and in digits or words ("4", "four"). */
const HOUR_IN_WORDS = [...LEXICON.numberWords].filter(([, n]) => n >= 1 && n <= 12).map(([w]) => w).join('|');
const HOUR_WORD = String.raw`(?:1[0-2]|0?[1-9]|${HOUR_IN_WORDS})`;
/** The lexicon's words for a half of the day, as pattern alternatives ("in the afternoon"). */
const phraseAlternatives = (ps: readonly string[]) => ps.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|') || '(?!)';
const MINUTE_WORD = String.raw`(?:[1-5]?\d|${[...new Set([...SPOKEN.past.keys(), ...SPOKEN.to.keys(), ...[...LEXICON.numberWords].filter(([, n]) => n >= 1 && n < 60).map(([w]) => w)])].join('|')})`;
const SPOKEN_TIME = SPOKEN.past.size || SPOKEN.oclock.length || SPOKEN.named.size
  ? new RegExp(
      [
        String.raw`\b(?:a\s+)?(?<minute>${MINUTE_WORD})(?:\s+minutes)?\s+(?<side>past|to)\s+(?<hour>${HOUR_WORD})\b(?:\s*(?<half>am|pm)\b)?`,
        ...(SPOKEN.oclock.length ? [String.raw`\b(?<oclock>${HOUR_WORD})\s+(?:${SPOKEN.oclock.join('|')})\b(?:\s*(?<oclockHalf>am|pm)\b)?`] : []),
        ...(SPOKEN.named.size ? [String.raw`\b(?<named>${[...SPOKEN.named.keys()].join('|')})\b`] : []),
        // "at four in the afternoon": an hour in words, after a word that leads a time and before
        // a half of the day (digits are read with the clock below).
        ...(SPOKEN.hourLeads.length && (SPOKEN.dayHalves.am.length || SPOKEN.dayHalves.pm.length)
          ? [String.raw`(?<=\b(?:${SPOKEN.hourLeads.join('|')})\s{1,3})(?<dayHour>${HOUR_IN_WORDS})(?=\s{1,3}(?:${phraseAlternatives([...SPOKEN.dayHalves.am, ...SPOKEN.dayHalves.pm])})\b)`]
          : []),
      ].join('|'),
      'g',
    )
  : null;

/**
 * The words a text writes its times of day in, beyond digits and number words ("half past nine"
 * → half, past, nine): they are the figure's, not words of what the text is about.
 */
export function timeOfDayWords(text: string): ReadonlySet<string> {
  // (From the text's figures, which are remembered: a checked sentence is read for them anyway.)
  const times = quantities(text).filter((q) => q.unit === 'clock');
  const out = new Set(times.flatMap((q) => words(q.text)));
  if (!times.length) return out;
  // …and the part of the day a time falls in, said elsewhere in the text: "on Tuesday evenings,
  // starting at 17:30" says the evening by its figure.
  const said = new Set(words(text));
  for (const [half, phrases] of [[false, SPOKEN.dayHalves.am], [true, SPOKEN.dayHalves.pm]] as const) {
    if (!times.some((q) => !q.halfDay && q.low >= HALF_DAY === half)) continue;
    for (const p of phrases) {
      const part = p.split(' ').pop()!;
      for (const w of [part, `${part}s`]) if (said.has(w)) out.add(w);
    }
  }
  return out;
}

/**
 * The words a figure is written in that are no number by themselves: a time of day ("half past
 * nine", see timeOfDayWords) and the fraction of a figure ("a quarter of an hour", "three
 * quarters of members"). What they say is checked as a figure, not looked for as a topic.
 */
export function figureWords(text: string): ReadonlySet<string> {
  const out = new Set(timeOfDayWords(text));
  for (const q of quantities(text)) for (const w of words(q.text)) if (FRACTION_TERMS.has(w)) out.add(w);
  return out;
}
const FRACTION_TERMS = new Set([...FRACTIONS.keys()].flatMap((f) => f.split(' ')));

/** The unit words that close a text's fractions of a unit ("hour" of "a quarter of an hour", "day" of "half a day"), each with its unit class. */
export function fractionUnitWords(text: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const q of quantities(text)) {
    const last = words(q.text).at(-1);
    const unit = last === undefined ? undefined : LEXICON.units.get(last);
    if (last !== undefined && unit !== undefined && unit === q.unit && FRACTION_SAID.test(q.text.toLowerCase())) out.set(last, unit);
  }
  return out;
}
/** A fraction said in words, whole ("two thirds", not the "two" of "two weeks"). */
const FRACTION_SAID = new RegExp(String.raw`\b(?:${FRACTION_WORDS})s?\b`);

/** The minutes after midnight a spoken time names, and whether it may be either half of the day. */
function spokenTime(m: RegExpMatchArray): { minutes: number; halfDay: boolean } | undefined {
  const value = (w: string) => LEXICON.numberWords.get(w) ?? Number(w);
  const { minute: minuteWord = '', side, hour: hourWord, half: halfPast, oclock: oclockHour, oclockHalf: halfOclock, named, dayHour } = m.groups ?? {};
  if (named) return { minutes: SPOKEN.named.get(named)!, halfDay: false };
  const hour = value(hourWord ?? oclockHour ?? dayHour ?? '');
  // (Its half of the day is read from the words after it, as for any time said without am or pm.)
  if (dayHour) return hour >= 1 && hour <= 12 ? { minutes: (hour % 12) * 60, halfDay: true } : undefined;
  if (!(hour >= 1 && hour <= 12)) return undefined;
  const half = halfPast ?? halfOclock;
  const clock = (h: number, min: number) => ((h % 12) + (half === 'pm' ? 12 : 0)) * 60 + min;
  if (oclockHour) return { minutes: clock(hour, 0), halfDay: !half };
  // Before "to" only the lexicon's words: "ten to twelve players" is a range.
  const minutes = side === 'past' ? SPOKEN.past.get(minuteWord) ?? value(minuteWord) : SPOKEN.to.get(minuteWord);
  if (minutes === undefined || !(minutes >= 1 && minutes < 60)) return undefined;
  return side === 'past' ? { minutes: clock(hour, minutes), halfDay: !half } : { minutes: clock(hour === 1 ? 12 : hour - 1, 60 - minutes), halfDay: !half };
}

/**
 * A range of bare hours ("from six until ten", "9 till 5", "from 5.45 until 6.45"), read as times
 * of day only near a word that speaks of opening hours or a part of the day (lexicon
 * spokenTimes.hourCues), and not before a word that counts something ("from six to ten players").
 */
const HOUR_RANGE = SPOKEN.hourCues.size
  ? new RegExp(String.raw`\bfrom\s+((${HOUR_WORD})(?:[.:]([0-5]\d))?)\s+(?:to|until|till)\s+((${HOUR_WORD})(?:[.:]([0-5]\d))?)\b(?!\s*(?:o['\u2019]?\s?clock\b|[:.]\d|%|[ap]\.?m\b))(?:\s+([a-z]+))?`, 'g')
  : null;
/** A bare hour (and minutes) and the word or dash that joins it to the time that ends its range. */
const RANGE_OPENING = /\b(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s{0,2}(?:-|\u2013|to|until|till)\s{0,2}$/;
/** How far before the time that ends a range its opening hour is looked for. */
const RANGE_OPENING_REACH = 16;
/**
 * "from ten until half past five", "from nine to 4.30pm": an hour said bare, in digits or words,
 * after "from" and before the word that joins it to a time of day read already.
 */
const SPAN_OPENING = new RegExp(String.raw`\bfrom\s{1,3}(${HOUR_WORD})(?:[.:]([0-5]\d))?\s{1,3}(?:to|until|till)\s{1,3}$`);
/** A number right before a measure compound ("two" of "two 45-minute sessions"). */
const COUNT_BEFORE_COMPOUND = new RegExp(String.raw`\b(\d{1,3}|${NUMBER_WORD})\s{1,2}$`);
/** How far each side of a measure compound its count and its noun are looked for. */
const COUNT_REACH = 24;
/** How far before the time that ends a span its opening "from …" is looked for. */
const SPAN_OPENING_REACH = 24;
/** How far from a range of hours its cue word may be, either side. */
const HOUR_CUE_REACH = 60;

/** The lexicon's words for a half of the day, said just after a time: group 1 the morning's, group 2 the afternoon's. */
const DAY_HALF = SPOKEN.dayHalves.am.length || SPOKEN.dayHalves.pm.length
  ? new RegExp(String.raw`^\s{0,3}(?:(${phraseAlternatives(SPOKEN.dayHalves.am)})|(${phraseAlternatives(SPOKEN.dayHalves.pm)}))\b`)
  : null;
const DAY_HALF_REACH = 40;

const CLOCK = /\b([01]?\d|2[0-3])(?::([0-5]\d)|\.([0-5]\d)(?=\s?[ap]m\b))?\s?(am|pm)?\b/g;
const MONTH_NAMES = [...LEXICON.months.keys()].sort((a, b) => b.length - a.length).join('|');
/** "1 April", "31st March"; "April 1", "March 31st". */
const DAY_MONTH = new RegExp(String.raw`\b([012]?\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})\b`, 'g');
// A month name that is also a stopword ("may") is read only after its day: "players may 2…".
const MONTH_FIRST = [...LEXICON.months.keys()].filter((m) => !LEXICON.stopwords.has(m)).sort((a, b) => b.length - a.length).join('|');
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH_FIRST})\.?\s+([012]?\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:%|\.\d|,\d))`, 'g');

/**
 * A bare number after a verb that counts people (lexicon countingVerbs), a hedge or a bound between
 * (figureHedges, figureBounds). Not the noun of the same spelling, after a bracket or a determiner:
 * "a registered charity (number 1092238)", "the number 5 bus".
 */
const COUNTED_BY_VERB = LEXICON.countingVerbs.length
  ? new RegExp(String.raw`(?<![([]\s{0,2})(?<!\b(?:${[...LEXICON.determiners].join('|')})\s{1,3})\b(?:${LEXICON.countingVerbs.join('|')})\s+(?:(?:${phraseAlternatives([...LEXICON.figureHedges, ...LEXICON.figureBounds.map(([p]) => p)])})\s+)?(\d+)\b(?![.,:]?\d|\s*(?:%|-?[a-z]))`, 'g')
  : null;
/** The unit a count of people is read in ("450 people"). */
const PEOPLE_UNIT = UNITS.get('people') ?? 'subjects';
/** A decade written as its first year and an "s": "the 1990s", "1880s". */
const DECADE = /^(?:1[5-9]\d|20\d)0s$/i;
/** A year: four digits from 1500 to 2099 that no sign, decimal point or percentage makes another figure. */
const YEAR = /(?<![\d\u00a3$\u20ac.,:/-])\b(1[5-9]\d\d|20\d\d)\b(?![.,:/]\d|\s?%)/g;
/** Does a currency sign stand right before `at`, a space between at most ("£ 5")? */
function signedAt(t: string, at: number): boolean {
  const before = /\s/.test(t[at - 1] ?? '') ? t[at - 2] : t[at - 1];
  return LEXICON.currencySigns.has(before ?? '');
}
/** Four digits that can only be a year, read on their own. */
const YEAR_ONLY = /^(?:1[5-9]\d\d|20\d\d)$/;

function dated(day: number, month: string, text: string, index: number): Quantity {
  const v = LEXICON.months.get(month)! * 100 + day;
  // (Read lowercased; a month keeps its capital in the figure's words, which a fix writes back.)
  return { low: v, high: v, unit: 'date', text: text.trim().replace(/\p{L}+/gu, (w) => (LEXICON.months.has(w) ? w[0].toUpperCase() + w.slice(1) : w)), index };
}

function value(s: string): number {
  return NUMBER_WORDS.get(s) ?? Number(s);
}

const TENS = [...NUMBER_WORDS].filter(([, n]) => n >= 20 && n < 100 && n % 10 === 0).map(([w]) => w);
const UNITS_1_9 = [...NUMBER_WORDS].filter(([, n]) => n >= 1 && n <= 9).map(([w]) => w);
const SMALL = [...NUMBER_WORDS].filter(([, n]) => n >= 1 && n < 100).map(([w]) => w);
/**
 * "twenty-four", "twenty four": one number. Not a unit word that opens a hyphenated compound after
 * a space: "twenty four-year-olds" are twenty children of four, "thirty five-minute breaks"
 * thirty breaks (as written whole, "twenty-four-year-olds" are 24).
 */
const TENS_UNITS = new RegExp(String.raw`\b(${TENS.join('|')})(?:-(${UNITS_1_9.join('|')})\b|\s(${UNITS_1_9.join('|')})\b(?![-\u2013][a-z]))`, 'g');
const HUNDREDS = new RegExp(String.raw`\b(a|${SMALL.join('|')}|\d+) hundred(?: and)?(?: (${SMALL.join('|')}|\d{1,2}))?\b`, 'g');
/**
 * Read after the hundreds, so that "two thousand five hundred" is 2 × 1000 + 500, not 2005 and a
 * hundred. ("A hundred", "a thousand": one of them.)
 */
const THOUSANDS = new RegExp(String.raw`\b(a|${SMALL.join('|')}|\d+) thousand(?: and)?(?: (${SMALL.join('|')}|\d{1,3}))?\b`, 'g');

/**
 * A year said as two numbers: "nineteen eighty-eight" → 1988, "twenty twenty-four" → 2024. The
 * century is nineteen or twenty; after "twenty" only 10 to 29 (a year of this century, where
 * "twenty thirty" is as likely half past eight in the evening). Not before a hyphen ("twenty
 * twenty-minute sessions" is twenty sessions).
 */
const numberWordsWhere = (keep: (n: number) => boolean) => [...NUMBER_WORDS].filter(([, n]) => keep(n)).map(([w]) => w).join('|') || '(?!)';
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(?:(${numberWordsWhere((n) => n === 19)})\s(${numberWordsWhere((n) => n >= 10 && n < 100 && (n < 20 || n % 10 === 0))})|(${numberWordsWhere((n) => n === 20)})\s(${numberWordsWhere((n) => n >= 10 && n < 30 && (n < 20 || n % 10 === 0))}))(?:-(${UNITS_1_9.join('|')}))?\b(?![-\u2013]|\s(?:${[...NUMBER_WORDS.keys()].join('|')})\b)`,
  'g',
);

/**
 * Number words that make one number, as digits: "twenty-five" → 25 (not the range 20–5),
 * "one hundred and fifty" → 150, "two thousand" → 2000, "two thousand five hundred" → 2500,
 * "nineteen eighty-eight" → 1988. Lengths
 * change; callers read figures, not positions, from the result.
 */
function compoundNumbers(t: string): string {
  const val = (w: string) => (w === 'a' ? 1 : NUMBER_WORDS.get(w) ?? Number(w));
  return t
    .replace(SPOKEN_YEAR, (_, c1?: string, y1?: string, c2?: string, y2?: string, unit?: string) => String(val((c1 ?? c2)!) * 100 + val((y1 ?? y2)!) + (unit ? val(unit) : 0)))
    .replace(TENS_UNITS, (_, tens: string, joined?: string, spaced?: string) => String(val(tens) + val((joined ?? spaced)!)))
    .replace(HUNDREDS, (_, n: string, rest?: string) => String(val(n) * 100 + (rest ? val(rest) : 0)))
    .replace(THOUSANDS, (_, n: string, rest?: string) => String(val(n) * 1000 + (rest ? val(rest) : 0)));
}

/**
 * The unit a word with several readings has in this text: the reading whose measure the text
 * names ("costs forty-five pounds" is money), else the usual one.
 */
function readingOf(word: string, text: string): string | undefined {
  const readings = LEXICON.unitReadings.get(word);
  if (!readings) return undefined;
  const said = new Set(text.split(/[^a-z]+/));
  return readings.find((u) => [...(LEXICON.measureWords.get(u) ?? [])].some((w) => said.has(w))) ?? readings[0];
}

/**
 * The figures of a text. The checker reads the same source sentences for every claim (a document
 * check asks for thousands), so each text is read once: the result is shared and never changed.
 */
export function quantities(text: string): readonly Quantity[] {
  let found = readFigures.get(text);
  if (!found) {
    if (readFigures.size >= MAX_READ_FIGURES) readFigures.clear();
    readFigures.set(text, (found = Object.freeze(readQuantities(text))));
  }
  return found;
}

const readFigures = new Map<string, readonly Quantity[]>();
/** Texts whose figures are remembered (then forgotten all at once): bounds the memory. */
const MAX_READ_FIGURES = 20_000;

/** Fractions written as one character, and the whole number before one ("1½"). */
const VULGAR = new Map([
  ['\u00bd', 0.5],
  ['\u00bc', 0.25],
  ['\u00be', 0.75],
  ['\u2153', 1 / 3],
  ['\u2154', 2 / 3],
]);
const VULGAR_FRACTION = new RegExp(`(\\d*)\\s?([${[...VULGAR.keys()].join('')}])`, 'g');
/** "£2k", "$1.5K": thousands. */
const THOUSANDS_K = /([\u00a3$\u20ac])\s?(\d+(?:\.\d+)?)k\b/g;
/** A sign that puts a temperature below zero, right before its number. */
const BELOW_ZERO = /(?:\bminus\s|(?<![\d\w])[-\u2212]\s?)$/;
/**
 * "one in four", "1 in 10", "two in every three", "2 out of 3": a share (25%, 10%, 66.7%); and
 * with what is counted between ("one outing in ten", "two members in every five").
 */
const PROPORTION = new RegExp(String.raw`\b(a|${NUM})\s+(?:([a-z]+)\s+)?(?:in|out\s+of)\s+(?:every\s+)?${NUM}\b`, 'g');

/**
 * "two and a half hours" → "2.5 hours", "an hour and a half" → "1.5 hour", and so with the
 * lexicon's other fractions: "an hour and a quarter" → "1.25 hour", "two and three quarters". (Lengths change.)
 */
function andAHalf(t: string): string {
  return t
    .replace(AND_A_PART, (m, n: string, part: string) => (partValue(part) === undefined ? m : String(Math.round((value(n) + partValue(part)!) * 1000) / 1000)))
    .replace(UNIT_AND_A_PART, (m, unit: string, part: string) => (UNITS.has(unit) && partValue(part) !== undefined ? `${Math.round((1 + partValue(part)!) * 1000) / 1000} ${unit}` : m));
}
/** "a half", "a quarter", "three quarters": a fraction of the lexicon's said after "and", as a share of one. */
const partValue = (part: string): number | undefined => {
  const f = fractionOf(part.replace(/^(?:a|one)[- ]+/, ''));
  return f === undefined ? undefined : f / 100;
};
const AND_A_PART = new RegExp(String.raw`\b${NUM}\s+and\s+((?:a|one)\s+(?:${FRACTION_WORDS})|${FRACTION_WORDS})\b`, 'g');
const UNIT_AND_A_PART = new RegExp(String.raw`\b(?:an?|one)\s+([a-z]+)\s+and\s+((?:a|one)\s+(?:${FRACTION_WORDS})|${FRACTION_WORDS})\b`, 'g');

/**
 * Shares said as one in so many ("one in four runners", "1 in 10"): a percentage, in place of
 * the count the reader made of "four runners".
 */
function proportions(out: Quantity[], t: string, written: string): void {
  for (const m of t.matchAll(PROPORTION)) {
    // (Groups: the numerator, its number, what is counted, the denominator.)
    const k = m[1] === 'a' ? 1 : value(m[1]);
    const n = value(m[4]);
    if (!(n >= 2) || !(k >= 1) || k >= n) continue;
    // (What is counted is a noun in the numerator's number, no unit: "one outing in ten", "two
    // members in five", not "a week in 2025" or "5 minutes in 10".)
    if (m[3] !== undefined && !countedBetween(m[3], k)) continue;
    const at = m.index ?? 0;
    const next = /^\s+([a-z]+)/.exec(t.slice(at + m[0].length))?.[1];
    // (Not a sum of money, nor a year with nothing counted after it: "£1,200 in 2023" is what
    // was raised that year, "1 in 2000 runners" a share.)
    if (signedAt(t, at) || (YEAR_ONLY.test(m[4]) && !(next && (UNITS.has(next) || counted(next))))) continue;
    // (Not a span: "5 in 10 minutes" is five done within ten minutes, "2 in 3 weeks" two within three weeks.)
    const unit = next ? UNITS.get(next) : undefined;
    if (unit && (LEXICON.dimensionOf.has(unit) || scaleBetween(unit, 'seconds') !== undefined)) continue;
    readWhole(out, at, at + m[0].length);
    const share = Math.round((100 * k / n) * 10) / 10;
    out.push({ low: share, high: share, unit: 'percent', text: written.slice(at, at + m[0].length), index: at, ...(m[3] !== undefined ? { shareOf: m[3] } : {}) });
  }
}

/** Is a word, between a share's two numbers, what it counts, in the numerator's number? */
function countedBetween(w: string, k: number): boolean {
  if (k > 1) return counted(w) !== undefined;
  return !LEXICON.stopwords.has(w) && !NUMBER_WORDS.has(w) && !UNITS.has(w) && LEXICON.hasNounSense(w) && LEXICON.pluralNoun(w) === undefined;
}

/** The figure already read over the character at `at`, if any. */
function figureAt(out: readonly Quantity[], at: number): Quantity | undefined {
  return out.find((q) => at >= q.index && at < q.index + q.text.length);
}

/** A figure read whole from `at` to `end` (a telephone number, "week five", "one in four"): any figure read inside it is none. */
function readWhole(out: Quantity[], at: number, end: number): void {
  for (let k = out.length - 1; k >= 0; k--) if (out[k].index < end && out[k].index + out[k].text.length > at) out.splice(k, 1);
}

/** Degrees on a named scale: "20 degrees Celsius", "68 degrees F", read as its sign ("°C"). */
const DEGREES_ON_SCALE = /\bdegrees?\s+(celsius|centigrade|fahrenheit|c|f)\b/g;
const DEGREES_WRITTEN = /^degrees?\s+(?:celsius|centigrade|fahrenheit|c|f)\b/;

/** Kilometres an hour written with a slash ("km/h", "km/hr"; no spaces, so the length holds). */
const PER_HOUR_KM = /\bkm\/hr?\b/g;

/** A list item's number at the start of a sentence, before a capital: "4. Repeat", "(2) Close". */
const ENUMERATOR = /^\s*\(?\d{1,3}[.)](?=\s+\p{Lu})/u;

/** A text as its figures are read: number words as digits, "per cent" as "%", thousands unseparated (see readQuantities). */
function writtenForm(text: string): string {
  return andAHalf(
    compoundNumbers(normalize(text.replace(ENUMERATOR, (m) => ' '.repeat(m.length)).replace(VULGAR_FRACTION, (_, whole: string, f: string) => String(Number(whole || 0) + VULGAR.get(f)!))).replace(/per\s?cent\b/g, '%').replace(PERCENT_RANGE, '$1 $2 ').replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(/\b([ap])\.m\./g, '$1m  ')),
  ).replace(THOUSANDS_K, (_, sign: string, n: string) => `${sign}${Number(n) * 1000}`);
}

/**
 * Every number a text writes, in digits or words, read as a figure or not, with the words that
 * write it. `asFigures` keeps only what writes a figure: digits, and number words from ten up
 * outside a time said in words. (Small number words mostly count what a source lists without
 * counting it, "the other two", "the three outdoor zones"; "one" is mostly a pronoun; "twenty to
 * ten" is a time. On the tuning folders, reading them lost seven right claims for three caught.)
 */
export function numbersWritten(text: string, asFigures = false): { n: number; said: string }[] {
  const out: { n: number; said: string }[] = [];
  const form = writtenForm(text);
  const spokenTimes = asFigures && SPOKEN_TIME ? [...form.matchAll(SPOKEN_TIME)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]) : [];
  for (const m of form.matchAll(WRITTEN_NUMBER)) {
    const at = m.index ?? 0;
    if (asFigures && /^[a-z]/.test(m[0]) && (value(m[0]) < 10 || spokenTimes.some(([from, to]) => at >= from && at < to))) continue;
    out.push({ n: value(m[0]), said: m[0] });
  }
  return out;
}
const WRITTEN_NUMBER = new RegExp(String.raw`\d+(?:\.\d+)?|\b${NUMBER_WORD}\b`, 'g');

function readQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  // "1,000" is one thousand, not 1 followed by 000.
  // ("7 p.m." is "7 pm", kept to the same length: it is no 7 pence.)
  // A step's number ("4. Repeat this exercise for 3 sets") counts nothing (blanked, same length).
  // ("1½" is one and a half, before normalising makes it "11⁄2"; "two and a half hours" is 2.5
  // hours, "an hour and a half" 1.5; "£2k" is £2,000.)
  const written = writtenForm(text);
  // "between 2 and 5 percent" is the range 2 to 5, and emphasis marks ("between **80 and 95
  // rpm**") are no words: both kept to the same length, so a figure's words are still taken from
  // what was written.
  // ("30 km/h" is a speed, read as the lexicon's "kmph", same length: no 30 km.)
  // ("twenty degrees Celsius" is a temperature, read as the scale's unit, same length.)
  const t = written
    .replace(/[*_]/g, ' ')
    .replace(BETWEEN, (m) => m.replace(/\band(?=\s)/, 'to '))
    .replace(PER_HOUR_KM, (m) => 'kmph'.padEnd(m.length))
    .replace(DEGREES_ON_SCALE, (m, scale: string) => (scale[0] === 'f' ? '\u00b0f' : '\u00b0c').padEnd(m.length));
  for (const m of t.matchAll(QUANTITY)) {
    // A figure after a currency sign is read below, with the sign's unit.
    if (CURRENCY && signedAt(t, m.index ?? 0)) continue;
    const unitWord = (m[3] ?? '').replace(/\s+/g, '');
    // ("the 1990s" is a decade, no 1,990 seconds.)
    if (DECADE.test(m[0])) continue;
    let unit = readingOf(unitWord, t) ?? UNITS.get(unitWord) ?? counted(unitWord);
    let text = written.slice(m.index ?? 0, (m.index ?? 0) + m[0].length).trim();
    // (A scale read as its sign is quoted as written: "twenty degrees Celsius".)
    if (unitWord.startsWith('\u00b0')) {
      const said = DEGREES_WRITTEN.exec(written.slice((m.index ?? 0) + m[0].length - unitWord.length));
      if (said) text = written.slice(m.index ?? 0, (m.index ?? 0) + m[0].length - unitWord.length + said[0].length).trim();
    }
    let bounded: Quantity['bound'];
    let scale = 1;
    if (!unit && !m[0].includes('-' + (m[3] ?? ''))) {
      // "650 named skeletal muscles", "seven colour circuits": the unit after describing words
      // (never stopwords: "10 of the muscles" counts no muscles).
      const next = DESCRIBED.exec(t.slice((m.index ?? 0) + m[0].length - (m[3] ?? '').length - 1, (m.index ?? 0) + m[0].length + 40));
      const ws = next ? next.slice(1).filter((w): w is string => !!w) : [];
      // (After describing words, only a word that is mostly a noun: "1 June pays half" counts
      // nothing, where "650 named skeletal muscles" counts muscles.)
      const at = ws.findIndex((w, i) => i > 0 && (UNITS.has(w) || (BOUND_BEFORE_NOUN.has(ws.slice(0, i).join(' ')) ? !!counted(w) : LEXICON.isNoun(counted(w) ?? ''))));
      const between = ws.slice(0, Math.max(0, at));
      // A number word counts only a plain plural ("seven circuits"); digits may count a named
      // unit after describing words too, and a number word a length of time after one of the
      // lexicon's qualifiers of one ("three working days", "two clear days").
      // (A bound may stand between the number and what it counts: "15 or more members", "two or
      // fewer adults".)
      const boundBetween = BOUND_BEFORE_NOUN.get(between.join(' '));
      if (boundBetween && at === between.length && (UNITS.has(ws[at]) || !!counted(ws[at]))) {
        unit = UNITS.get(ws[at]) ?? counted(ws[at]);
        text = `${text.slice(0, text.length - (m[3] ?? '').length).trim()} ${ws.slice(0, at + 1).join(' ')}`;
        bounded = boundBetween;
      } else if (at > 0 && (/^\d/.test(m[1]) || !UNITS.has(ws[at]) || qualifiedLength(between, ws[at])) && between.every((w) => !LEXICON.stopwords.has(w) && !LEXICON.prepositions.has(w) && !UNITS.has(w) && !NUMBER_WORDS.has(w))) {
        unit = UNITS.get(ws[at]) ?? counted(ws[at]);
        // "250 square metres" is an area.
        if (unit && SQUARE.has(between[between.length - 1] ?? '') && LEXICON.dimensionOf.has(`square-${unit}`)) unit = `square-${unit}`;
        text = `${text.slice(0, text.length - (m[3] ?? '').length).trim()} ${ws.slice(0, at + 1).join(' ')}`;
        // "two dozen chairs" are 24 chairs, not 2.
        scale = COLLECTIVES.get(between[0] ?? '') ?? 1;
      }
    }
    if (!unit && m[3]?.toLowerCase() === 'of') {
      const from = (m.index ?? 0) + m[0].length - m[3].length;
      const part = PARTITIVE.exec(t.slice(from, from + 80));
      const whole = part ? (UNITS.get(part[2]) ?? counted(part[2])) : undefined;
      // ("one of the" names a member, not a count.)
      if (part && whole && value(m[1]) > 1 && value(m[1]) < value(part[1]) && m[2] === undefined) {
        unit = `of:${whole}`;
        text = written.slice(m.index ?? 0, from + part[0].length).trim();
      }
    }
    // "Three of them are disabled bays": a share of things named before, counted by the noun
    // the clause says they are.
    if (!unit && m[3]?.toLowerCase() === 'of') {
      const from = (m.index ?? 0) + m[0].length - m[3].length;
      const those = THOSE_ARE.exec(t.slice(from, from + 60));
      const ws = those ? those.slice(1).filter((w): w is string => !!w) : [];
      const at = ws.findIndex((w) => UNITS.has(w) || !!counted(w));
      const noun = ws[at];
      const counts = noun ? (UNITS.get(noun) ?? counted(noun)) : undefined;
      if (those && counts && ws.slice(0, at).every((w) => !LEXICON.stopwords.has(w) && !UNITS.has(w) && !NUMBER_WORDS.has(w))) {
        unit = counts;
        text = `${written.slice(m.index ?? 0, from).trim()} ${noun}`;
      }
    }
    if (!unit) continue; // a bare number says too little to compare
    // "an eight-week block" is a duration, but "a two-step process" is no count of steps.
    if (m[0].includes('-' + m[3]) && !HYPHEN_UNITS.has(unit)) continue;
    const a = value(m[1]);
    const b = m[2] !== undefined ? value(m[2]) : a;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    out.push({ low: scale * Math.min(a, b), high: scale * Math.max(a, b), unit, text, index: m.index ?? 0, ...(UNIT_CLASSES.has(unit) ? {} : { counted: true }), ...(bounded ? { bound: bounded } : {}) });
  }
  for (const m of t.matchAll(COLLECTIVE)) {
    const unit = UNITS.get(m[2]);
    if (!unit) continue;
    const v = COLLECTIVES.get(m[1])!;
    out.push({ low: v, high: v, unit, text: m[0], index: m.index ?? 0 });
  }
  for (const m of CURRENCY ? t.matchAll(CURRENCY) : []) {
    const a = Number(m[2]);
    const unit = LEXICON.currencySigns.get(m[1])!;
    const at = m.index ?? 0;
    if (m[3] !== undefined) {
      // "gave £6,200 to 17 groups": a sum and a count joined by "to", no range. A range is written
      // low to high, and its second figure is of the first's unit; one that counts another thing
      // is a figure of its own, and one below the first is where the first goes ("down from £95 to
      // £85"): two sums.
      const end = at + m[0].length;
      const next = /^\s{0,3}([a-z]+)/.exec(t.slice(end, end + 30))?.[1];
      const nextUnit = next ? (UNITS.get(next) ?? counted(next)) : undefined;
      const b = Number(m[3]);
      // ("£5 to 6 pounds" is the range: a word that may name the sign's unit names it here.)
      const ofSign = !!next && (nextUnit === unit || !!LEXICON.unitReadings.get(next)?.includes(unit));
      if ((nextUnit && !ofSign) || b < a) {
        out.push({ low: a, high: a, unit, text: m[0].slice(0, m[0].indexOf(m[2]) + m[2].length), index: at });
        const from = end - m[3].length;
        const signedFrom = LEXICON.currencySigns.has(t[from - 1] ?? '') ? from - 1 : from;
        if (nextUnit && !ofSign) out.push({ low: b, high: b, unit: nextUnit, text: `${m[3]} ${next}`, index: from, ...(UNIT_CLASSES.has(nextUnit) ? {} : { counted: true }) });
        else out.push({ low: b, high: b, unit, text: t.slice(signedFrom, end), index: signedFrom });
        continue;
      }
      out.push({ low: Math.min(a, b), high: Math.max(a, b), unit, text: m[0], index: at });
      continue;
    }
    out.push({ low: a, high: a, unit, text: m[0], index: at });
  }
  const [firstUnit, secondUnit] = LEXICON.byNotation;
  for (const m of firstUnit && secondUnit ? t.matchAll(BY) : []) {
    const at = m.index ?? 0;
    const sets = Number(m[1]);
    const lo = Number(m[2]);
    const hi = m[3] !== undefined ? Number(m[3]) : lo;
    // "3 x 10 min" is three sets of ten minutes: a unit after the second figure is its own.
    const after = /^\s*([a-z]+)/.exec(t.slice(at + m[0].length, at + m[0].length + 20));
    out.push({ low: sets, high: sets, unit: firstUnit, text: m[0], index: at });
    out.push({ low: Math.min(lo, hi), high: Math.max(lo, hi), unit: (after && UNITS.get(after[1])) || secondUnit, text: m[0], index: at + m[0].indexOf(m[2], m[1].length) });
  }
  for (const m of firstUnit && secondUnit ? t.matchAll(SETS_OF) : []) {
    const lo = Number(m[1]);
    const hi = m[2] !== undefined ? Number(m[2]) : lo;
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ low: Math.min(lo, hi), high: Math.max(lo, hi), unit: secondUnit, text: t.slice(at, (m.index ?? 0) + m[0].length), index: at });
  }
  for (const m of FACTOR ? t.matchAll(FACTOR) : []) {
    const v = Number(m[1]);
    out.push({ low: v, high: v, unit: 'times', text: m[0], index: (m.index ?? 0) + m[0].length - m[1].length });
  }
  for (const m of MULTIPLE ? t.matchAll(MULTIPLE) : []) {
    const v = MULTIPLES.get(m[1])!;
    if (v === 1 && !rateAfter(t, (m.index ?? 0) + m[0].length)) continue;
    out.push({ low: v, high: v, unit: 'times', text: m[0], index: m.index ?? 0 });
  }
  // "half a mile", "a quarter of a litre": a fraction of one unit of a measure (a length, a
  // weight, a volume; a span of time is read just below).
  for (const m of t.matchAll(FRACTION_OF_MEASURE)) {
    const unit = UNITS.get(m[3]);
    if (!unit || !LEXICON.dimensionOf.has(unit)) continue;
    const v = m[1] ? 0.5 : fractionOf(m[2])! / 100;
    const at = m.index ?? 0;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].index >= at && out[k].index < at + m[0].length) out.splice(k, 1);
    out.push({ low: v, high: v, unit, text: m[0], index: at });
  }
  for (const m of t.matchAll(ONE_SPAN)) {
    const unit = UNITS.get(m[2]);
    if (!unit || !SPAN_OF_ONE.has(unit)) continue;
    // After a figure, a unit or a "twice" it is the period of a rate: "£60 a year", "twice a week".
    const before = /([a-z0-9%]+)\W*$/.exec(t.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0))?.[1] ?? '';
    // "half a year" is half of one, and "a quarter of an hour" a quarter.
    const share = FRACTION_OF.exec(t.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0));
    const half = before === 'half';
    if (share) {
      const v = fractionOf(share[1])! / 100;
      const from = (m.index ?? 0) - share[0].trimStart().length;
      // ("three quarters" counts no quarters here.)
      for (let k = out.length - 1; k >= 0; k--) if (out[k].index >= from && out[k].index < (m.index ?? 0)) out.splice(k, 1);
      out.push({ low: v, high: v, unit, text: `${share[0].trim()} ${m[0]}`, index: from });
      continue;
    }
    if (!half && (/\d/.test(before) || NUMBER_WORDS.has(before) || UNITS.has(before) || MULTIPLES.has(before) || LEXICON.rateWords.has(before))) continue;
    // …or the period of a rate read a few words back: "60 grams of carbohydrate an hour".
    const at = m.index ?? 0;
    if (out.some((q) => q.index < at && at - (q.index + q.text.length) < 40 && rateAfter(t, q.index + q.text.length)?.unit === unit)) continue;
    if (half) out.push({ low: 0.5, high: 0.5, unit, text: `half ${m[0]}`, index: at - 'half '.length });
    else out.push({ low: 1, high: 1, unit, text: m[0], index: at });
  }
  for (const m of t.matchAll(WHOLE_SPAN)) {
    const unit = UNITS.get(m[2]);
    const at = m.index ?? 0;
    // (Read already with its article or its number, or the end of a number's words: "a full day",
    // "one and a half days", "a two-and-a-half-hour induction".)
    if (!unit || !SPAN_OF_ONE.has(unit) || figureAt(out, at) || /(?:\d|\band[\s-]+(?:an?[\s-]+)?)$/.test(t.slice(Math.max(0, at - 10), at))) continue;
    const v = m[1] === 'half' ? (fractionOf('half') ?? 50) / 100 : 1;
    out.push({ low: v, high: v, unit, text: written.slice(at, at + m[0].length), index: at });
  }
  for (const m of AGED ? t.matchAll(AGED) : []) {
    const a = value(m[1]);
    const b = m[2] !== undefined ? value(m[2]) : a;
    const figure = m[0].slice(m[0].indexOf(m[1]));
    // "aged 12 years" is read already, with its unit: it is an age too.
    const read = out.find((q) => q.index === (m.index ?? 0) + m[0].indexOf(m[1]));
    if (read) read.unit = 'age';
    // (As written: "between 6 and 10" was read as "6 to 10", kept to the same length.)
    else out.push({ low: Math.min(a, b), high: Math.max(a, b), unit: 'age', text: written.slice((m.index ?? 0) + m[0].indexOf(m[1]), (m.index ?? 0) + m[0].indexOf(m[1]) + figure.length), index: (m.index ?? 0) + m[0].indexOf(m[1]) });
  }
  // "from your 17th birthday": the age reached that day; "until their 18th birthday", under it.
  for (const m of BIRTHDAY ? t.matchAll(BIRTHDAY) : []) {
    const at = (m.index ?? 0) + m[0].indexOf(m[2], m[1] ? m[1].length : 0);
    if (figureAt(out, at)) continue;
    const v = Number(m[2]);
    // (Its text is the number alone: the age a fix puts in a claim's "from the age of sixteen".)
    out.push({ low: v, high: v, unit: 'age', text: m[2], index: at, ...(m[1] ? { bound: 'below' as const } : {}) });
  }
  // "must be 21 or over": an age limit said without "aged".
  for (const m of AGE_LIMIT ? t.matchAll(AGE_LIMIT) : []) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1], m[0].search(/\s/));
    if (figureAt(out, at)) continue;
    const v = value(m[1]);
    out.push({ low: v, high: v, unit: 'age', text: m[1], index: at });
  }
  // "children under 12", "anyone over 16": no unit and no counted noun after the number (those
  // were read above, "under 12 minutes", "over 20 members"), so it is the age of those named.
  // "volunteers must be at least 16": the same, the limit said after the verb.
  for (const pattern of [AGE_GROUP, AGE_COPULA]) {
    for (const m of pattern ? t.matchAll(pattern) : []) {
      const [, beings, figure] = m;
      if (!LEXICON.ageLimits.people.has(beings.replace(/\s+/g, ' ')) && !LEXICON.namesBeing(beings)) continue;
      const at = (m.index ?? 0) + m[0].length - figure.length;
      if (NOT_AGE_AFTER.test(t.slice(at + figure.length, at + figure.length + 8))) continue;
      if (figureAt(out, at)) continue;
      const v = value(figure);
      out.push({ low: v, high: v, unit: 'age', text: written.slice(at, at + figure.length), index: at });
    }
  }
  // "my son is fifteen", "I'm 70": an age stated, of someone the word before the verb names.
  for (const m of t.matchAll(AGE_STATED)) {
    const beings = m[1] ?? 'i';
    const figure = m[3];
    if (!LEXICON.ageLimits.people.has(beings) && !LEXICON.namesBeing(beings)) continue;
    const at = (m.index ?? 0) + m[0].length - figure.length;
    // (Not a range, "are 3 to 5", nor a share, "is 1 of 5"; a dash before words ends a clause.)
    const next = RANGE_OR_SHARE.exec(t.slice(at + figure.length, at + figure.length + 20));
    if (next && (/\d/.test(next[2]) || NUMBER_WORDS.has(next[2]) || SHARE_WORDS.has(next[1]))) continue;
    if (figureAt(out, at)) continue;
    const v = value(figure);
    out.push({ low: v, high: v, unit: 'age', text: written.slice(at, at + figure.length), index: at });
  }
  for (const m of t.matchAll(AGE_ASIDE)) {
    const [, beings, first, last] = m;
    if (!LEXICON.ageLimits.people.has(beings) && !LEXICON.namesBeing(beings)) continue;
    const at = (m.index ?? 0) + m[0].indexOf(first, beings.length);
    if (figureAt(out, at)) continue;
    const [a, b] = [value(first), value(last ?? first)];
    const end = (m.index ?? 0) + m[0].length;
    // ("Over 18s (18+)": a plus after the one age is "or over".)
    const plus = last === undefined && /^\s{0,3}\+/.test(t.slice(end, end + 4));
    out.push({ low: Math.min(a, b), high: Math.max(a, b), unit: 'age', text: written.slice(at, end), index: at, ...(plus ? { bound: 'atLeast' as const, boundText: '+' } : {}) });
  }
  // "under-14s may not belay": the age group's limit, its bound the word before the hyphen.
  for (const m of AGE_BAND ? t.matchAll(AGE_BAND) : []) {
    const at = (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
    // (Spaced, the plural was read first as seconds, "18s": it is the age group's.)
    const read = figureAt(out, at);
    if (read && !(read.unit === 'seconds' && read.text === `${m[2]}s`)) continue;
    if (read) out.splice(out.indexOf(read), 1);
    const v = value(m[2]);
    const bound = BAND_WORDS.find(([p]) => p === m[1])?.[1];
    out.push({ low: v, high: v, unit: 'age', text: written.slice(at, at + m[2].length), index: at, ...(bound ? { bound, boundText: m[1] } : {}) });
  }
  // "the minimum age to take the tiller is 12", "a maximum age of 17": a limit, its bound named.
  for (const m of AGE_NAMED ? t.matchAll(AGE_NAMED) : []) {
    const at = (m.index ?? 0) + m[0].length - m[2].length;
    const named = m[1].replace(/\s+/g, ' ');
    const bound = LEXICON.ageLimits.named.find(([p]) => p === named)?.[1];
    const read = figureAt(out, at);
    if (read && read.unit !== 'age') continue;
    const q = read ?? { low: value(m[2]), high: value(m[2]), unit: 'age', text: written.slice(at, at + m[2].length), index: at };
    if (!read) out.push(q);
    if (bound && !q.bound) (q.bound = bound), (q.boundText = named);
  }
  for (const m of t.matchAll(HALVED)) out.push({ low: 50, high: 50, unit: 'percent', text: m[0], index: m.index ?? 0 });
  // A time of day said in words: "half past nine", "a quarter to six", "nine o'clock", "noon".
  // (An hour in words before a half of the day gives way to the range of hours it ends: "from
  // nine till twelve in the morning".)
  const hourBeforeHalf = new Set<Quantity>();
  for (const m of SPOKEN_TIME ? t.matchAll(SPOKEN_TIME) : []) {
    const time = spokenTime(m);
    if (time === undefined) continue;
    const at = m.index ?? 0;
    const q: Quantity = { low: time.minutes, high: time.minutes, unit: 'clock', text: written.slice(at, at + m[0].length).trim(), index: at, ...(time.halfDay ? { halfDay: true } : {}) };
    // (Its hour is no count of what follows: "until quarter to four costs £43.50" gives no four costs.)
    readWhole(out, at, at + m[0].length);
    out.push(q);
    if (m.groups?.dayHour) hourBeforeHalf.add(q);
  }
  // A time of day as minutes after midnight ("21:00", "6.30pm", "9am"), a date as month × 100 + day.
  for (const m of t.matchAll(CLOCK)) {
    if (out.some((q) => q.unit === 'clock' && (m.index ?? 0) >= q.index && (m.index ?? 0) < q.index + q.text.length)) continue;
    const minutes = m[2] ?? m[3];
    const h = Number(m[1]) % (m[4] ? 12 : 24) + (m[4] === 'pm' ? 12 : 0);
    const v = h * 60 + Number(minutes ?? 0);
    // "8:30" with no am or pm, an hour a clock face shows twice, may be either half of the day.
    const halfDay = !m[4] && !m[1].startsWith('0') && Number(m[1]) >= 1 && Number(m[1]) <= 12;
    // (A bare hour is a time only where am, pm or words say its half of the day: "at 7 in the evening".)
    const end = (m.index ?? 0) + m[0].length;
    if (minutes === undefined && !m[4] && !(halfDay && DAY_HALF?.test(t.slice(end, end + DAY_HALF_REACH)))) continue;
    out.push({ low: v, high: v, unit: 'clock', text: m[0].trim(), index: m.index ?? 0, ...(halfDay ? { halfDay } : {}) });
  }
  // "6-8pm", "from 9 to 11.30am": the bare hour that opens a range takes the half of the day its
  // end names (the morning's where that would put it after the end: "11-1pm" starts at 11am).
  for (const q of [...out]) {
    if (q.unit !== 'clock' || q.halfDay || !/[ap]m$/.test(q.text)) continue;
    const from = Math.max(0, q.index - RANGE_OPENING_REACH);
    const lead = RANGE_OPENING.exec(t.slice(from, q.index));
    if (!lead) continue;
    const at = from + (lead.index ?? 0);
    if (out.some((o) => at >= o.index && at < o.index + o.text.length)) continue;
    let v = (Number(lead[1]) % 12) * 60 + Number(lead[2] ?? 0) + (q.low >= HALF_DAY ? HALF_DAY : 0);
    if (v > q.low && v >= HALF_DAY) v -= HALF_DAY;
    out.push({ low: v, high: v, unit: 'clock', text: written.slice(at, at + lead[1].length + (lead[2] ? lead[2].length + 1 : 0)), index: at });
  }
  // "open on Wednesday evenings from six until ten": two times of day, either half of the day.
  for (const m of HOUR_RANGE ? t.matchAll(HOUR_RANGE) : []) {
    const at = m.index ?? 0;
    const [, openText, openHour, openMinutes, endText, endHour, endMinutes, after] = m;
    // (Not before a word that is no stopword: "from six to ten players" counts players.)
    if (after && !LEXICON.stopwords.has(after)) continue;
    const inside = (q: Quantity) => q.index >= at && q.index < at + m[0].length;
    if (out.some((q) => inside(q) && !hourBeforeHalf.has(q))) continue;
    const near = words(t.slice(Math.max(0, at - HOUR_CUE_REACH), at + m[0].length + HOUR_CUE_REACH));
    if (!near.some((w) => SPOKEN.hourCues.has(w))) continue;
    // A part of the day named near it settles the half: "on Wednesday evenings" is after noon.
    const halves = new Set(near.flatMap((w) => LEXICON.calendar.get(w) ?? []).filter((h) => h === 'am' || h === 'pm'));
    const half = halves.size === 1 ? [...halves][0] : undefined;
    // (Twelve in a range of hours is noon: "from nine till twelve".)
    const minutes = (w: string, past = '0') => {
      const h = LEXICON.numberWords.get(w) ?? Number(w);
      return (h === 12 ? 12 : h + (half === 'pm' ? 12 : 0)) * 60 + Number(past);
    };
    for (let k = out.length - 1; k >= 0; k--) if (hourBeforeHalf.has(out[k]) && inside(out[k])) out.splice(k, 1);
    const second = at + m[0].lastIndexOf(endText, m[0].length - (after ? after.length + 1 : 0));
    // (A range starts before it ends: "from ten to four in the afternoon" starts in the morning.)
    const [opens, ends] = [minutes(openHour, openMinutes), minutes(endHour, endMinutes)];
    const start = opens > ends && opens >= HALF_DAY ? opens - HALF_DAY : opens;
    out.push({ low: start, high: start, unit: 'clock', text: openText, index: at + m[0].indexOf(openText, 4), ...(half ? {} : { halfDay: true }) });
    out.push({ low: ends, high: ends, unit: 'clock', text: endText, index: second, ...(half ? {} : { halfDay: true }) });
  }
  // "half past five in the afternoon", "9:30 in the morning": the words settle the half of the day.
  for (const q of DAY_HALF ? out : []) {
    if (q.unit !== 'clock' || !q.halfDay) continue;
    const half = DAY_HALF!.exec(t.slice(q.index + q.text.length, q.index + q.text.length + DAY_HALF_REACH));
    if (!half) continue;
    const shift = (half[2] ? HALF_DAY : 0) - (q.low >= HALF_DAY ? HALF_DAY : 0);
    Object.assign(q, { low: q.low + shift, high: q.high + shift, text: written.slice(q.index, q.index + q.text.length + half[0].length) });
    delete q.halfDay;
  }
  // "from ten until half past five": a bare hour after "from" opens the span a time of day ends.
  // It starts before it ends ("ten" is the morning's where the end is 5.30pm), and where the end
  // may be either half of the day, so may the start, though the end then follows it: a day out
  // from ten until half past five ends at 17:30.
  for (const q of [...out]) {
    if (q.unit !== 'clock') continue;
    const from = Math.max(0, q.index - SPAN_OPENING_REACH);
    const lead = SPAN_OPENING.exec(t.slice(from, q.index));
    if (!lead) continue;
    const at = from + (lead.index ?? 0) + lead[0].indexOf(lead[1], 4);
    if (figureAt(out, at)) continue;
    const hour = LEXICON.numberWords.get(lead[1]) ?? Number(lead[1]);
    let v = (hour % 12) * 60 + Number(lead[2] ?? 0);
    if (!q.halfDay) {
      if (q.low >= HALF_DAY && v + HALF_DAY < q.low) v += HALF_DAY;
    } else if (v > q.low && q.low < HALF_DAY) {
      Object.assign(q, { low: q.low + HALF_DAY, high: q.high + HALF_DAY });
    }
    out.push({ low: v, high: v, unit: 'clock', text: written.slice(at, at + lead[1].length + (lead[2] ? lead[2].length + 1 : 0)), index: at, ...(q.halfDay ? { halfDay: true } : {}) });
  }
  if (MONTH_NAMES) {
    for (const m of t.matchAll(DAY_MONTH)) {
      // A month that is also a word ("may") is a date only where no word follows it as a verb
      // would: "18 May, 2 June" and "18 May to 2 June", not "nobody under 18 may use it".
      const after = t.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
      if (LEXICON.stopwords.has(m[2]) && /^\s+[a-z]/.test(after) && !/^\s+(?:to|and|or|until|till|through)\b/.test(after)) continue;
      out.push(dated(Number(m[1]), m[2], m[0], m.index ?? 0));
    }
    for (const m of t.matchAll(MONTH_DAY)) out.push(dated(Number(m[2]), m[1], m[0], m.index ?? 0));
  }
  // A bare number after a verb that counts people: "the grandstand, which seats 450", "the Friends,
  // who now number around 640". (Not one read already, "seats 450 people", nor one with a word
  // after it that it counts or measures.)
  for (const m of COUNTED_BY_VERB ? t.matchAll(COUNTED_BY_VERB) : []) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    if (figureAt(out, at)) continue;
    const n = Number(m[1]);
    out.push({ low: n, high: n, unit: PEOPLE_UNIT, text: m[1], index: at });
  }
  // A year: "in 1987", "since 1974", "1 October 2025", "a 2023 study", "2021 – a new projector".
  // (Not one read as a figure of its own already: "1987 members" counts members.)
  for (const m of t.matchAll(YEAR)) {
    const at = m.index ?? 0;
    if (figureAt(out, at)) continue;
    const year = Number(m[1]);
    out.push({ low: year, high: year, unit: 'calendar-year', text: m[1], index: at });
  }
  const fractions: Quantity[] = [];
  for (const m of t.matchAll(FRACTION)) {
    const v = fractionOf(m[1])!;
    // (A share of one span of time, "a quarter of an hour", is read above as a duration.)
    const end = (m.index ?? 0) + m[0].length;
    if (out.some((q) => q.index < end && q.index + q.text.length > end && q.text.includes(m[1]))) continue;
    const q = { low: v, high: v, unit: 'percent', text: m[0].replace(/\s+[a-z]+$/, '').trim(), index: m.index ?? 0 };
    out.push(q);
    fractions.push(q);
  }
  for (const m of t.matchAll(FRACTION_BY)) {
    const at = (m.index ?? 0) + 3;
    const end = (m.index ?? 0) + m[0].length;
    if (out.some((q) => q.index < end && q.index + q.text.length > at)) continue;
    const q: Quantity = { low: fractionOf(m[1])!, high: fractionOf(m[1])!, unit: 'percent', text: m[0].slice(3), index: at };
    // (The way the change goes is its verb's, a few words before: "reduces … by about a quarter"
    // is a quarter less.)
    const verb = words(t.slice(Math.max(0, (m.index ?? 0) - CHANGE_REACH_CHARS), m.index ?? 0)).slice(-CHANGE_REACH).reverse().find((w) => LEXICON.changeVerbs.has(w));
    const way = verb ? LEXICON.changeVerbs.get(verb)! : undefined;
    const comparative = way && [...LEXICON.comparatives].find(([, d]) => d === way)?.[0];
    if (way && comparative) (q.direction = way), (q.comparative = comparative);
    out.push(q);
    fractions.push(q);
  }
  for (const m of t.matchAll(FRACTION_BEFORE)) {
    const v = fractionOf(m[1])!;
    const q = { low: v, high: v, unit: 'percent', text: m[1], index: m.index ?? 0 };
    out.push(q);
    fractions.push(q);
  }
  // "two thirds" is a share, not a count of thirds.
  for (let k = out.length - 1; k >= 0; k--) {
    const q = out[k];
    if (q.counted && fractions.some((f) => q.index >= f.index && q.index < f.index + f.text.length)) out.splice(k, 1);
  }
  // A number after a name or a noun labels it, and a word that is a noun only in some senses then
  // reads as the verb it mostly is: "Gate 2 opens at 10am", "the number 49 leaves hourly" count
  // no opens or leaves, where "the square has eleven pitches" counts pitches.
  for (let k = out.length - 1; k >= 0; k--) {
    const q = out[k];
    if (q.counted && !LEXICON.isNoun(q.unit) && labelsNumber(t.slice(Math.max(0, q.index - LABEL_REACH), q.index))) out.splice(k, 1);
  }
  for (const m of RATIO ? t.matchAll(RATIO) : []) {
    const at = m.index ?? 0;
    const [a, b] = [value(m[1]), value(m[3])];
    if (!Number.isFinite(a) || !Number.isFinite(b) || !b) continue;
    // The parts counted on their own ("two parts") are the ratio's, not counts of their own.
    for (let k = out.length - 1; k >= 0; k--) if (out[k].index >= at && out[k].index < at + m[0].length) out.splice(k, 1);
    out.push({ low: a / b, high: a / b, unit: 'ratio', text: m[0], index: at, sides: [termOf(m[2]), termOf(m[4])] });
  }
  // A table cell or a field that names its unit before the number: "Cruising hours: 23",
  // "Locks: 30", "Maximum people: 6".
  for (const m of t.matchAll(FIELD)) {
    const numberAt = (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
    if (out.some((q) => numberAt >= q.index && numberAt < q.index + q.text.length)) continue;
    // (An age is a point in a life, no count of anything: "Minimum age: 14" is no 14 people.)
    const age = LEXICON.ageWords.includes(m[1]);
    const unit = age ? 'age' : (UNITS.get(m[1]) ?? counted(m[1]));
    if (!unit) continue;
    const a = Number(m[2]);
    const b = m[3] !== undefined ? Number(m[3]) : a;
    out.push({ low: Math.min(a, b), high: Math.max(a, b), unit, text: t.slice(numberAt, (m.index ?? 0) + m[0].length).trim(), index: numberAt, fieldUnit: m[1], ...(age || UNIT_CLASSES.has(unit) ? {} : { counted: true }) });
  }
  // A telephone number is read whole; any figure read inside it is none.
  // "week five", "day 23": the number of a step, read whole; a figure read inside it ("2 food" of
  // "Level 2 food hygiene") gives way.
  for (const m of NUMBERED ? t.matchAll(NUMBERED) : []) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    readWhole(out, at, end);
    const v = value(m[2]);
    out.push({ low: v, high: v, unit: `${m[1]} number`, text: written.slice(at, end), index: at });
  }
  for (const m of t.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < PHONE_DIGITS[0] || digits.length > PHONE_DIGITS[1]) continue;
    const at = m.index ?? 0;
    readWhole(out, at, at + m[0].length);
    out.push({ low: Number(digits), high: Number(digits), unit: 'phone', text: written.slice(at, at + m[0].length), index: at });
  }
  poundsAndPence(out, t, written);
  // "two 45-minute sessions", "at most two three-year terms": a number before a measure said as a
  // hyphened compound counts the noun after it (each session is 45 minutes; there are two).
  for (const q of [...out]) {
    if (q.counted || !q.text.includes('-') || /\s/.test(q.text)) continue;
    const lead = COUNT_BEFORE_COMPOUND.exec(t.slice(Math.max(0, q.index - COUNT_REACH), q.index));
    const end = q.index + q.text.length;
    const noun = /^\s{1,2}([a-z]+)/.exec(t.slice(end, end + COUNT_REACH));
    const unit = lead && noun ? (UNITS.get(noun[1]) ?? counted(noun[1])) : undefined;
    if (!lead || !noun || !unit) continue;
    const at = q.index - lead[0].length;
    if (figureAt(out, at)) continue;
    const v = value(lead[1]);
    if (!Number.isFinite(v)) continue;
    out.push({ low: v, high: v, unit, text: written.slice(at, end + noun[0].length), index: at, ...(UNIT_CLASSES.has(unit) ? {} : { counted: true }) });
  }
  joinUnitRanges(out, t, written);
  calendarRates(out, t, written);
  proportions(out, t, written);
  for (const q of out) {
    // "eighteen years old" is an age, not a span of eighteen years.
    const old = q.unit === 'years' ? AGE_OLD?.exec(t.slice(q.index + q.text.length, q.index + q.text.length + 12)) : null;
    if (old) {
      q.unit = 'age';
      q.text += old[0];
      // "fourteen- and fifteen-year-olds", "ten- to twelve-year-olds": the first age leaves its
      // unit to the second, and the two are read as the band they span, as "aged 14 and 15" is.
      // (Read as two figures, each was set against the other by the checker: "16" of "sixteen-
      // and seventeen-year-olds" was "the figure for the seventeen-year-olds".)
      const first = SUSPENDED_AGE.exec(t.slice(Math.max(0, q.index - 32), q.index));
      const v = first ? value(first[1]) : NaN;
      if (first && Number.isFinite(v)) {
        const start = q.index - first[0].length;
        for (let k = out.length - 1; k >= 0; k--) if (out[k] !== q && out[k].index >= start && out[k].index < q.index) out.splice(k, 1);
        [q.low, q.high] = [Math.min(v, q.low), Math.max(v, q.high)];
        q.text = written.slice(start, q.index) + q.text;
        q.index = start;
      }
    }
    // Below zero: "minus 18°C", "-18°C" (not the end of a range, "10-18°C").
    const sign = q.unit === 'celsius' || q.unit === 'fahrenheit' ? BELOW_ZERO.exec(t.slice(Math.max(0, q.index - 7), q.index)) : null;
    if (sign) {
      [q.low, q.high] = [-q.high, -q.low];
      q.text = `${written.slice(q.index - sign[0].length, q.index)}${q.text}`;
    }
    boundOf(q, t);
    if (LEXICON.spanUnits.has(q.unit) && LEXICON.spanCues.has(/([a-z]+)\s+$/.exec(t.slice(Math.max(0, q.index - 16), q.index))?.[1] ?? '')) q.span = true;
    if (!q.bound) trailingBoundOf(q, t);
    if (!q.bound) denialOf(q, t);
    // "25% fewer", "a quarter more", "two hours longer": a difference, and which way it goes.
    const comparative = DIRECTION.exec(t.slice(q.index + q.text.length, q.index + q.text.length + 16))?.[1];
    if (comparative) (q.direction = LEXICON.comparatives.get(comparative)), (q.comparative = comparative);
    if (TOTAL_BEFORE?.test(t.slice(Math.max(0, q.index - 24), q.index)) || TOTAL_AFTER?.test(t.slice(q.index + q.text.length, q.index + q.text.length + 24))) q.total = true;
    const rate = rateAfter(t, q.index + q.text.length) ?? rateOfColumn(t, q.index);
    // (Said after the figure, not given by a column's heading: "Speed per hour: 10 miles" is left a rate.)
    const rateUnit = rate && rate.end > q.index + q.text.length ? LEXICON.rateUnits.get(`${q.unit} ${rate.unit}`) : undefined;
    if (rate && rateUnit) {
      // "10 miles per hour" is 10 mph, its words all the figure's.
      q.unit = rateUnit;
      q.text = written.slice(q.index, rate.end).trim();
    } else if (rate && rate.unit !== q.unit) {
      q.per = rate.unit;
      if (q.unit === 'times') q.ratePhrase = written.slice(q.index, rate.end).trim();
    }
    everyOf(q, t, written);
    if (LEXICON.pointUnits.has(q.unit)) {
      const before = /([a-z]+)\s*$/.exec(t.slice(Math.max(0, q.index - 12), q.index))?.[1] ?? '';
      if (LEXICON.timeEdges.start.has(before)) q.edge = 'start';
      else if (LEXICON.timeEdges.end.has(before)) q.edge = 'end';
      else {
        const verb = /([a-z]+)\s+(?:on|at)\s+(?:the\s+)?$/.exec(t.slice(Math.max(0, q.index - 24), q.index))?.[1] ?? '';
        if (LEXICON.timeEdges.startVerbs.has(verb)) q.edge = 'start';
        else if (LEXICON.timeEdges.endVerbs.has(verb)) q.edge = 'end';
      }
    }
  }
  // Two times or dates joined by a dash are a period's two edges, as "from … to …" are: "Time:
  // 7.30pm–9.15pm" says when it starts and when it finishes.
  const points = out.filter((q) => LEXICON.pointUnits.has(q.unit)).sort((a, b) => a.index - b.index);
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    if (a.unit !== b.unit || a.edge || b.edge || !DASH_BETWEEN.test(t.slice(a.index + a.text.length, b.index))) continue;
    a.edge = 'start';
    b.edge = 'end';
  }
  // "A year's membership costs £45", "a week's hire is £300": one period's worth of what a sum
  // buys makes the sum after it a rate over that period, as "£45 a year" does, and measures
  // nothing itself. ("Two weeks' notice" is a length: only one period, said as a rate would say it.)
  const sums = out.filter((q) => MONEY_UNITS.has(q.unit) && !q.per);
  if (sums.length) {
    const periods = out.filter((q) => q.low === 1 && q.high === 1 && !q.bound && rateAfter(t, q.index)?.unit === q.unit && possessive(q, t, text)).sort((a, b) => a.index - b.index);
    for (const sum of sums) {
      const period = periods.filter((p) => p.index < sum.index).pop();
      if (period) sum.per = period.unit;
    }
    for (const p of periods) if (sums.some((sum) => sum.per === p.unit && sum.index > p.index)) out.splice(out.indexOf(p), 1);
  }
  // A bound in the subject of a clause that forbids after it says whom the rule forbids: "players
  // younger than fifteen may not use strangles", "under-14s may not belay" (see agrees).
  for (const q of out) if (q.bound && !q.deniedBound && forbidsAfter(q, t)) q.forbiddenAfter = true;
  return out;
}

/** Characters after a bounded figure read for its clause's prohibition and what undoes it. */
const FORBID_WINDOW = 160;
/** Words between a bounded figure and a phrase that forbids after it, for the figure to be in the clause's subject ("children under 8 years old must not…"). */
const SUBJECT_REACH = 3;

/**
 * Does the figure's clause forbid right after it ("…under 15 may not use…"), with nothing after
 * that to undo or condition it ("may not belay unless…", "cannot … without…"), and no clause of
 * its own between ("under-16s who are not members…"), nor a second predicate ("a member for at
 * least six months and must not owe…")?
 */
function forbidsAfter(q: Quantity, t: string): boolean {
  // (Read within a window: a figure early in a long text would otherwise split all the rest of it.)
  const end = q.index + q.text.length;
  const rest = (t.slice(end, end + FORBID_WINDOW).split(/[.,;:!?\n]/)[0] ?? '').split(/[^a-z']+/).filter(Boolean);
  for (let i = 0; i <= SUBJECT_REACH && i < rest.length; i++) {
    if (LEXICON.subordinators.has(rest[i]) || LEXICON.relativePronouns.has(rest[i]) || LEXICON.coordinators.has(rest[i])) return false;
    const phrase = LEXICON.modality.forbids.filter((p) => p.every((w, k) => rest[i + k] === w)).sort((a, b) => b.length - a.length)[0];
    if (phrase) return !rest.slice(i + phrase.length).some((w) => LEXICON.negations.has(w) || LEXICON.modality.restricts.some((p) => p.length === 1 && p[0] === w));
  }
  return false;
}
const DASH_BETWEEN = /^\s{0,2}[\u2013\u2014-]\s{0,2}$/;

/** What joins the two ends of a range: "to", a dash, "and" (after "between"). */
const RANGE_LINK = /^\s{0,3}(?:to|-|\u2013|and)\s{0,3}$/;
/** The units of a sum of money: what a price is measured in. */
const MONEY_UNITS = new Set(LEXICON.unitsMeasuredBy.get('cost') ?? []);
/**
 * Is a figure written with a singular possessive ("a year's")? Read in the text as written, since
 * normalising drops the "'s": the figure's words at the same occurrence there.
 */
function possessive(q: Quantity, t: string, text: string): boolean {
  const said = q.text.toLowerCase();
  const lowerT = t.toLowerCase();
  let nth = 0;
  for (let at = lowerT.indexOf(said); at >= 0 && at < q.index; at = lowerT.indexOf(said, at + 1)) nth++;
  const lower = text.toLowerCase();
  let at = lower.indexOf(said);
  for (let k = 0; k < nth && at >= 0; k++) at = lower.indexOf(said, at + 1);
  return at >= 0 && /^['\u2019]s\s/.test(lower.slice(at + said.length, at + said.length + 3));
}

/**
 * The pence said after pounds in words, with or without their unit: "twelve pounds fifty", "12
 * pounds 50", "two pounds fifty pence" are one sum, £12.50, as "£12.50" is. Only where nothing
 * follows that the number could count ("ten pounds, 50 people came" is two figures): the end of a
 * clause, or a function word ("two pounds fifty a week").
 */
function poundsAndPence(out: Quantity[], t: string, written: string): void {
  for (const q of [...out]) {
    if (q.unit !== 'pounds-sterling' || q.low !== q.high || !Number.isInteger(q.low) || !/pounds?$/.test(q.text.toLowerCase())) continue;
    const from = q.index + q.text.length;
    const m = PENCE_AFTER.exec(t.slice(from, from + 40));
    if (!m) continue;
    const pence = value(m[1]);
    const next = /^\s{0,3}([a-z]+)/.exec(t.slice(from + m[0].length, from + m[0].length + 40))?.[1];
    if (!(pence >= 1 && pence <= 99) || (next !== undefined && !LEXICON.stopwords.has(next))) continue;
    const end = from + m[0].length;
    // (The pence read on their own, "50" or "fifty pence", are part of the sum.)
    for (let k = out.length - 1; k >= 0; k--) if (out[k] !== q && out[k].index >= from && out[k].index < end) out.splice(k, 1);
    q.low = q.high = q.low + pence / 100;
    q.text = written.slice(q.index, end);
  }
}
const PENCE_AFTER = new RegExp(String.raw`^\s{1,3}(\d{1,2}|(?:${AGE_WORDS})(?![a-z-]))(?:\s{0,3}(?:pence|p)\b)?(?![\w.,:]?\d|\s*%)`);

/**
 * "Rides of 90 minutes to 2.5 hours": a range whose two ends name units of one measure is one
 * range, in its first end's unit. (A range in one unit, "2 to 5 hours", is read as one already;
 * times of day and dates are points, and "9:30 to 16:30" stays two of them.)
 */
function joinUnitRanges(out: Quantity[], t: string, written: string): void {
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    if (a.low !== a.high || LEXICON.pointUnits.has(a.unit)) continue;
    const end = a.index + a.text.length;
    const j = out.findIndex((b) => b.index >= end && b.index - end <= 5 && b.unit !== a.unit && b.low === b.high && comparable(a.unit, b.unit) && RANGE_LINK.test(t.slice(end, b.index)));
    if (j < 0) continue;
    const other = inUnit(out[j], a.unit).low;
    out[k] = { ...a, low: Math.min(a.low, other), high: Math.max(a.low, other), text: written.slice(a.index, out[j].index + out[j].text.length) };
    out.splice(j, 1);
    if (j < k) k--;
  }
}

/** The unit a figure ending at `end` is a rate of ("… a week" → weeks), if the next words say one, and how far those words reach. */
function rateAfter(t: string, end: number): { unit: string; end: number } | undefined {
  const m = RATE?.exec(t.slice(end, end + 60));
  const unit = m ? UNITS.get(m[1]) : undefined;
  return m && unit ? { unit, end: end + m[0].length } : undefined;
}

/**
 * The rate a table's column heading gives the figure right after it, in a row read as "heading:
 * value": "Monthly fee: £65" is £65 a month, "Rate per hour: £12" £12 an hour.
 */
function rateOfColumn(t: string, index: number): { unit: string; end: number } | undefined {
  const heading = COLUMN_HEADING.exec(t.slice(Math.max(0, index - COLUMN_HEADING_REACH), index))?.[1];
  if (!heading) return undefined;
  const ws = words(heading);
  for (let i = 0; i < ws.length; i++) {
    const unit = LEXICON.rateLabels.get(ws[i]) ?? (LEXICON.rateWords.has(ws[i]) && i + 1 < ws.length ? UNITS.get(ws[i + 1]) : undefined);
    if (unit) return { unit, end: index };
  }
  return undefined;
}
/** A row's heading right before its value: "…; Monthly fee: " (no sentence or other field between). */
const COLUMN_HEADING = /(?:^|[;\n]\s*)([^:;.\n]{1,60}):\s*$/;
const COLUMN_HEADING_REACH = 64;

/** "every" right before a span ("every 6 months"), after a count ("once every", "3 times every") and a bound ("at least once every"). */
const EVERY_BEFORE = new RegExp(
  String.raw`(?:\b(${[...LEXICON.figureBounds].map(([p]) => p).sort((a, b) => b.length - a.length).join('|')})\s+)?(?:\b(${[...MULTIPLES.keys(), 'one time'].join('|')}|\d+\s+times)\s+)?\bevery\s+$`,
);
const RECIPROCAL: Record<Bound, Bound> = { below: 'above', above: 'below', atMost: 'atLeast', atLeast: 'atMost' };

/** Marks a span said as the time between occurrences ("every 6 months"), with its count and bound. */
function everyOf(q: Quantity, t: string, written: string): void {
  if (!SPAN_OF_ONE.has(q.unit) || q.bound) return;
  const from = Math.max(0, q.index - 40);
  const m = EVERY_BEFORE.exec(t.slice(from, q.index));
  if (!m) return;
  const count = m[2] ? (MULTIPLES.get(m[2]) ?? (m[2] === 'one time' ? 1 : Number.parseInt(m[2], 10))) : 1;
  if (!(count > 0)) return;
  const bound = m[1] ? LEXICON.figureBounds.find(([p]) => p === m[1])?.[1] : undefined;
  // (Said of how often, a bound reads the other way for the span: at least once every 30 minutes
  // is at most 30 minutes apart.)
  q.every = { count, ...(bound ? { bound: RECIPROCAL[bound] } : {}), phrase: written.slice(from + (m.index ?? 0), q.index + q.text.length).trim() };
}

/**
 * How often a figure says something happens, as the time between two occurrences: "every 6
 * months" is 6 months, "twice a year" half a year, "at least twice an hour" at most half an hour.
 * Only for a span said with "every" and a count of times in a span of time.
 */
function intervalOf(q: Quantity): Quantity | undefined {
  if (q.every) return { low: q.low / q.every.count, high: q.high / q.every.count, unit: q.unit, text: q.every.phrase, index: q.index, ...(q.every.bound ? { bound: q.every.bound } : {}) };
  if (q.unit === 'times' && q.per && SPAN_OF_ONE.has(q.per) && q.low > 0) {
    const text = q.ratePhrase ?? q.text;
    return { low: 1 / q.high, high: 1 / q.low, unit: q.per, text: q.boundText ? `${q.boundText} ${text}` : text, index: q.index, ...(q.bound ? { bound: RECIPROCAL[q.bound] } : {}) };
  }
  return undefined;
}

/**
 * A rate of times and a span said with "every" ("twice an hour", "once every 30 minutes"): the
 * same measure, how often, said two ways; each is read as the time between occurrences.
 */
export function frequencyPair(a: Quantity, b: Quantity): boolean {
  return (a.unit === 'times') !== (b.unit === 'times') && !!(a.every ?? b.every) && !!intervalOf(a) && !!intervalOf(b);
}

/** Both figures of a frequency pair as the time between occurrences, in the finer of their units. */
function intervalsOf(a: Quantity, b: Quantity): [Quantity, Quantity] {
  const [x, y] = [intervalOf(a)!, intervalOf(b)!];
  const unit = (scaleBetween(x.unit, y.unit) ?? 1) >= 1 ? y.unit : x.unit;
  // (Rounded: three times a day is every 8 hours, not every 7.99999 hours.)
  const round = (q: Quantity): Quantity => {
    const r = inUnit(q, unit);
    return { ...r, low: Number(r.low.toPrecision(6)), high: Number(r.high.toPrecision(6)), unit };
  };
  return [round(x), round(y)];
}

/** What a fix replaces and with what, where a claimed figure differs from the source's. */
export function figureFix(claimed: Quantity, source: Quantity): { claimed: string; source: string } {
  return frequencyPair(claimed, source) ? { claimed: intervalOf(claimed)!.text, source: intervalOf(source)!.text } : { claimed: claimed.text, source: replacementText(source) };
}

/**
 * The days a length of time may come to, where months or years meet days or weeks, which no exact
 * scale joins: a month is 28 to 31 days, a year 365 or 366. Undefined for another unit.
 */
function roughDays(q: Quantity): [number, number] | undefined {
  if (q.unit === 'months') return [q.low * 28, q.high * 31];
  if (q.unit === 'years') return [q.low * 365, q.high * 366];
  if (!comparable(q.unit, 'days')) return undefined;
  const d = inUnit(q, 'days');
  return [d.low, d.high];
}

/**
 * Are a claimed and a stated length of time, one in months or years and one in days or weeks,
 * clearly apart whichever length the months are ("three months" and "six weeks"; not "a month"
 * and "four weeks")? Plain figures of the same kind, or a claimed limit against the source's
 * figure or its limit set the same way ("up to a month" and "up to seven days"): no rate, no age,
 * no "every".
 */
export function roughlyApart(claim: Quantity, stated: Quantity): boolean {
  const [a, b] = [claim, stated];
  const long = (q: Quantity) => q.unit === 'months' || q.unit === 'years';
  // (A claimed limit restates the source's figure for it, as in agrees: "up to a month ahead" is
  // no "booking opens 14 days ahead". A plain claimed figure may lie inside a source's limit.)
  const limits = !!a.bound && !a.deniedBound && !b.deniedBound && (!b.bound || boundsAlike(a.bound, b.bound));
  // (Two spans between visits are read as two lengths, "every two to three months" against "every
  // six weeks", where each comes round once in its span.)
  const everyAlike = !a.every === !b.every && (!a.every || (a.every.count === 1 && b.every!.count === 1));
  if (long(a) === long(b) || ((a.bound || b.bound) && !limits) || a.per || b.per || !everyAlike || a.calendar || b.calendar) return false;
  const [x, y] = [roughDays(a), roughDays(b)];
  return !!x && !!y && (x[1] < y[0] || y[1] < x[0]);
}

/** Is `general` a count of people ("412 people") and `named` a count of people its noun names ("412 patients")? */
function countsPeople(general: Quantity, named: Quantity): boolean {
  return general.unit === PEOPLE_UNIT && !general.per && !named.per && !!named.counted && LEXICON.namesPerson(named.unit);
}

/**
 * Do two figures measure the same thing: units of one measure (see comparable), at the same
 * rate. A rate and a plain figure are read alike, since prose often leaves the rate to other
 * words ("up to 5 kg of extra weight every week" against "2 kg per week"), except where the plain
 * figure is itself a span of the rate's period: "one week" is no "four days a week".
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (frequencyPair(a, b)) return comparable(intervalOf(a)!.unit, intervalOf(b)!.unit);
  if (!comparable(a.unit, b.unit)) return false;
  // How long something goes on is no age: "under 16" is not said by "for six months".
  if ((a.unit === 'age' && b.span) || (b.unit === 'age' && a.span)) return false;
  // …nor how often it comes round: "renew the agreement every two years" is not said by "have
  // not issued a voucher for a year".
  if ((a.every && b.span) || (b.every && a.span)) return false;
  // A ratio of other things is another measure ("greens to browns" is no "sugar to water").
  if (a.sides && b.sides && !sameSides(a.sides, b.sides) && !sameSides(a.sides, [b.sides[1], b.sides[0]])) return false;
  if (a.per === b.per) return true;
  if (a.per && b.per) return false;
  const [rate, plain] = a.per ? [a, b] : [b, a];
  return !comparable(plain.unit, rate.per!);
}

/** How far past its figure a bound said to be near it reaches, as a share of the figure. */
const NEAR_SHARE = 0.1;

/** Bound phrases, longest first, each with its kind (knowledge/lexicon.yaml figureBounds). */
const BOUND_PHRASES = [...LEXICON.figureBounds].sort((a, b) => b[0].length - a[0].length);

/** Marks a figure said as a bound ("under 90 minutes"), its words included in its text. */
function boundOf(q: Quantity, t: string): void {
  // Emphasis marks ("**no more than 10%**") are no words.
  let before = ` ${t.slice(Math.max(0, q.index - 24), q.index).replace(/[*_]+/g, ' ')}`.replace(/\s+$/, '');
  // A hedge between the bound and its figure keeps the bound: "within about 30 cm".
  const hedge = before.match(/\s([a-z]+)$/)?.[1];
  const hedged = !!hedge && LEXICON.figureHedges.has(hedge);
  if (hedged) before = before.slice(0, -hedge.length - 1);
  // "build up to 3 sets" reaches the figure.
  if (LEXICON.progressions.some((p) => before.endsWith(` ${p}`))) return;
  for (const [phrase, bound] of BOUND_PHRASES) {
    if (!before.endsWith(phrase) || /[a-z]/.test(before[before.length - phrase.length - 1] ?? ' ')) continue;
    // "over eight weeks" spans a time; it bounds nothing. ("Over six months ago" and "over eight
    // weeks old" bound how long ago and how old.)
    if (phrase === 'over' && LEXICON.spanUnits.has(q.unit) && !LEXICON.spanEnders.has(/^\s*([a-z]+)/.exec(t.slice(q.index + q.text.length, q.index + q.text.length + 12))?.[1] ?? '')) return;
    // A bound in a denied clause is the other bound: "no player may play two matches with less
    // than 48 hours between them" asks for at least 48 hours.
    const clause = t.slice(0, Math.max(0, q.index - phrase.length - (hedged ? hedge.length + 1 : 0))).split(/[.,;:!?\n]/).pop() ?? '';
    // Denied: the clause forbids ("must not", "never") or opens with a negation ("No player may…");
    // "without symptoms" denies a noun, not the clause.
    const ws = clause.split(/[^a-z']+/).filter(Boolean);
    // …unless the clause goes on to a second negation or a condition: "don't run a competition
    // with a prize worth more than £50 without approval" bounds nothing; it asks for approval.
    const rest = (t.slice(q.index + q.text.length).split(/[.,;:!?\n]/)[0] ?? '').split(/[^a-z']+/).filter(Boolean);
    const conditioned = rest.some((w) => LEXICON.negations.has(w) || LEXICON.modality.restricts.some((p) => p.length === 1 && p[0] === w));
    // ("…, and no episode may run longer than 60 minutes": the clause's first word past a joining word.)
    const opening = clauseOpening(ws);
    // (…nor a bound in a clause of its own under the denied one: "nobody may open a kiln until it
    // has cooled below 100 degrees" states the 100 degrees as it is.)
    const subordinate = (from: number) => ws.slice(from + 1).some((w) => LEXICON.subordinators.has(w));
    const denied =
      !conditioned &&
      ((LEXICON.negations.has(opening) && !subordinate(ws.indexOf(opening))) ||
        LEXICON.modality.forbids.some((p) => ws.some((_, i) => p.every((w, k) => ws[i + k] === w) && !subordinate(i + p.length - 1))) ||
        // (…or the clause is a command that forbids: "Please do not set it higher than 21°C".)
        LEXICON.modality.forbidsOpening.some((p) => p.every((w, k) => ws[k] === w) && !subordinate(p.length - 1)));
    q.bound = denied ? FLIPPED[bound] : bound;
    q.boundText = hedged ? `${phrase} ${hedge}` : phrase;
    if (denied) q.deniedBound = true;
    // "just over 28 per cent" is over 28 per cent, and near it.
    if (LEXICON.nearBounds.has(before.slice(0, before.length - phrase.length).trimEnd().split(' ').pop() ?? '')) q.near = true;
    return;
  }
}

/** Marks a figure bounded by the words after it ("14 or over", "five or fewer"). */
function trailingBoundOf(q: Quantity, t: string): void {
  const after = t.slice(q.index + q.text.length, q.index + q.text.length + 16);
  for (const [phrase, bound] of TRAILING_BOUNDS) {
    if (phrase.test(after)) {
      q.bound = bound;
      return;
    }
  }
}
const TRAILING_BOUNDS = LEXICON.trailingBounds.map(([p, bound]) => [new RegExp(String.raw`^\s{1,3}${p.replace(/ /g, String.raw`\s{1,3}`)}\b`), bound] as const);

/**
 * Marks a figure its own words deny: a negation right before it ("not 30 seconds"), or a phrase
 * a word or two before it ("rather than once a year", "instead of the usual £120"). A single
 * negation only right before: "never before 10 weeks" bounds the age.
 */
function denialOf(q: Quantity, t: string): void {
  const before = t.slice(Math.max(0, q.index - 40), q.index).split(/[^a-z']+/).filter(Boolean);
  const last = before[before.length - 1];
  if (last === undefined) return;
  // A phrase takes the noun phrase after it: "instead of the usual £120".
  const phraseAt = (end: number) => LEXICON.negationPhrases.some((p) => p.length <= end && p.every((w, k) => before[end - p.length + k] === w));
  if (LEXICON.negations.has(last) || [0, 1, 2].some((gap) => phraseAt(before.length - gap))) q.denied = true;
}

/** A clause's first word, past one function word that joins it to the last ("and no one may…"). */
function clauseOpening(ws: readonly string[]): string {
  return ws.length > 1 && LEXICON.stopwords.has(ws[0]) && !LEXICON.negations.has(ws[0]) ? ws[1] : (ws[0] ?? '');
}

const FLIPPED: Record<Bound, Bound> = { below: 'atLeast', atMost: 'above', above: 'atMost', atLeast: 'below' };

/** How many of `to` make one `from`, through the lexicon's exact scales (kg → grams: 1000). */
const SCALES = new Map<string, Map<string, number>>();
for (const [big, small, factor] of LEXICON.unitScales) {
  if (!SCALES.has(big)) SCALES.set(big, new Map());
  if (!SCALES.has(small)) SCALES.set(small, new Map());
  SCALES.get(big)!.set(small, factor);
  SCALES.get(small)!.set(big, 1 / factor);
}
const scaleMemo = new Map<string, number | null>();

export function scaleBetween(from: string, to: string): number | undefined {
  if (from === to) return 1;
  // Only the lexicon's scaled classes convert; a count of climbers never does (and so the memo
  // holds pairs of those few classes, not of every noun a text counts).
  if (!SCALES.has(from) || !SCALES.has(to)) return undefined;
  const key = `${from} ${to}`;
  let found = scaleMemo.get(key);
  if (found === undefined) {
    // Breadth-first through the scales: minutes → seconds → ms.
    found = null;
    const seen = new Map<string, number>([[from, 1]]);
    const queue = [from];
    while (queue.length && found === null) {
      const u = queue.shift()!;
      for (const [v, f] of SCALES.get(u) ?? []) {
        if (seen.has(v)) continue;
        seen.set(v, seen.get(u)! * f);
        if (v === to) found = seen.get(v)!;
        queue.push(v);
      }
    }
    scaleMemo.set(key, found);
  }
  return found ?? undefined;
}

/**
 * Do two units measure the same thing on a like scale (the same class, or classes at most a
 * thousandfold apart: kg and grams, seconds and ms — not days and ms, where any bound holds)?
 */
/** Minutes in half a day: a clock face's hours. */
const HALF_DAY = 12 * 60;

/**
 * The unit classes a figure answers a question in: its own, and for a count of people however
 * they are named ("140 members", "30 helpers") the class of people, which "how many people…?"
 * asks for.
 */
export function unitsAnswered(q: Quantity): string[] {
  return q.unit !== PEOPLE_UNIT && q.counted && LEXICON.namesPerson(q.unit) ? [q.unit, PEOPLE_UNIT] : [q.unit];
}

export function comparable(a: string, b: string): boolean {
  const f = scaleBetween(a, b);
  return f !== undefined && f <= MAX_SCALE && f >= 1 / MAX_SCALE;
}
const MAX_SCALE = 1000;

function sameSides(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** A ratio said the other way round from another ("browns to greens"), turned to its order. */
export function inOrder(q: Quantity, like: Quantity): Quantity {
  if (!q.sides || !like.sides || sameSides(q.sides, like.sides) || !q.low || !q.high) return q;
  return { ...q, low: 1 / q.high, high: 1 / q.low, sides: [q.sides[1], q.sides[0]] };
}

/** A quantity restated in another unit of the same measure ("2 kg" as 2000 grams). */
export function inUnit(q: Quantity, unit: string): Quantity {
  const f = scaleBetween(q.unit, unit);
  if (f === undefined || f === 1) return q;
  // Rounded to nine significant figures: 0.1 minutes is 6 seconds, not 6.000000000000001.
  const scale = (x: number) => Number((x * f).toPrecision(9));
  return { ...q, low: scale(q.low), high: scale(q.high), unit };
}

const UPPER = new Set<Bound | undefined>(['below', 'atMost']);
const LOWER = new Set<Bound | undefined>(['above', 'atLeast']);

/**
 * Is a plain claimed figure only somewhere inside the limit the source states, not at it? "Rated to
 * 800 newtons" lies within "rated to at least 350 newtons", and "needs five councillors" within "at
 * least three councillors", but neither gives the source's figure: the claim may name another
 * limit for the same thing, so the source neither confirms nor corrects it.
 */
export function insideStatedBound(claim: Quantity, stated: Quantity, loose = false): boolean {
  return !claim.bound && !!stated.bound && agrees(claim, stated, loose) && !agrees(claim, { ...stated, bound: undefined, near: undefined });
}

/**
 * Is the source's plain figure only somewhere inside the limit the claim states, not at it? "Games
 * may run for up to two hours" holds "a league game lasts 90 minutes", but the claim
 * sets its limit elsewhere: read loosely it is no contradiction, and it is no confirmation either.
 */
export function insideClaimedBound(claim: Quantity, stated: Quantity): boolean {
  return !!claim.bound && !stated.bound && agrees(claim, stated, true) && !agrees(claim, stated);
}

/** Do two bounds limit a figure the same way (both from above, or both from below)? */
export function boundsAlike(a: Bound, b: Bound): boolean {
  return (UPPER.has(a) && UPPER.has(b)) || (LOWER.has(a) && LOWER.has(b));
}

/**
 * Does an evidence quantity agree with a claimed one? Plain figures: the claimed value lies
 * inside the source's (a range counts). Bounds: two bounds the same way agree when they are the
 * same figure ("up to 40%" is no "up to 15%"); a plain figure and a bound when the figure keeps
 * it ("more than 20%" and "25%"; "under 90 minutes" and "90 minutes to 2.5 hours" do not).
 */
export function agrees(claim: Quantity, stated: Quantity, loose = false): boolean {
  // A count of people said generally is the count of the people a side names: "412 people
  // responded" is said by "412 patients responded". (Agreement only: another count of patients
  // is no count of the same people to set against it.)
  if (countsPeople(claim, stated)) return agrees({ ...claim, unit: stated.unit, counted: stated.counted }, stated, loose);
  if (countsPeople(stated, claim)) return agrees(claim, { ...stated, unit: claim.unit, counted: claim.counted }, loose);
  if (!sameMeasure(claim, stated)) return false;
  // One rule said two ways: "strangles are not allowed for anyone under 15", read as the bound it
  // leaves (15 or over), and "players under 15 may not use strangles", read as whom it forbids.
  if ((claim.deniedBound && stated.forbiddenAfter) || (stated.deniedBound && claim.forbiddenAfter)) {
    const asForbidden = (q: Quantity): Quantity => (q.deniedBound && q.bound ? { ...q, bound: FLIPPED[q.bound], deniedBound: undefined } : q);
    return agrees(asForbidden(claim), asForbidden(stated), loose);
  }
  if (typeof claim.calendar === 'string' && typeof stated.calendar === 'string' && claim.calendar !== stated.calendar) return false;
  // (Days named are not confirmed by how often alone: "twice a week" says no "Mondays and Thursdays".)
  if (typeof claim.calendar === 'string' && typeof stated.calendar !== 'string' && !loose) return false;
  if (frequencyPair(claim, stated)) return agrees(...intervalsOf(claim, stated), loose);
  // "8:30" agrees with "8:30 pm": read the other half of the day where one of them leaves it open.
  if (claim.unit === 'clock' && stated.unit === 'clock' && (claim.halfDay || stated.halfDay) && !claim.bound && !stated.bound) {
    const twelve = (q: Quantity) => [q.low % HALF_DAY, q.high % HALF_DAY];
    const [a, b] = [twelve(claim), twelve(stated)];
    return a[0] >= b[0] && a[1] <= b[1];
  }
  const evidence = inUnit(inOrder(stated, claim), claim.unit);
  if (!claim.bound && !evidence.bound) {
    // Two ranges are two pairs of ends: "aged 10–16" is no "aged 8–17", though it lies inside it.
    // (`loose`: inside it, as a sentence that says little of the claim may give a wider band: "Juniors
    // aged 11 to 13 may play without an adult" is no figure of "junior members, aged 8 to 17".)
    const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    if (!loose && claim.low < claim.high && evidence.low < evidence.high) return same(claim.low, evidence.low) && same(claim.high, evidence.high);
    return claim.low >= evidence.low && claim.high <= evidence.high;
  }
  if (claim.bound && evidence.bound) {
    return boundsAlike(claim.bound, evidence.bound) && claim.low === evidence.low && claim.high === evidence.high;
  }
  const [b, plain] = claim.bound ? [claim, evidence] : [evidence, claim];
  // A plain claimed figure at the edge of the source's bound ("50 ms" for "over 50 ms") is the
  // same figure loosely said; a claimed bound is held to the letter ("under 90 minutes" is not
  // "90 minutes to 2.5 hours").
  const edge = b === evidence;
  // A bound said to be near its figure takes no plain figure well past it: "roughly 40 per cent"
  // is not "just over 28 per cent".
  if (b.near && Math.abs((b.bound === 'below' || b.bound === 'atMost' ? plain.high : plain.low) - b.low) > NEAR_SHARE * Math.abs(b.low)) return false;
  switch (b.bound) {
    case 'below':
      return edge ? plain.high <= b.high : plain.high < b.high;
    // A claimed limit ("up to 28 days", "at least 3 people") restates the source's figure for the
    // limit: a smaller one there ("open 21 days in advance") is another limit. (The source's own
    // limit takes any plain figure within it.)
    // (`loose`: any figure within the claimed limit, as a sentence that says little of the claim may
    // give another figure of the same thing.)
    case 'atMost':
      return edge || loose ? plain.high <= b.high : plain.high === b.high;
    case 'above':
      return edge ? plain.low >= b.low : plain.low > b.low;
    default:
      return edge || loose ? plain.low >= b.low : plain.low === b.low;
  }
}

/**
 * The single figures a question states (not its bounds or ranges: "under 8" asks for no band),
 * and each month or season it names alone ("if I join in July"), as the whole of it: a date it falls
 * after or before is the rule or band it comes under ("anyone joining after 1 June pays half").
 */
export function statedFigures(text: string): Quantity[] {
  const figures = quantities(text);
  const out = figures.filter((x) => !x.bound && x.low === x.high && !x.counted);
  if (!MONTH_ALONE) return out;
  const lower = normalize(text).toLowerCase();
  for (const m of lower.slice(0, MAX_STATED_CHARS).matchAll(MONTH_ALONE)) {
    const at = m.index ?? 0;
    if (figures.some((x) => x.unit === 'date' && x.index <= at && at < x.index + x.text.length)) continue;
    // (A season, "in the spring", is its months: from the first day of its first to the last of its last.)
    const [first, last] = LEXICON.seasons.get(m[1]) ?? [LEXICON.months.get(m[1])!, LEXICON.months.get(m[1])!];
    // (Its words as matched: the normalized text's offsets need not be the text's.)
    out.push({ low: first * 100 + 1, high: last * 100 + MONTH_DAYS[last - 1], unit: 'date', text: m[0], index: at });
  }
  return out;
}
/** A month said without a day, by its full name (not one that is also a word, "may"), or a season. */
const MONTH_ALONE_NAMES = [...LEXICON.monthNames.filter((m) => !LEXICON.stopwords.has(m)), ...LEXICON.seasons.keys()].join('|');
const MONTH_ALONE = MONTH_ALONE_NAMES ? new RegExp(String.raw`\b(${MONTH_ALONE_NAMES})\b`, 'g') : null;
/** Days in each month (February's longest). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Reach of the month-name scan over a question. */
const MAX_STATED_CHARS = 2_000;

/**
 * Does a figure the question states come under a figure of the sources: within its band or limit
 * ("aged 11" under "under 12"), or inside the period a date or time opens or closes ("July" after
 * "from 1 June", "9 pm" before "until 10 pm")?
 */
export function fallsUnder(stated: Quantity, x: Quantity): boolean {
  if ((x.bound || x.low < x.high) && agrees(stated, x)) return true;
  if (!x.edge || x.unit !== stated.unit || x.bound) return false;
  return x.edge === 'start' ? stated.low >= x.low : stated.high <= x.high;
}
