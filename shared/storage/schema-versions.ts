/**
 * Every version of the local database schema, oldest first. Versions are never removed:
 * a laptop that skipped releases still upgrades step by step. Each upgrade is a pure
 * function over one stored row, so it is tested on plain objects and plan files can pass
 * through the same functions.
 */
import type { RowUpgrade } from '../records/kind';
import { kindOf, PLAN_TABLES } from '../records/registry';

export type { RowUpgrade } from '../records/kind';

export type TableName =
  | 'plans'
  | 'products'
  | 'checklistItems'
  | 'milestones'
  | 'backlogItems'
  | 'feedback'
  | 'kpis'
  | 'kpiValues'
  | 'releases'
  | 'experiments'
  | 'personas'
  | 'competitors'
  | 'stageTemplates'
  | 'deletions'
  | 'backups'
  | 'backupContents'
  | 'sharedCopies'
  | 'sharedCopyTexts'
  | 'documents'
  | 'kpiTrends'
  | 'kpiTrendReadings'
  | 'roadmapRows'
  | 'roadmapPacks'
  | 'milestonePacks'
  | 'kpiPacks'
  | 'trendPacks';

/** Tables of rows kept from other tables, which a version may make afresh. */
export type Rebuilt = Extract<
  TableName,
  'kpiTrends' | 'roadmapRows' | 'roadmapPacks' | 'milestonePacks' | 'kpiPacks' | 'trendPacks'
>;

export interface SchemaVersion {
  version: number;
  /** Dexie index declarations per table; null drops a table. */
  stores: Record<string, string | null>;
  /** Tables renamed in this version: every row is copied to the new table, then upgraded. */
  moves?: readonly { from: string; to: string }[];
  upgrades?: Partial<Record<string, RowUpgrade>>;
  /** Tables of rows kept from other tables, made afresh from them in this version. */
  rebuilds?: readonly Rebuilt[];
}

/** The row upgrades the registry of record kinds declares for database version `version`. */
function upgradesFor(version: number): Partial<Record<string, RowUpgrade>> {
  const upgrades: Partial<Record<string, RowUpgrade>> = {};
  for (const table of PLAN_TABLES) {
    for (const step of kindOf(table).upgrades ?? []) {
      if (step.databaseVersion === version) upgrades[table] = step.upgrade;
    }
  }
  return upgrades;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      plans: 'id, updatedAt',
      products: 'id, planId, [planId+stage], updatedAt',
      deletions: 'id, planId',
    },
  },
  {
    // Checklists and milestones travel in plan files (Trello cards bring both); backups keep
    // a plan's previous state when an import replaces it.
    version: 2,
    stores: {
      checklistItems: 'id, planId, productId',
      milestones: 'id, planId, productId',
      backups: 'id, planId, createdAt',
    },
  },
  {
    // The product workspace. Indexes serve the queries the app makes: a product's records
    // by productId, a KPI's values in date order, a backlog item's feedback.
    version: 3,
    stores: {
      features: 'id, planId, productId',
      feedback: 'id, planId, productId, featureId',
      kpis: 'id, planId, productId',
      kpiValues: 'id, planId, productId, [kpiId+date]',
      releases: 'id, planId, productId',
      personas: 'id, planId',
      competitors: 'id, planId',
      stageTemplates: 'id, planId',
    },
    upgrades: upgradesFor(3),
  },
  {
    // The copies of each plan shared through files (exported, imported, merged), so that a
    // merge can find the version both sides started from; their texts are kept apart, and
    // only the last few, as they are large. Plans bound to files, as documents. Backlog items
    // take the screen's name: `features` becomes `backlogItems`, and feedback links by
    // `backlogItemId`.
    version: 4,
    stores: {
      sharedCopies: 'id, planId',
      sharedCopyTexts: 'id, planId',
      documents: 'planId',
      backlogItems: 'id, planId, productId',
      feedback: 'id, planId, productId, backlogItemId',
      features: null,
    },
    moves: [{ from: 'features', to: 'backlogItems' }],
    upgrades: upgradesFor(4),
  },
  {
    // The experiments log and products' vision and strategy (an upgrade of every product);
    // compressed backups, whose gzipped file lives apart from its row so that listing the
    // backups reads their names and sizes only.
    version: 5,
    stores: { experiments: 'id, planId, productId, kpiId', backupContents: 'id' },
    upgrades: upgradesFor(5),
  },
  {
    // Rows kept from other tables as they change (db/derived-rows.ts): each KPI's latest
    // values, so the health view reads a row per KPI rather than every value of the plan, and
    // each product's open backlog items as the roadmap draws them, a row per product.
    version: 6,
    stores: { kpiTrends: 'kpiId, planId', roadmapRows: 'productId, planId' },
    // The trends are made in version 7, in the two tables they are kept in from then on.
    rebuilds: ['roadmapRows'],
  },
  {
    // A trend's readings (ids, dates, recording times) apart from its values: the health view
    // reads the values of every trend of the plan, and only a revision needs the readings.
    version: 7,
    stores: { kpiTrendReadings: 'kpiId' },
    rebuilds: ['kpiTrends'],
  },
  {
    // The roadmap rows stored 16 to a plan (renderer/src/db/packed-rows.ts): a large plan's
    // 5,000 rows took 410–570 ms to read, the same bytes in 16 records about 105 ms. And a row
    // per milestone and per KPI, and the KPIs' trends, packed the same way, for the views that
    // read all of them.
    version: 8,
    stores: {
      roadmapRows: null,
      roadmapPacks: 'id, planId',
      milestonePacks: 'id, planId',
      kpiPacks: 'id, planId',
      trendPacks: 'id, planId',
    },
    rebuilds: ['roadmapPacks', 'milestonePacks', 'kpiPacks', 'trendPacks'],
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Versions must climb strictly so Dexie can chain the upgrades. */
export function checkSchemaVersions(versions: readonly SchemaVersion[]): void {
  versions.forEach((entry, i) => {
    const previous = versions[i - 1];
    if (!Number.isInteger(entry.version) || entry.version < 1) {
      throw new Error(`Schema version ${String(entry.version)} is not a positive whole number.`);
    }
    if (previous && entry.version <= previous.version) {
      throw new Error(
        `Schema version ${entry.version} comes after ${previous.version}: out of order.`,
      );
    }
  });
}
