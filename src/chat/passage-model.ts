/**
 * A passage as the passage view shows it: its text, its facts in words, the muscles it works and
 * its related passages as links, and its source (article, section, quoted phrase). Pure.
 */
import { sentences } from '../engine/text';
import type { Passage } from '../engine/types';
import { asSentence } from '../engine/wording';
import type { PassageModel } from '../protocol/passage';
import type { PassageLookup } from './plan-block';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function passageModel(p: Passage, lookup: PassageLookup, all: readonly Passage[]): PassageModel {
  const ref = (id: string) => {
    const r = lookup(id);
    return r ? { id: r.id, title: clip(r.title, 200) } : undefined;
  };
  const refs = (ids: readonly string[] | undefined, max: number) => (ids ?? []).map(ref).filter((r): r is { id: string; title: string } => !!r).slice(0, max);
  const facts: { label: string; value: string }[] = [];
  const fact = (label: string, value: string | undefined) => value && facts.push({ label, value: clip(value, 1000) });
  fact('Sets/reps', p.dose);
  fact('Cue', p.cue ? asSentence(p.cue) : undefined);
  fact('Type', p.type);
  fact('Equipment', p.equipment?.filter((e) => e !== 'none').join(', ') || undefined);
  fact('Gait phases', p.phases?.join(', '));
  fact('Also called', p.aliases?.slice(0, 12).join(', '));
  const sameFile = all.filter((x) => x.id !== p.id && x.source.file === p.source.file);
  return {
    id: p.id,
    title: clip(p.title, 500),
    kind: p.kind,
    text: clip(p.text, 19_000),
    facts,
    works: refs(p.works, 40),
    related: refs(p.related, 60),
    source: {
      article: clip(p.source.title ?? p.source.file, 500),
      file: clip(p.source.file, 500),
      // Some articles' only section is the page title itself ("<article title> - <site>"): not repeated.
      section: p.source.title && p.source.section.startsWith(p.source.title) ? '' : clip(p.source.section.replace(/ > /g, ' › '), 500),
      ...(p.source.quote ? { quote: clip(p.source.quote, 500) } : {}),
    },
    fromArticle: sameFile.length,
    fromSection: sameFile.filter((x) => x.source.section === p.source.section).length,
  };
}

/** The quoted phrase with where it comes from, as a writer would paste it. */
export function quoteWithSource(p: Passage): string {
  const quote = p.source.quote ?? sentences(p.text)[0] ?? p.text;
  const article = p.source.title ? `“${p.source.title}”` : p.source.file;
  return `“${quote.replace(/\s+/g, ' ').trim()}” (${article}, ${p.source.section.replace(/ > /g, ' › ')})`;
}
