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

type Product = PlanFile['products'][number];

/** `file` with product `id` changed by `patch`. */
function withProduct(file: PlanFile, id: string, patch: Partial<Product>): PlanFile {
  return buildPlanFile({
    ...file,
    products: file.products.map((p) => (p.id === id ? { ...p, ...patch } : p)),
  });
}

function without(file: PlanFile, id: string, deletedAt: string): PlanFile {
  return buildPlanFile({
    ...file,
    products: file.products.filter((p) => p.id !== id),
    checklistItems: file.checklistItems.filter((c) => c.productId !== id),
    milestones: file.milestones.filter((m) => m.productId !== id),
    deletions: [...file.deletions, makeDeletion({ id, deletedAt })],
  });
}

const product = (file: PlanFile, id = 'p-1') => file.products.find((p) => p.id === id);

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
    const incoming = buildPlanFile({
      ...base,
      products: [...base.products, makeProduct({ id: 'p-3', name: 'Cards' })],
    });
    const { result, diff, counts } = mergePlanFiles(base, incoming, { base });
    expect(diff).toEqual([
      {
        table: 'products',
        id: 'p-3',
        label: 'Cards',
        kind: 'added',
        reason: 'new in their file',
        taken: [],
        fields: [],
        presence: null,
      },
    ]);
    expect(counts).toEqual({ added: 1, changed: 0, removed: 0, conflicts: 0 });
    expect(result.products.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('takes a field only they changed, and says which', () => {
    const incoming = withProduct(base, 'p-1', { owner: 'Lena Park', updatedAt: T1 });
    const { result, diff } = mergePlanFiles(base, incoming, { base });
    expect(product(result)?.owner).toBe('Lena Park');
    expect(diff).toEqual([
      expect.objectContaining({
        kind: 'changed',
        label: 'Receipt Scanner',
        reason: 'they changed Owner',
        taken: ['Owner'],
      }),
    ]);
  });

  it('keeps our edit without a word when only we changed the record', () => {
    const local = withProduct(base, 'p-1', { name: 'Receipts', updatedAt: T1 });
    const { result, diff } = mergePlanFiles(local, base, { base });
    expect(product(result)?.name).toBe('Receipts');
    expect(diff).toEqual([]);
  });

  it('keeps both sides’ edits of different fields of one record', () => {
    const local = withProduct(base, 'p-1', { summary: 'Ours', updatedAt: T2 });
    const incoming = withProduct(base, 'p-1', { owner: 'Lena Park', tags: ['web'], updatedAt: T1 });
    const { result, diff } = mergePlanFiles(local, incoming, { base });
    expect(product(result)).toMatchObject({
      summary: 'Ours',
      owner: 'Lena Park',
      tags: ['web'],
      updatedAt: T2,
    });
    expect(diff).toEqual([
      expect.objectContaining({
        kind: 'changed',
        reason: 'they changed Owner and Tags; your change of Summary is kept too',
      }),
    ]);
    expect(serializePlanFile(mergePlanFiles(incoming, local, { base }).result)).toBe(
      serializePlanFile(result),
    );
  });

  it('shows a field both changed with both values, the newer chosen, and takes the user’s choice', () => {
    const local = withProduct(base, 'p-1', { summary: 'Ours', updatedAt: T1 });
    const incoming = withProduct(base, 'p-1', { summary: 'Theirs', updatedAt: T2 });
    const merged = mergePlanFiles(local, incoming, { base });
    expect(merged.diff).toEqual([
      expect.objectContaining({
        kind: 'conflict',
        reason: 'you both changed Summary since the version you share; choose which to keep',
        fields: [
          {
            key: 'products:p-1:summary',
            label: 'Summary',
            local: 'Ours',
            incoming: 'Theirs',
            chosen: 'incoming',
            byDefault: 'incoming',
          },
        ],
      }),
    ]);
    expect(product(merged.result)?.summary).toBe('Theirs');
    const chosen = mergePlanFiles(local, incoming, {
      base,
      choices: { 'products:p-1:summary': 'local' },
    });
    expect(product(chosen.result)?.summary).toBe('Ours');
    expect(chosen.diff[0]?.fields[0]?.chosen).toBe('local');
  });

  it('without a base, treats every field that differs as a conflict, the newer edit chosen', () => {
    const incoming = withProduct(base, 'p-1', { name: 'Receipts', updatedAt: T2 });
    const { result, diff } = mergePlanFiles(base, incoming);
    expect(product(result)?.name).toBe('Receipts');
    expect(diff[0]).toMatchObject({ kind: 'conflict' });
    expect(diff[0]?.reason).toContain('no common version to tell who changed what');
    expect(diff[0]?.fields.map((f) => [f.label, f.local, f.incoming])).toEqual([
      ['Name', 'Receipt Scanner', 'Receipts'],
    ]);
  });

  it('merges a move as one: stage, history and rank come from the same side', () => {
    const moved = (stage: Product['stage'], rank: string, at: string) => ({
      stage,
      rank,
      stageHistory: [...(product(base)?.stageHistory ?? []), { stage, enteredAt: at }],
      updatedAt: at,
    });
    const local = withProduct(base, 'p-1', moved('launch', 'a1', T1));
    const incoming = withProduct(base, 'p-1', moved('growth', 'a2', T2));
    const merged = mergePlanFiles(local, incoming, {
      base,
      choices: { 'products:p-1:stage': 'local' },
    });
    expect(product(merged.result)).toMatchObject({ stage: 'launch', rank: 'a1' });
    expect(product(merged.result)?.stageHistory.at(-1)?.stage).toBe('launch');
    expect(merged.diff[0]?.fields.map((f) => [f.label, f.local, f.incoming])).toEqual([
      ['Stage', 'launch', 'growth'],
    ]);
  });

  it('combines links to personas that each side added', () => {
    const withPersonas = buildPlanFile({
      ...base,
      personas: ['x', 'y', 'z'].map((id) => ({
        id,
        planId: base.plan.id,
        name: id.toUpperCase(),
        notes: '',
        createdAt: T0,
        updatedAt: T0,
      })),
      products: base.products.map((p) => ({ ...p, personaIds: ['x'] })),
    });
    const local = withProduct(withPersonas, 'p-1', { personaIds: ['x', 'y'], updatedAt: T1 });
    const incoming = withProduct(withPersonas, 'p-1', { personaIds: ['z'], updatedAt: T2 });
    const { result } = mergePlanFiles(local, incoming, { base: withPersonas });
    expect(product(result)?.personaIds).toEqual(['y', 'z']);
  });

  it('settles edits made at the same moment the same way from both sides', () => {
    const a = withProduct(base, 'p-1', { name: 'Alpha', updatedAt: T1 });
    const b = withProduct(base, 'p-1', { name: 'Beta', updatedAt: T1 });
    const ab = mergePlanFiles(a, b, { base });
    const ba = mergePlanFiles(b, a, { base });
    expect(serializePlanFile(ab.result)).toBe(serializePlanFile(ba.result));
    expect(ab.diff[0]?.kind).toBe('conflict');
    expect([ab.diff[0]?.fields[0]?.chosen, ba.diff[0]?.fields[0]?.chosen].sort()).toEqual([
      'incoming',
      'local',
    ]);
  });

  it('removes a record they deleted that we had not changed', () => {
    const incoming = without(base, 'p-2', T2);
    const { result, diff } = mergePlanFiles(base, incoming, { base });
    expect(result.products.map((p) => p.id)).toEqual(['p-1']);
    expect(result.deletions.map((d) => d.id)).toEqual(['gone-1', 'p-2']);
    expect(diff[0]).toMatchObject({
      kind: 'removed',
      label: 'Team Budgets',
      reason: 'they deleted it, and you had not changed it',
    });
  });

  it('without a base, removes a record they deleted after our last edit', () => {
    const { result, diff } = mergePlanFiles(base, without(base, 'p-2', T2));
    expect(result.products.map((p) => p.id)).toEqual(['p-1']);
    expect(diff[0]).toMatchObject({
      kind: 'removed',
      reason: 'they deleted it (3 Mar 2026 10:02 UTC) after your last edit (1 Mar 2026 09:00 UTC)',
    });
  });

  it('asks about a record we edited that they deleted, keeping it unless told otherwise', () => {
    const local = withProduct(base, 'p-1', { name: 'Still here', updatedAt: T2 });
    const incoming = without(base, 'p-1', T1);
    const kept = mergePlanFiles(local, incoming, { base });
    expect(kept.result.products.map((p) => p.name)).toContain('Still here');
    expect(kept.result.deletions.map((d) => d.id)).not.toContain('p-1');
    expect(kept.diff).toContainEqual(
      expect.objectContaining({
        id: 'p-1',
        kind: 'conflict',
        presence: { key: 'products:p-1', aliveIn: 'local', chosen: 'local', byDefault: 'local' },
      }),
    );
    expect(validatePlanFile(kept.result).ok).toBe(true);
    const gone = mergePlanFiles(local, incoming, { base, choices: { 'products:p-1': 'incoming' } });
    expect(gone.result.products.map((p) => p.id)).toEqual(['p-2']);
    expect(gone.result.checklistItems).toEqual([]);
    expect(validatePlanFile(gone.result).ok).toBe(true);
  });

  it('keeps a record deleted that they had not changed since the version we share', () => {
    const local = without(base, 'p-2', T2);
    const { result, diff } = mergePlanFiles(local, base, { base });
    expect(result.products.map((p) => p.id)).toEqual(['p-1']);
    expect(diff).toEqual([]);
  });

  it('without a base, keeps a record deleted when we deleted it after their last edit', () => {
    const local = without(base, 'p-2', T2);
    const incoming = withProduct(base, 'p-2', { name: 'Edited', updatedAt: T1 });
    const { result, diff } = mergePlanFiles(local, incoming);
    expect(result.products.map((p) => p.id)).toEqual(['p-1']);
    expect(diff[0]).toMatchObject({
      id: 'p-2',
      kind: 'conflict',
      label: 'Edited',
      reason:
        'you deleted it (3 Mar 2026 10:02 UTC) after their last edit (2 Mar 2026 09:00 UTC), so it stays deleted unless you choose theirs',
    });
  });

  it('brings back a record we deleted when their edit is newer, as a conflict', () => {
    const local = without(base, 'p-2', T1);
    const incoming = withProduct(base, 'p-2', { summary: 'Edited', updatedAt: T2 });
    const { result, diff } = mergePlanFiles(local, incoming, { base });
    expect(result.products.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(result.deletions.map((d) => d.id)).not.toContain('p-2');
    expect(diff[0]).toMatchObject({
      kind: 'conflict',
      reason: 'you deleted it (2 Mar 2026 09:00 UTC), but they edited it (3 Mar 2026 10:02 UTC)',
      presence: { aliveIn: 'incoming', chosen: 'incoming' },
    });
  });

  it('drops their new checklist item when we deleted its product, and records it as deleted', () => {
    const local = buildPlanFile({
      ...without(base, 'p-1', T1),
      deletions: ['p-1', 'c-1', 'm-1'].map((id) => makeDeletion({ id, deletedAt: T1 })),
    });
    const fresh = makeChecklistItem({
      id: 'c-new',
      text: 'Write the FAQ',
      createdAt: T2,
      updatedAt: T2,
    });
    const incoming = buildPlanFile({ ...base, checklistItems: [...base.checklistItems, fresh] });
    const { result, diff } = mergePlanFiles(local, incoming, { base });
    expect(result.checklistItems).toEqual([]);
    expect(result.deletions).toContainEqual(
      makeDeletion({ id: 'c-new', table: 'checklistItems', deletedAt: T1 }),
    );
    expect(diff).toContainEqual(
      expect.objectContaining({
        table: 'checklistItems',
        id: 'c-new',
        label: 'Write the FAQ',
        kind: 'conflict',
        reason: 'its product is deleted here, so it is not added',
      }),
    );
    expect(validatePlanFile(result).ok).toBe(true);
  });

  it('merges the plan’s name like any field', () => {
    const incoming = buildPlanFile({
      ...base,
      plan: makePlanRecord({ name: 'Portfolio 2026', updatedAt: T2 }),
    });
    const { result, diff } = mergePlanFiles(base, incoming, { base });
    expect(result.plan.name).toBe('Portfolio 2026');
    expect(diff).toEqual([
      expect.objectContaining({ table: 'plan', kind: 'changed', label: 'Portfolio 2026' }),
    ]);
  });

  it('lists conflicts first, then added, changed and removed, each by table and label', () => {
    const local = withProduct(base, 'p-1', { name: 'Ours', updatedAt: T2 });
    const incoming = buildPlanFile({
      ...withProduct(without(base, 'p-2', T2), 'p-1', { name: 'Theirs', updatedAt: T1 }),
      products: [
        ...withProduct(base, 'p-1', { name: 'Theirs', updatedAt: T1 }).products.filter(
          (p) => p.id !== 'p-2',
        ),
        makeProduct({ id: 'p-9', name: 'Zeta' }),
        makeProduct({ id: 'p-8', name: 'Alpha' }),
      ],
      plan: makePlanRecord({ name: 'Renamed', updatedAt: T2 }),
    });
    const { diff } = mergePlanFiles(local, incoming, { base });
    expect(diff.map((d) => `${d.kind} ${d.table} ${d.label}`)).toEqual([
      'conflict products Ours',
      'added products Alpha',
      'added products Zeta',
      'changed plan Renamed',
      'removed products Team Budgets',
    ]);
  });

  it('treats a timestamp written with an offset as the same instant', () => {
    const incoming = withProduct(base, 'p-1', {
      name: 'Later',
      updatedAt: '2026-03-01T10:00:00+02:00',
    });
    // 10:00 at +02:00 is 08:00 UTC: older than ours (09:00 UTC), so ours is the default.
    expect(product(mergePlanFiles(base, incoming).result)?.name).toBe('Receipt Scanner');
    expect(T0).toBe('2026-03-01T09:00:00.000Z');
  });
});
