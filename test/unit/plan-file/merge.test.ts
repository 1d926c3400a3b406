import { describe, expect, it } from 'vitest';
import { mergePlanFiles, tryMergePlanFiles } from '../../../shared/plan-file/merge';
import { validatePlanFile } from '../../../shared/plan-file/schema';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import {
  T0,
  T1,
  T2,
  makeChecklistItem,
  makeDeletion,
  makePlanFile,
  makePlanRecord,
  makeProduct,
} from './factories';

function withProducts(file: PlanFile, change: (p: PlanFile['products']) => PlanFile['products']) {
  return buildPlanFile({ ...file, products: change(file.products) });
}

const renamed = (name: string, updatedAt: string) => (products: PlanFile['products']) =>
  products.map((p) => (p.id === 'p-1' ? { ...p, name, updatedAt } : p));

describe('mergePlanFiles', () => {
  const base = makePlanFile();

  it('refuses two different plans', () => {
    const other = buildPlanFile({ ...base, plan: makePlanRecord({ id: 'plan-2', name: 'Other' }) });
    const result = tryMergePlanFiles(base, other);
    expect(!result.ok && result.problem.message).toBe(
      'These are different plans ("Portfolio" and "Other"); only copies of the same plan can be merged. Import it as a new plan instead.',
    );
    expect(() => mergePlanFiles(base, other)).toThrow('These are different plans');
  });

  it('adds a record only their file has', () => {
    const incoming = withProducts(base, (p) => [...p, makeProduct({ id: 'p-3', name: 'Cards' })]);
    const { result, diff, counts } = mergePlanFiles(base, incoming);
    expect(diff).toEqual([
      {
        table: 'products',
        id: 'p-3',
        label: 'Cards',
        kind: 'added',
        winner: 'incoming',
        reason: 'new in their file',
      },
    ]);
    expect(counts).toEqual({ added: 1, changed: 0, removed: 0, conflicts: 0 });
    expect(result.products.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('takes their edit when it is newer', () => {
    const incoming = withProducts(base, renamed('Receipts', T2));
    const { result, diff } = mergePlanFiles(base, incoming);
    expect(result.products[0]?.name).toBe('Receipts');
    expect(diff).toEqual([
      expect.objectContaining({
        kind: 'changed',
        winner: 'incoming',
        label: 'Receipts',
        reason: 'their edit is newer (3 Mar 2026 10:02 UTC vs 1 Mar 2026 09:00 UTC)',
      }),
    ]);
  });

  it('keeps our newer edit and shows their older one as a conflict', () => {
    const local = withProducts(base, renamed('Ours', T2));
    const incoming = withProducts(base, renamed('Theirs', T1));
    const { result, diff, counts } = mergePlanFiles(local, incoming);
    expect(result.products[0]?.name).toBe('Ours');
    expect(diff[0]).toMatchObject({
      kind: 'conflict',
      winner: 'local',
      reason:
        'both changed it; your edit is newer (3 Mar 2026 10:02 UTC vs 2 Mar 2026 09:00 UTC), so their change is not taken',
    });
    expect(counts.conflicts).toBe(1);
  });

  it('settles edits made at the same moment the same way from both sides', () => {
    const a = withProducts(base, renamed('Alpha', T1));
    const b = withProducts(base, renamed('Beta', T1));
    const ab = mergePlanFiles(a, b);
    const ba = mergePlanFiles(b, a);
    expect(serializePlanFile(ab.result)).toBe(serializePlanFile(ba.result));
    expect(ab.diff[0]?.kind).toBe('conflict');
    expect(ab.diff[0]?.reason).toContain('at the same moment (2 Mar 2026 09:00 UTC)');
    expect([ab.diff[0]?.winner, ba.diff[0]?.winner].sort()).toEqual(['incoming', 'local']);
  });

  it('removes a record they deleted after our last edit, keeping the deletion', () => {
    const incoming = buildPlanFile({
      ...withProducts(base, (p) => p.filter((x) => x.id !== 'p-2')),
      deletions: [...base.deletions, makeDeletion({ id: 'p-2', deletedAt: T2 })],
    });
    const { result, diff } = mergePlanFiles(base, incoming);
    expect(result.products.map((p) => p.id)).toEqual(['p-1']);
    expect(result.deletions.map((d) => d.id)).toEqual(['gone-1', 'p-2']);
    expect(diff[0]).toMatchObject({
      kind: 'removed',
      winner: 'incoming',
      label: 'Team Budgets',
      reason: 'they deleted it (3 Mar 2026 10:02 UTC) after your last edit (1 Mar 2026 09:00 UTC)',
    });
  });

  it('keeps a record we edited after they deleted it, as a conflict', () => {
    const local = withProducts(base, renamed('Still here', T2));
    const incoming = buildPlanFile({
      ...withProducts(base, (p) => p.filter((x) => x.id !== 'p-1')),
      checklistItems: [],
      milestones: [],
      deletions: [makeDeletion({ id: 'p-1', deletedAt: T1 })],
    });
    const { result, diff } = mergePlanFiles(local, incoming);
    expect(result.products.map((p) => p.name)).toContain('Still here');
    expect(result.deletions.map((d) => d.id)).not.toContain('p-1');
    expect(diff).toContainEqual(
      expect.objectContaining({ id: 'p-1', kind: 'conflict', winner: 'local' }),
    );
    expect(validatePlanFile(result).ok).toBe(true);
  });

  it('keeps a record deleted when we deleted it after their last edit', () => {
    const local = buildPlanFile({
      ...withProducts(base, (p) => p.filter((x) => x.id !== 'p-2')),
      deletions: [makeDeletion({ id: 'p-2', deletedAt: T2 })],
    });
    const incoming = withProducts(base, (p) =>
      p.map((x) => (x.id === 'p-2' ? { ...x, name: 'Edited', updatedAt: T1 } : x)),
    );
    const { result, diff } = mergePlanFiles(local, incoming);
    expect(result.products.map((p) => p.id)).toEqual(['p-1']);
    expect(diff[0]).toMatchObject({
      id: 'p-2',
      kind: 'conflict',
      winner: 'local',
      label: 'Edited',
      reason:
        'you deleted it (3 Mar 2026 10:02 UTC) after their last edit (2 Mar 2026 09:00 UTC), so it stays deleted',
    });
  });

  it('brings back a record we deleted when their edit is newer, as a conflict', () => {
    const local = buildPlanFile({
      ...withProducts(base, (p) => p.filter((x) => x.id !== 'p-2')),
      deletions: [makeDeletion({ id: 'p-2', deletedAt: T1 })],
    });
    const incoming = withProducts(base, (p) =>
      p.map((x) => (x.id === 'p-2' ? { ...x, updatedAt: T2 } : x)),
    );
    const { result, diff } = mergePlanFiles(local, incoming);
    expect(result.products.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(result.deletions.map((d) => d.id)).not.toContain('p-2');
    expect(diff[0]).toMatchObject({ kind: 'conflict', winner: 'incoming' });
    expect(diff[0]?.reason).toContain('so it comes back');
  });

  it('drops their new checklist item when we deleted its product, and records it as deleted', () => {
    const local = buildPlanFile({
      ...base,
      products: base.products.filter((p) => p.id !== 'p-1'),
      checklistItems: [],
      milestones: [],
      deletions: ['p-1', 'c-1', 'm-1'].map((id) => makeDeletion({ id, deletedAt: T1 })),
    });
    const fresh = makeChecklistItem({
      id: 'c-new',
      text: 'Write the FAQ',
      createdAt: T2,
      updatedAt: T2,
    });
    const incoming = buildPlanFile({ ...base, checklistItems: [...base.checklistItems, fresh] });
    const { result, diff } = mergePlanFiles(local, incoming);
    expect(result.checklistItems).toEqual([]);
    expect(result.deletions).toContainEqual(
      makeDeletion({ id: 'c-new', table: 'checklistItems', deletedAt: T1 }),
    );
    expect(diff).toContainEqual({
      table: 'checklistItems',
      id: 'c-new',
      label: 'Write the FAQ',
      kind: 'conflict',
      winner: 'local',
      reason: 'its product is deleted here, so it is not added',
    });
    expect(validatePlanFile(result).ok).toBe(true);
  });

  it('merges the plan record by the newer edit', () => {
    const incoming = buildPlanFile({
      ...base,
      plan: makePlanRecord({ name: 'Portfolio 2026', updatedAt: T2 }),
    });
    const { result, diff } = mergePlanFiles(base, incoming);
    expect(result.plan.name).toBe('Portfolio 2026');
    expect(diff).toEqual([
      expect.objectContaining({ table: 'plan', kind: 'changed', label: 'Portfolio 2026' }),
    ]);
  });

  it('lists conflicts first, then added, changed and removed, each by table and label', () => {
    const local = withProducts(base, renamed('Ours', T2));
    const incoming = buildPlanFile({
      ...withProducts(base, (p) => [
        ...renamed('Theirs', T1)(p).filter((x) => x.id !== 'p-2'),
        makeProduct({ id: 'p-9', name: 'Zeta' }),
        makeProduct({ id: 'p-8', name: 'Alpha' }),
      ]),
      plan: makePlanRecord({ name: 'Renamed', updatedAt: T2 }),
      deletions: [...base.deletions, makeDeletion({ id: 'p-2', deletedAt: T2 })],
    });
    const { diff } = mergePlanFiles(local, incoming);
    expect(diff.map((d) => `${d.kind} ${d.table} ${d.label}`)).toEqual([
      'conflict products Ours',
      'added products Alpha',
      'added products Zeta',
      'changed plan Renamed',
      'removed products Team Budgets',
    ]);
  });

  it('treats a timestamp written with an offset as the same instant', () => {
    const incoming = withProducts(base, (p) =>
      p.map((x) =>
        x.id === 'p-1' ? { ...x, name: 'Later', updatedAt: '2026-03-01T10:00:00+02:00' } : x,
      ),
    );
    // 10:00 at +02:00 is 08:00 UTC: older than ours (09:00 UTC), so ours is kept.
    expect(mergePlanFiles(base, incoming).result.products[0]?.name).toBe('Receipt Scanner');
    expect(T0).toBe('2026-03-01T09:00:00.000Z');
  });
});
