import * as vscode from 'vscode';
import { formatPlanTable } from '../chat/plan-block';
import type { Plan } from '../engine/plan';
import type { CoachService } from './coach-service';
import { describeFilters, keepOffered, planFilterOptions, type PlanFilters } from './plan-filters';
import type { InsertResult, PlanInserter } from './plan';

/**
 * "Draft Plan": muscles, a weakness or a complaint (an input box, filled from the selection),
 * then filters (equipment the athlete has, kinds of exercise; built from the coach's exercises),
 * then the drafted block as a table at the cursor of the plan being written, as one undoable
 * edit. Exercises that plan already names are left out. The chat's `/plan` does the same in a turn.
 */

/** Arguments that skip the prompts (keybindings, other extensions, the tests). */
export interface DraftPlanArgs {
  request?: string;
  equipment?: string[];
  types?: string[];
}

export type DraftPlanResult = { inserted: InsertResult; plan: Plan; filters: PlanFilters } | { inserted?: undefined; plan?: Plan; message: string };

const REMEMBERED = 'strideCoach.planFilters';
/** More of a document than this is not a training plan worth scanning for exercise names. */
const MAX_PLAN_TEXT = 200_000;

type FilterItem = vscode.QuickPickItem & { filter?: { key: keyof PlanFilters; value: string } };

export async function draftPlan(context: vscode.ExtensionContext, service: CoachService, inserter: PlanInserter, args?: DraftPlanArgs): Promise<DraftPlanResult | undefined> {
  const a = args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {};
  const editor = vscode.window.activeTextEditor;
  let request = typeof a.request === 'string' ? a.request.trim() : '';
  if (!request) {
    const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim() : '';
    request =
      (
        await vscode.window.showInputBox({
          title: 'Stride Coach: Draft Plan (1/2)',
          prompt: 'Muscles, a weakness or a complaint to build a strength-and-mobility block for',
          placeHolder: 'weak calves and shin pain',
          value: selected.length <= 200 ? selected : '',
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim() ? undefined : 'Name muscles, a weakness or a complaint, for example: weak glutes, ITBS'),
        })
      )?.trim() ?? '';
    if (!request) return undefined;
  }

  const coach = service.coach();
  const options = planFilterOptions(coach.passages());
  let filters: PlanFilters;
  if (Array.isArray(a.equipment) || Array.isArray(a.types)) {
    filters = { equipment: strings(a.equipment), types: strings(a.types) };
  } else {
    const remembered = keepOffered(context.workspaceState.get<Partial<PlanFilters>>(REMEMBERED), options);
    const items: FilterItem[] = [
      { label: 'Equipment the athlete has (none picked: any)', kind: vscode.QuickPickItemKind.Separator },
      ...options.equipment.map((e) => ({
        label: e.value === 'none' ? 'none' : e.value,
        description: `${e.value === 'none' ? 'bodyweight only · ' : ''}${e.count} exercise${e.count === 1 ? '' : 's'}`,
        picked: remembered.equipment.includes(e.value),
        filter: { key: 'equipment' as const, value: e.value },
      })),
      { label: 'Kinds of exercise (none picked: all)', kind: vscode.QuickPickItemKind.Separator },
      ...options.types.map((t) => ({
        label: t.value,
        description: `${t.count} exercise${t.count === 1 ? '' : 's'}`,
        picked: remembered.types.includes(t.value),
        filter: { key: 'types' as const, value: t.value },
      })),
    ];
    // The remembered choices are selected before the pick is shown, so an Enter pressed the moment
    // it appears drafts with them (showQuickPick applies `picked` only once its list has rendered).
    const pick = vscode.window.createQuickPick<FilterItem>();
    pick.title = `Stride Coach: Draft Plan (2/2): filters for “${request}”`;
    pick.placeholder = 'Pick the equipment and kinds to keep, or none for no limit; Enter drafts the plan';
    pick.canSelectMany = true;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    pick.items = items;
    pick.selectedItems = items.filter((i) => i.picked);
    const picked = await new Promise<readonly FilterItem[] | undefined>((resolve) => {
      pick.onDidAccept(() => {
        resolve([...pick.selectedItems]);
        pick.hide();
      });
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (!picked) return undefined;
    filters = { equipment: [], types: [] };
    for (const p of picked) if (p.filter) filters[p.filter.key].push(p.filter.value);
  }
  await context.workspaceState.update(REMEMBERED, filters);

  // The plan being written (where the block goes) names exercises it already has.
  const target = inserter.target();
  const text = target?.document.getText();
  const exclude = text && text.length > MAX_PLAN_TEXT ? text.slice(0, MAX_PLAN_TEXT) : text;
  const plan = coach.plan(request, { equipment: filters.equipment, types: filters.types, ...(exclude ? { exclude } : {}) });
  const described = describeFilters(filters);
  if (!plan.items.length) {
    const message = !plan.targets.length
      ? `Stride Coach found no muscle, weakness or complaint it knows in “${request}”. Try muscles (calves, glutes) or a complaint (shin splints, ITBS).`
      : `Stride Coach has no exercises in its sources for ${plan.targets.map((t) => t.title).join(', ')}${described ? ` with ${described}` : ''}${plan.excluded.length ? ` beyond those your plan has (${plan.excluded.join(', ')})` : ''}.`;
    void vscode.window.showWarningMessage(message);
    return { plan, message };
  }
  const inserted = await inserter.insert(formatPlanTable(plan), 'the plan');
  if (inserted.ok) {
    const left = plan.excluded.length ? `; left out, already in the plan: ${plan.excluded.join(', ')}` : '';
    void vscode.window.setStatusBarMessage(`${inserted.message.replace(/\.$/, '')} (${plan.items.length} exercise${plan.items.length === 1 ? '' : 's'}${left}).`, 6000);
  } else {
    void vscode.window.showWarningMessage(inserted.message);
  }
  return { inserted, plan, filters };
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()).map((x) => x.trim().toLowerCase()) : [];
}
