/**
 * The local database: all product data lives here, in IndexedDB through Dexie.
 * Opened once per window (see ./index.ts); tests open their own by name.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { type Deletion, type Plan } from '../../../shared/domain/product';
import { PLAN_TABLES } from '../../../shared/records/registry';
import type { PlanRecords } from '../../../shared/records/registry';
import type { TrendReadings, TrendValues } from '../../../shared/domain/kpi-trend';
import type { DocumentBinding } from '../../../shared/storage/documents';
import type { SharedCopy, SharedCopyText } from '../../../shared/storage/shared-copies';
import {
  SCHEMA_VERSIONS,
  checkSchemaVersions,
  type Rebuilt,
  type SchemaVersion,
} from '../../../shared/storage/schema-versions';
import { rebuildKpiTrends, rebuildTrendPacks } from './kpi-trends';
import { rebuildKpiPacks } from './kpi-rows';
import { rebuildMilestonePacks } from './milestone-rows';
import type { Pack } from './packed-rows';
import { rebuildRoadmapPacks, rebuildRoadmapRows } from './roadmap-rows';

/** A plan's earlier state, kept as the text of a plan file so it restores like an import. */
export interface Backup {
  id: string;
  planId: string;
  planName: string;
  /** ISO 8601 */
  createdAt: string;
  reason: string;
  products: number;
  /** The serialized plan file, in backups written before they were compressed. */
  contents?: string;
  /** SHA-256 of the plan (shared/plan-file/fingerprint.ts): an unchanged plan is not backed up again. */
  fingerprint?: string;
  /** What the stored file takes, gzipped (in backupContents) or as text. */
  bytes?: number;
}

/** The gzipped plan file of a backup, kept apart from its row (same id). */
export interface BackupContent {
  id: string;
  gzip: Uint8Array;
}

export type PlannerDb = Dexie & {
  plans: EntityTable<Plan, 'id'>;
  deletions: EntityTable<Deletion, 'id'>;
  backups: EntityTable<Backup, 'id'>;
  backupContents: EntityTable<BackupContent, 'id'>;
  sharedCopies: EntityTable<SharedCopy, 'id'>;
  sharedCopyTexts: EntityTable<SharedCopyText, 'id'>;
  documents: EntityTable<DocumentBinding, 'planId'>;
  kpiTrends: EntityTable<TrendValues, 'kpiId'>;
  kpiTrendReadings: EntityTable<TrendReadings, 'kpiId'>;
  roadmapPacks: EntityTable<Pack, 'id'>;
  milestonePacks: EntityTable<Pack, 'id'>;
  kpiPacks: EntityTable<Pack, 'id'>;
  trendPacks: EntityTable<Pack, 'id'>;
} & { [T in keyof PlanRecords]: EntityTable<PlanRecords[T], 'id'> };

const REBUILDS: Record<Rebuilt, (tx: Transaction) => Promise<void>> = {
  kpiTrends: rebuildKpiTrends,
  roadmapRows: rebuildRoadmapRows,
  roadmapPacks: rebuildRoadmapPacks,
  milestonePacks: rebuildMilestonePacks,
  kpiPacks: rebuildKpiPacks,
  trendPacks: rebuildTrendPacks,
};

/** Declares every version on `db`, each with its row upgrades. */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  checkSchemaVersions(versions);
  for (const entry of versions) {
    const declared = db.version(entry.version).stores(entry.stores);
    const upgrades = Object.entries(entry.upgrades ?? {});
    const moves = entry.moves ?? [];
    const rebuilds = entry.rebuilds ?? [];
    if (upgrades.length === 0 && moves.length === 0 && rebuilds.length === 0) continue;
    declared.upgrade(async (tx) => {
      // A renamed table's rows move first, so the row upgrades below see them in place.
      for (const { from, to } of moves) {
        await tx.table(to).bulkAdd(await tx.table(from).toArray());
      }
      for (const [table, upgradeRow] of upgrades) {
        if (!upgradeRow) continue;
        // Replacing the row wholesale lets an upgrade rename or drop fields, not only add.
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = upgradeRow(row);
          });
      }
      // Rows kept from others (a KPI's trend from its values) are made once they are in place.
      for (const table of rebuilds) await REBUILDS[table](tx);
    });
  }
}

export function openPlannerDb(
  name = 'lifecycle-planner',
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): PlannerDb {
  // Dexie's shared cache of live query results copies every result in full before handing it
  // over (the 5,000 products of a large plan: about 70 ms on the page, at every change), and
  // shows a write made outside a transaction before the database has stored it. Each live
  // query reads the database itself instead, as it did before the cache existed.
  const db = new Dexie(name, { cache: 'disabled' }) as PlannerDb;
  declareVersions(db, versions);
  return db;
}

/** Every table that holds plan data, for transactions that touch a whole plan. */
export function planTables(db: PlannerDb) {
  return [
    db.plans,
    ...PLAN_TABLES.map((table) => db[table]),
    db.deletions,
    db.backups,
    db.backupContents,
    db.sharedCopies,
    db.sharedCopyTexts,
    db.documents,
    db.kpiTrends,
    db.kpiTrendReadings,
    db.roadmapPacks,
    db.milestonePacks,
    db.kpiPacks,
    db.trendPacks,
  ];
}

/**
 * Runs `scope` in one read-write transaction over every table of plan data, so a write is
 * whole or not at all. The scope must be `async` and await nothing but the database, or
 * Dexie commits before it is done.
 */
export function writeTransaction<T>(db: PlannerDb, scope: () => Promise<T>): Promise<T> {
  return db.transaction('rw', planTables(db), scope);
}
