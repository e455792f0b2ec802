/**
 * The Markdown block that "Insert into plan" puts at the cursor, and the `/plan` answer built
 * from the same pieces. Pure: takes passages, returns text.
 */
import type { Plan } from '../engine/plan';
import type { Passage } from '../engine/types';

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
  if (exercise.cue) lines.push(`- **Cue:** ${exercise.cue}`);
  lines.push(`- **Source:** ${sourceLine(exercise)} (Stride Coach passage \`${exercise.id}\`)`);
  return lines.join('\n') + '\n';
}

/** A table cell: one line, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Why each target is in the block, for a person. */
export function targetLine(plan: Plan): string {
  return plan.targets
    .map((t) => (t.why === 'named' ? t.title : t.why === 'complaint' ? `${t.title} (for “${t.via}”)` : `${t.title} (partner of the ${t.via})`))
    .join(', ');
}

/**
 * A drafted block as one Markdown table, for "Insert into plan": exercise, muscles worked,
 * sets/reps as the source gives them ("not specified" otherwise), cue and source.
 */
export function formatPlanTable(plan: Plan): string {
  const lines = [`### Strength and mobility block: ${cell(plan.request)}`, ''];
  if (plan.targets.length) lines.push(`Targets: ${targetLine(plan)}.`, '');
  lines.push('| Exercise | Works | Sets/reps | Cue | Source |', '| --- | --- | --- | --- | --- |');
  for (const item of plan.items) {
    lines.push(
      `| ${cell(item.exercise.title)} | ${cell(item.works.join(', '))} | ${cell(item.dose ?? 'not specified')} | ${cell(item.cue ?? '')} | ${cell(sourceLine(item.exercise))} (\`${item.exercise.id}\`) |`,
    );
  }
  if (plan.uncovered.length) lines.push('', `_No exercise in the sources for: ${plan.uncovered.map((t) => t.title).join(', ')}._`);
  return lines.join('\n') + '\n';
}
