import { PLAN_TABLES, type PlanTable } from '../../../../shared/records/registry';
import type { PlanRecord, PlanRecords } from '../../../../shared/records/registry';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { writeChanges, type RecordChange } from '../../../../renderer/src/db/changes';
import { openPlannerDb, type PlannerDb } from '../../../../renderer/src/db/database';
import { createPlan } from '../../../../renderer/src/db/plans';
import type { ProductDraft } from '../../../../renderer/src/db/products';
import {
  joinTrend,
  trendsOf,
  type KpiTrend,
  type TrendValues,
} from '../../../../shared/domain/kpi-trend';
import { roadmapRowsOf, type RoadmapRow } from '../../../../shared/domain/roadmap-row';
import {
  isPack,
  packIdOf,
  type Pack,
  type PackCodec,
} from '../../../../renderer/src/db/packed-rows';
import { kpiCodec, kpiRowOf, type KpiRow } from '../../../../renderer/src/db/kpi-rows';
import { trendCodec } from '../../../../renderer/src/db/kpi-trends';
import type { EntityTable } from 'dexie';
import { expect } from 'vitest';
import { roadmapCodec } from '../../../../renderer/src/db/roadmap-rows';
import {
  milestoneCodec,
  milestoneRowOf,
  type MilestoneRow,
} from '../../../../renderer/src/db/milestone-rows';

/** Undo and redo, as steps of a property over a user's edits. */
export const undoRedoSteps = [
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('redo' as const) }) },
];

/** A database of its own for each test, so tests never share state. */
export function makeDb(): PlannerDb {
  return openPlannerDb(`test-${randomUUID()}`);
}

export function makeDraft(overrides: Partial<ProductDraft> = {}): ProductDraft {
  return { name: 'Acme Cloud', summary: '', owner: 'Ada', tags: ['web'], ...overrides };
}

export async function makePlan(db: PlannerDb, name = 'Portfolio') {
  return (await createPlan(db, name)).plan;
}

/** The window's undo history in small: edits done and undone, replayed as Ctrl+Z and redo do. */
export class UndoHistory {
  private readonly done: RecordChange[][] = [];
  private readonly undone: RecordChange[][] = [];

  constructor(private readonly db: PlannerDb) {}

  /** A new edit (null or empty when nothing was written): nothing undone is redone after it. */
  record(changes: RecordChange[] | null): void {
    if (!changes || changes.length === 0) return;
    this.done.push(changes);
    this.undone.length = 0;
  }

  async undo(): Promise<void> {
    const changes = this.done.pop();
    if (!changes) return;
    await writeChanges(this.db, changes, 'undo');
    this.undone.push(changes);
  }

  async redo(): Promise<void> {
    const changes = this.undone.pop();
    if (!changes) return;
    await writeChanges(this.db, changes, 'redo');
    this.done.push(changes);
  }
}

/** Every KPI's stored trend, by KPI id (the order `trendsOf` cannot promise). */
export async function storedTrends(db: PlannerDb, planId?: string): Promise<KpiTrend[]> {
  const rows = planId
    ? await db.kpiTrends.where('planId').equals(planId).toArray()
    : await db.kpiTrends.toArray();
  const readings = await db.kpiTrendReadings.bulkGet(rows.map((row) => row.kpiId));
  // The packs the health view reads hold the same values as the table.
  const byKpi = byKey<TrendValues>((row) => row.kpiId);
  expect(await storedTrendPacks(db, planId), 'packed trends').toEqual(byKpi([...rows]));
  return rows
    .map((row, i) => joinTrend(row, readings[i]))
    .sort((a, b) => a.kpiId.localeCompare(b.kpiId));
}

/** The trends the values stored for `planId` make, as `storedTrends` lists them. */
export async function expectedTrends(db: PlannerDb, planId: string): Promise<KpiTrend[]> {
  const values = await db.kpiValues.where('planId').equals(planId).toArray();
  return trendsOf(values).sort((a, b) => a.kpiId.localeCompare(b.kpiId));
}

/** Every row stored in the packs of `table` (of one plan, or of all), checked as it is read. */
async function storedPacked<Row>(
  table: EntityTable<Pack, 'id'>,
  codec: PackCodec<Row>,
  planId?: string,
): Promise<Row[]> {
  const packs: unknown[] = planId
    ? await table.where('planId').equals(planId).toArray()
    : await table.toArray();
  const rows: Row[] = [];
  for (const pack of packs) {
    if (!isPack(pack)) throw new Error(`a pack of plan ${planId ?? '?'} cannot be read`);
    for (const [owner, stored] of Object.entries(pack.rows)) {
      // Each row sits in the pack its owner's id picks, or writes would miss it.
      if (pack.id !== packIdOf({ planId: pack.planId, owner })) {
        throw new Error(`the row of ${owner} sits in pack ${pack.id}`);
      }
      rows.push(codec.decode({ planId: pack.planId, owner }, stored));
    }
  }
  return rows;
}

const byKey =
  <T>(key: (row: T) => string) =>
  (rows: T[]) =>
    rows.sort((a, b) => key(a).localeCompare(key(b)));

/** Every product's stored roadmap row, by product id, read out of the plans' packs. */
export async function storedRoadmapRows(db: PlannerDb, planId?: string): Promise<RoadmapRow[]> {
  const rows = await storedPacked(db.roadmapPacks, roadmapCodec, planId);
  return byKey<RoadmapRow>((row) => row.productId)(rows);
}

/** Every milestone's stored row, by id. */
export async function storedMilestoneRows(db: PlannerDb, planId?: string): Promise<MilestoneRow[]> {
  const rows = await storedPacked(db.milestonePacks, milestoneCodec, planId);
  return byKey<MilestoneRow>((row) => row.id)(rows);
}

/** The rows the milestones stored for `planId` make, as `storedMilestoneRows` lists them. */
export async function expectedMilestoneRows(
  db: PlannerDb,
  planId?: string,
): Promise<MilestoneRow[]> {
  const milestones = planId
    ? await db.milestones.where('planId').equals(planId).toArray()
    : await db.milestones.toArray();
  return byKey<MilestoneRow>((row) => row.id)(milestones.map(milestoneRowOf));
}

/** Every KPI's stored row, by id. */
export async function storedKpiRows(db: PlannerDb, planId?: string): Promise<KpiRow[]> {
  return byKey<KpiRow>((row) => row.id)(await storedPacked(db.kpiPacks, kpiCodec, planId));
}

/** The rows the KPIs stored for `planId` make, as `storedKpiRows` lists them. */
export async function expectedKpiRows(db: PlannerDb, planId?: string): Promise<KpiRow[]> {
  const kpis = planId
    ? await db.kpis.where('planId').equals(planId).toArray()
    : await db.kpis.toArray();
  return byKey<KpiRow>((row) => row.id)(kpis.map(kpiRowOf));
}

/** Every trend's values as packed for the health view, by KPI id. */
export async function storedTrendPacks(db: PlannerDb, planId?: string): Promise<TrendValues[]> {
  const rows = await storedPacked(db.trendPacks, trendCodec, planId);
  return byKey<TrendValues>((row) => row.kpiId)(rows);
}

/** The roadmap rows the items stored for `planId` make, as `storedRoadmapRows` lists them. */
export async function expectedRoadmapRows(db: PlannerDb, planId: string): Promise<RoadmapRow[]> {
  const items = await db.backlogItems.where('planId').equals(planId).toArray();
  return roadmapRowsOf(items).sort((a, b) => a.productId.localeCompare(b.productId));
}

/** Every row of every table, for "nothing changed" assertions. */
export async function dumpDb(db: PlannerDb) {
  const byId = <T extends { id: string }>(rows: T[]) =>
    rows.sort((a, b) => a.id.localeCompare(b.id));
  // Every table, so "nothing changed" checks cover records added by later versions too.
  const tables = {
    plans: byId(await db.plans.toArray()),
    deletions: byId(await db.deletions.toArray()),
    backups: byId(await db.backups.toArray()),
    sharedCopies: byId(await db.sharedCopies.toArray()),
    sharedCopyTexts: byId(await db.sharedCopyTexts.toArray()),
    kpiTrends: await storedTrends(db),
    // Listed apart as well, so readings left without their trend show too.
    kpiTrendReadings: (await db.kpiTrendReadings.toArray()).sort((a, b) =>
      a.kpiId.localeCompare(b.kpiId),
    ),
    roadmapRows: await storedRoadmapRows(db),
    milestoneRows: await storedMilestoneRows(db),
    kpiRows: await storedKpiRows(db),
  };
  const records: Partial<{ [T in PlanTable]: PlanRecords[T][] }> = {};
  for (const table of PLAN_TABLES) {
    Object.assign(records, { [table]: byId(await db.table<PlanRecord>(table).toArray()) });
  }
  return { ...tables, ...(records as { [T in PlanTable]: PlanRecords[T][] }) };
}
