/**
 * Merging copies whose records point at each other: a colleague deletes what our records
 * link to or belong to. Required owners (a record's product, a value's KPI) take their
 * records with them, recorded as deleted; optional links are cleared; the result always
 * passes the import checks.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_TABLES, type PlanTable } from '../../../shared/records/registry';
import { PRODUCT_CHILD_TABLES, type PlanRecords } from '../../../shared/records/registry';
import { templateId } from '../../../shared/domain/workspace';
import { mergePlanFiles } from '../../../shared/plan-file/merge';
import { validatePlanFile } from '../../../shared/plan-file/schema';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import {
  PLAN_ID,
  T1,
  T2,
  makeFeedback,
  makeFullPlanFile,
  makeKpiValue,
  makeStageTemplate,
} from './factories';

const base = makeFullPlanFile();

/** `file` with `change` applied to the records of one table. */
function edit<T extends PlanTable>(
  file: PlanFile,
  table: T,
  change: (records: PlanRecords[T][]) => PlanRecords[T][],
): PlanFile {
  return buildPlanFile({ ...file, [table]: change(file[table] as PlanRecords[T][]) });
}

/** `file` without the records `ids` (of any table), each recorded as deleted at `at`. */
function deleted(file: PlanFile, ids: readonly string[], at: string): PlanFile {
  const gone = new Set(ids);
  const tables = Object.fromEntries(
    PLAN_TABLES.map((table) => [table, file[table].filter((record) => !gone.has(record.id))]),
  );
  const tableOf = (id: string) =>
    PLAN_TABLES.find((table) => file[table].some((record) => record.id === id)) as PlanTable;
  return buildPlanFile({
    ...file,
    ...tables,
    deletions: [
      ...file.deletions,
      ...ids.map((id) => ({ id, planId: PLAN_ID, table: tableOf(id), deletedAt: at })),
    ],
  });
}

function expectValid(file: PlanFile) {
  const checked = validatePlanFile(file);
  expect(checked.ok ? null : checked.problem).toBeNull();
}

/** Merged in both orders against the shared base: the same bytes, and valid. */
function mergeBothWays(local: PlanFile, incoming: PlanFile, common: PlanFile | null = base) {
  const merged = mergePlanFiles(local, incoming, { base: common });
  expect(serializePlanFile(mergePlanFiles(incoming, local, { base: common }).result)).toBe(
    serializePlanFile(merged.result),
  );
  expectValid(merged.result);
  return merged;
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('merging a colleague’s deletion of a record ours links to', () => {
  it('keeps our feedback on a backlog item they deleted, with its link cleared', () => {
    // We edited the feedback after they deleted the item, so our copy of it wins.
    const ours = edit(base, 'feedback', (all) =>
      all.map((f) => ({ ...f, quote: 'Three pages, every trip.', updatedAt: T2 })),
    );
    const theirs = deleted(
      edit(base, 'feedback', (all) =>
        all.map((f) => ({ ...f, backlogItemId: null, updatedAt: T1 })),
      ),
      ['f-1'],
      T1,
    );
    const { result, diff } = mergeBothWays(ours, theirs);
    expect(result.feedback).toEqual([
      makeFeedback({ quote: 'Three pages, every trip.', backlogItemId: null, updatedAt: T2 }),
    ]);
    expect(ids(result.backlogItems)).toEqual(['f-2']);
    expect(result.deletions.map((d) => d.id)).toContain('f-1');
    expect(diff).toContainEqual(
      expect.objectContaining({ table: 'backlogItems', id: 'f-1', kind: 'removed' }),
    );
  });

  it('clears the link even when their file did not unlink it', () => {
    const { result } = mergeBothWays(base, deleted(base, ['f-1'], T1));
    expect(result.feedback.map((f) => f.backlogItemId)).toEqual([null]);
  });

  it.each([
    {
      link: 'a backlog item’s milestone',
      gone: 'm-1',
      read: (f: PlanFile) => f.backlogItems[0]?.milestoneId,
    },
    {
      link: 'a backlog item’s release',
      gone: 'r-1',
      read: (f: PlanFile) => f.backlogItems[0]?.releaseId,
    },
    {
      link: 'feedback’s backlog item',
      gone: 'f-1',
      read: (f: PlanFile) => f.feedback[0]?.backlogItemId,
    },
    {
      link: 'a product’s persona',
      gone: 'persona-1',
      read: (f: PlanFile) => f.products[0]?.personaIds,
    },
    {
      link: 'a product’s competitor',
      gone: 'comp-1',
      read: (f: PlanFile) => f.products[0]?.competitorIds,
    },
  ])('clears $link when they deleted its target', ({ gone, read }) => {
    expect(read(base)).toEqual(expect.anything());
    const { result } = mergeBothWays(base, deleted(base, [gone], T1));
    const cleared = read(result);
    expect(cleared === null || (Array.isArray(cleared) && cleared.length === 0)).toBe(true);
  });

  it('removes a persona link from our product that we edited after they deleted the persona', () => {
    const ours = edit(base, 'products', (all) =>
      all.map((p) => (p.id === 'p-1' ? { ...p, owner: 'Lin Zhou', updatedAt: T2 } : p)),
    );
    const theirs = deleted(
      edit(base, 'products', (all) => all.map((p) => ({ ...p, personaIds: [], updatedAt: T1 }))),
      ['persona-1'],
      T1,
    );
    const { result, diff } = mergeBothWays(ours, theirs);
    const product = result.products.find((p) => p.id === 'p-1');
    expect(product).toMatchObject({ owner: 'Lin Zhou', personaIds: [], competitorIds: ['comp-1'] });
    expect(result.personas).toEqual([]);
    expect(diff).toContainEqual(
      expect.objectContaining({ table: 'personas', id: 'persona-1', kind: 'removed' }),
    );
  });
});

describe('merging a colleague’s deletion of what our records belong to', () => {
  it('takes a deleted KPI’s values with it, recorded as deleted and listed in the preview', () => {
    // Their app deleted the KPI with its values; we recorded one more reading afterwards.
    const ours = edit(base, 'kpiValues', (all) => [
      ...all,
      makeKpiValue({ id: 'kv-3', date: '2026-03-03', createdAt: T2, updatedAt: T2 }),
    ]);
    const theirs = deleted(base, ['k-1', 'kv-1', 'kv-2'], T1);
    const { result, diff } = mergeBothWays(ours, theirs);
    expect(result.kpis).toEqual([]);
    expect(result.kpiValues).toEqual([]);
    expect(result.deletions).toContainEqual({
      id: 'kv-3',
      planId: PLAN_ID,
      table: 'kpiValues',
      deletedAt: T1,
    });
    expect(diff.filter((d) => d.table === 'kpis' || d.table === 'kpiValues')).toEqual([
      expect.objectContaining({ table: 'kpis', id: 'k-1', kind: 'removed' }),
      expect.objectContaining({ table: 'kpiValues', id: 'kv-1', kind: 'removed' }),
      expect.objectContaining({ table: 'kpiValues', id: 'kv-2', kind: 'removed' }),
      {
        table: 'kpiValues',
        id: 'kv-3',
        label: '2026-03-03: 1200',
        kind: 'removed',
        reason: 'its KPI is deleted, so it goes too',
        taken: [],
        fields: [],
        presence: null,
      },
    ]);
  });

  it('does not add their new reading of a KPI we deleted', () => {
    const ours = deleted(base, ['k-1', 'kv-1', 'kv-2'], T1);
    const theirs = edit(base, 'kpiValues', (all) => [
      ...all,
      makeKpiValue({ id: 'kv-3', createdAt: T2, updatedAt: T2 }),
    ]);
    const { result, diff } = mergeBothWays(ours, theirs);
    expect(result.kpiValues).toEqual([]);
    expect(diff).toContainEqual(
      expect.objectContaining({
        id: 'kv-3',
        kind: 'conflict',
        reason: 'its KPI is deleted here, so it is not added',
      }),
    );
  });

  it('takes a deleted product’s backlog, feedback, KPIs, values and releases with it', () => {
    const children = PRODUCT_CHILD_TABLES.flatMap((table) =>
      base[table].filter((r) => (r as { productId: string }).productId === 'p-1').map((r) => r.id),
    );
    expect(children).toEqual(expect.arrayContaining(['f-1', 'fb-1', 'k-1', 'kv-1', 'r-1']));
    // Their file lists only the product's deletion, as a hand-made or older file might.
    const theirs = deleted(base, ['p-1'], T1);
    const { result, diff } = mergeBothWays(base, theirs);
    expect(ids(result.products)).toEqual(['p-2']);
    for (const table of PRODUCT_CHILD_TABLES) {
      expect(result[table].every((r) => (r as { productId: string }).productId === 'p-2')).toBe(
        true,
      );
    }
    const deletedIds = result.deletions.map((d) => d.id);
    expect(deletedIds).toEqual(expect.arrayContaining(['p-1', ...children]));
    const removed = diff.filter((d) => d.kind === 'removed').map((d) => d.id);
    expect(removed.sort()).toEqual(['p-1', ...children].sort());
    expect(diff.find((d) => d.id === 'fb-1')?.reason).toBe(
      'its product is deleted, so it goes too',
    );
    // The plan-wide records stay: they belong to the plan, not the product.
    expect(ids(result.personas)).toEqual(['persona-1']);
    expect(ids(result.backlogItems)).toEqual(['f-2']);
  });
});

describe('merging stage templates', () => {
  const launch = templateId(PLAN_ID, 'launch');

  it('keeps one template when both sides edit it: a conflict, the newer edit chosen', () => {
    const ours = edit(base, 'stageTemplates', () => [
      makeStageTemplate({ items: ['Press kit', 'Pricing page'], updatedAt: T1 }),
    ]);
    const theirs = edit(base, 'stageTemplates', () => [
      makeStageTemplate({ items: ['Press kit', 'Launch webinar'], updatedAt: T2 }),
    ]);
    const { result, diff } = mergeBothWays(ours, theirs);
    expect(result.stageTemplates).toEqual([
      makeStageTemplate({ items: ['Press kit', 'Launch webinar'], updatedAt: T2 }),
    ]);
    expect(diff).toEqual([
      expect.objectContaining({
        table: 'stageTemplates',
        id: launch,
        label: 'launch checklist template',
        kind: 'conflict',
        fields: [
          expect.objectContaining({
            label: 'Items',
            local: 'Press kit, Pricing page',
            incoming: 'Press kit, Launch webinar',
            chosen: 'incoming',
          }),
        ],
      }),
    ]);
  });

  it('keeps one template when both sides made the same stage’s template on their own', () => {
    const empty = edit(base, 'stageTemplates', () => []);
    const ours = edit(empty, 'stageTemplates', () => [
      makeStageTemplate({
        stage: 'growth',
        items: ['Referral programme'],
        createdAt: T2,
        updatedAt: T2,
      }),
    ]);
    const theirs = edit(empty, 'stageTemplates', () => [
      makeStageTemplate({ stage: 'growth', items: ['Case studies'], createdAt: T1, updatedAt: T1 }),
    ]);
    const { result } = mergeBothWays(ours, theirs);
    expect(result.stageTemplates.map((t) => [t.id, t.items])).toEqual([
      [templateId(PLAN_ID, 'growth'), ['Referral programme']],
    ]);
  });
});
