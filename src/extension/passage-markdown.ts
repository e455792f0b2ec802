/**
 * A passage as the Markdown of its read-only document: title, kind, the full text, aliases,
 * related passages, and the source (article › section, file) with its quote. Pure.
 */
import { sourceLine, worksNames, type PassageLookup } from '../chat/plan-block';
import type { Passage } from '../engine/types';

export function passageMarkdown(p: Passage, lookup: PassageLookup): string {
  const out = [`# ${oneLine(p.title)}`, '', `_${p.kind === 'document' ? 'from your knowledge folder' : p.kind}_ · Stride Coach passage \`${p.id}\``, ''];
  out.push(p.text.trim(), '');
  const facts: string[] = [];
  if (p.phases?.length) facts.push(`- **Gait phases:** ${p.phases.join(', ')}`);
  const works = worksNames(p, lookup);
  if (works.length) facts.push(`- **Works:** ${works.join(', ')}`);
  if (p.type) facts.push(`- **Type:** ${p.type}`);
  if (p.equipment?.length) facts.push(`- **Equipment:** ${p.equipment.join(', ')}`);
  if (p.dose) facts.push(`- **Sets/reps:** ${p.dose}`);
  if (p.cue) facts.push(`- **Cue:** ${p.cue}`);
  if (p.aliases?.length) facts.push(`- **Also called:** ${p.aliases.join(', ')}`);
  const related = (p.related ?? []).map((id) => lookup(id)?.title ?? id);
  if (related.length) facts.push(`- **Related:** ${related.join(', ')}`);
  if (facts.length) out.push(...facts, '');
  out.push('---', '', `**Source:** ${sourceLine(p)} (\`${p.source.file}\`)`);
  if (p.source.quote) out.push('', `> ${oneLine(p.source.quote)}`);
  return out.join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
