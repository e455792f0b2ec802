/**
 * The filters "Draft Plan" offers, built from the exercises the coach has (their `equipment`
 * and `type` values, built-in and from packs alike), and how a choice reads back. Pure.
 */
import type { Passage } from '../engine/types';

export interface FilterValue {
  value: string;
  /** Exercises with it. */
  count: number;
}

export interface PlanFilterOptions {
  /** "none" (bodyweight) first, then the most common equipment. */
  equipment: FilterValue[];
  /** Kinds of exercise, the most common first. */
  types: FilterValue[];
}

export function planFilterOptions(passages: readonly Passage[]): PlanFilterOptions {
  const equipment = new Map<string, number>();
  const types = new Map<string, number>();
  for (const p of passages) {
    if (p.kind !== 'exercise' || !p.works?.length) continue;
    const needs = (p.equipment ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean);
    for (const e of needs.length ? new Set(needs) : ['none']) equipment.set(e, (equipment.get(e) ?? 0) + 1);
    const t = p.type?.trim().toLowerCase();
    if (t) types.set(t, (types.get(t) ?? 0) + 1);
  }
  const sorted = (m: Map<string, number>) =>
    [...m].map(([value, count]) => ({ value, count })).sort((a, b) => Number(b.value === 'none') - Number(a.value === 'none') || b.count - a.count || a.value.localeCompare(b.value));
  return { equipment: sorted(equipment), types: sorted(types) };
}

export interface PlanFilters {
  equipment: string[];
  types: string[];
}

/** "equipment: band, none; kind: strength", or "" for no filter. */
export function describeFilters(f: PlanFilters): string {
  return [f.equipment.length ? `equipment: ${f.equipment.join(', ')}` : '', f.types.length ? `kind: ${f.types.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** A remembered choice, kept only where the coach still offers it. */
export function keepOffered(f: Partial<PlanFilters> | undefined, options: PlanFilterOptions): PlanFilters {
  const has = (list: FilterValue[], v: unknown) => typeof v === 'string' && list.some((x) => x.value === v);
  return {
    equipment: Array.isArray(f?.equipment) ? f.equipment.filter((v) => has(options.equipment, v)) : [],
    types: Array.isArray(f?.types) ? f.types.filter((v) => has(options.types, v)) : [],
  };
}
