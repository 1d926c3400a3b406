/**
 * The local database: all product data lives here, in IndexedDB through Dexie.
 * Opened once per window (see ./index.ts); tests open their own by name.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Deletion, Plan, Product } from '../../../shared/domain/product';
import {
  SCHEMA_VERSIONS,
  checkSchemaVersions,
  type SchemaVersion,
} from '../../../shared/storage/schema-versions';

export type PlannerDb = Dexie & {
  plans: EntityTable<Plan, 'id'>;
  products: EntityTable<Product, 'id'>;
  deletions: EntityTable<Deletion, 'id'>;
};

/** Declares every version on `db`, each with its row upgrades. */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  checkSchemaVersions(versions);
  for (const entry of versions) {
    const declared = db.version(entry.version).stores(entry.stores);
    const upgrades = Object.entries(entry.upgrades ?? {});
    if (upgrades.length === 0) continue;
    declared.upgrade(async (tx) => {
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
    });
  }
}

export function openPlannerDb(
  name = 'lifecycle-planner',
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): PlannerDb {
  const db = new Dexie(name) as PlannerDb;
  declareVersions(db, versions);
  return db;
}
