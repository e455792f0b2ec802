/**
 * The Markdown block that "Insert into plan" puts at the cursor, and the `/plan` answer built
 * from the same pieces. Pure: takes passages, returns text.
 */
import type { Plan } from '../engine/plan';
import type { Passage } from '../engine/types';
import { asSentence, inSentence, listOf, shortName, worksClause } from '../engine/wording';

export type PassageLookup = (id: string) => Passage | undefined;

/** "Soleus, Gastrocnemius" for the muscles an exercise works. */
export function worksNames(exercise: Passage, lookup: PassageLookup): string[] {
  return (exercise.works ?? []).map((id) => lookup(id)?.title ?? id);
}

/** Where a passage comes from, for a person: article title › section. */
export function sourceLine(p: Passage): string {
  const article = p.source.title ? `“${p.source.title}”` : p.source.file;
  return `${article} › ${p.source.section.replace(/ > /g, ' › ')}`;
}

/**
 * One exercise as a plan entry. Sets and reps appear only where the source gives them; the
 * citation names the article and section so the plan can be checked later.
 */
export function formatPlanBlock(exercise: Passage, lookup: PassageLookup): string {
  const lines = [`### ${exercise.title}`, ''];
  const works = worksNames(exercise, lookup);
  if (works.length) lines.push(`- **Works:** ${works.join(', ')}`);
  if (exercise.type) lines.push(`- **Type:** ${exercise.type}`);
  if (exercise.equipment?.length) lines.push(`- **Equipment:** ${exercise.equipment.join(', ')}`);
  lines.push(`- **Sets/reps:** ${exercise.dose ?? 'not given in the sources; choose to suit the athlete'}`);
  if (exercise.cue) lines.push(`- **Cue:** ${asSentence(exercise.cue)}`);
  lines.push(`- **Source:** ${sourceLine(exercise)} (Stride Coach passage \`${exercise.id}\`)`);
  return lines.join('\n') + '\n';
}

/** A table cell: one line, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Why each target is in the block, for a person: "the calves (for “weak calves”), the soleus (partner of the calves)". */
export function targetLine(plan: Plan): string {
  return listOf(
    plan.targets.map((t) => {
      const name = `the ${shortName(t)}`;
      return t.why === 'named' ? name : t.why === 'complaint' ? `${name} (for “${t.via}”)` : `${name} (partner of the ${shortName({ title: t.via ?? '' })})`;
    }),
  );
}

/** What a block's items are, by kind: "2 strength exercises and 1 stretch". */
function kindsLine(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const item of plan.items) {
    const type = item.exercise.type ?? 'other';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const noun = (type: string, n: number) => {
    if (type === 'stretch') return n === 1 ? 'stretch' : 'stretches';
    if (type === 'drill') return n === 1 ? 'drill' : 'drills';
    return `${type} ${n === 1 ? 'exercise' : 'exercises'}`;
  };
  return listOf([...counts].map(([type, n]) => `${n} ${noun(type, n)}`));
}

/**
 * Said once for the whole block, not on every row: which exercises have their sets and reps
 * from the sources and that the rest are the coach's choice. Empty when every one has a dose.
 */
export function doseNote(plan: Plan): string {
  const dosed = plan.items.filter((i) => i.dose);
  if (dosed.length === plan.items.length) return '';
  if (!dosed.length) return 'Sets and reps are not specified in the sources for these exercises: choose them to suit the athlete.';
  return `Sets and reps are not specified in the sources except for ${listOf(dosed.map((i) => inSentence(i.exercise.title)))}: choose the others to suit the athlete.`;
}

/** A short note of what the block covers and what it leaves out. */
export function scopeNote(plan: Plan): string[] {
  const lines = [`**Covers:** ${targetLine(plan)}, with ${kindsLine(plan)}.`];
  const out: string[] = [];
  if (plan.uncovered.length) out.push(`${listOf(plan.uncovered.map((t) => `the ${shortName(t)}`))}, for which the sources have no exercise${plan.uncovered.length > 1 ? 's' : ''}`);
  if (plan.excluded.length) out.push(`${listOf(plan.excluded.map(inSentence))}, already in your plan`);
  if (plan.more.length) {
    const shown = plan.more.slice(0, 4).map(inSentence);
    const rest = plan.more.length - shown.length;
    out.push(`${listOf(rest > 0 ? [...shown, `${rest} more`] : shown)} from the sources, to keep the block short`);
  }
  out.push('running volume, warm-up and progression, which a strength-and-mobility block does not set');
  lines.push(`**Leaves out:** ${out.join('; ')}.`);
  return lines;
}

/**
 * A drafted block as one Markdown table, for "Insert into plan": exercise, muscles worked,
 * sets/reps as the source gives them, cue and source; one note under it for the sets and reps
 * the sources leave open, and what the block covers and leaves out.
 */
export function formatPlanTable(plan: Plan): string {
  const lines = [`### Strength and mobility block: ${cell(plan.request)}`, ''];
  lines.push('| Exercise | Works | Sets/reps | Cue | Source |', '| --- | --- | --- | --- | --- |');
  for (const item of plan.items) {
    const works = listOf([...new Set(item.works.map((name) => shortName({ title: name })))]);
    lines.push(
      `| ${cell(item.exercise.title)} | ${cell(asSentence(works).replace(/\.$/, ''))} | ${cell(item.dose ?? '—')} | ${cell(item.cue ? asSentence(item.cue) : '—')} | ${cell(sourceLine(item.exercise))} (\`${item.exercise.id}\`) |`,
    );
  }
  const dose = doseNote(plan);
  if (dose) lines.push('', dose);
  if (plan.items.length) lines.push('', ...scopeNote(plan).flatMap((l, i) => (i ? ['', l] : [l])));
  return lines.join('\n') + '\n';
}

/**
 * The `/plan` answer in the chat: one numbered line per exercise, a sentence a coach would say
 * ("**Calf raises** work the calves, gastrocnemius and soleus. Stand tall, … [2]"), the dose in
 * brackets where the sources give one, then the notes said once.
 */
export function formatPlanAnswer(plan: Plan, filters = ''): string {
  const lines = [`A strength-and-mobility block for ${targetLine(plan)}${filters ? ` (${filters})` : ''}:`, ''];
  plan.items.forEach((item, i) => {
    const clause = worksClause(item.exercise, item.works.map((title) => ({ title })));
    const lead = `**${item.exercise.title}**${item.dose ? ` (${item.dose})` : ''}${clause ? ` ${clause}` : ''}.`;
    lines.push(`${i + 1}. ${[lead, item.cue ? asSentence(item.cue) : ''].filter(Boolean).join(' ')} [${item.citation.n}]`);
  });
  const dose = doseNote(plan);
  if (dose) lines.push('', dose);
  lines.push('', ...scopeNote(plan).flatMap((l, i) => (i ? ['', l] : [l])));
  return lines.join('\n');
}
