/**
 * The registry of record kinds is the one list every table-walking part of the app derives
 * from; these tests hold it together, and point at what else must change when a kind is
 * added (a database version for its table, arbitraries for the property tests).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPY_RECORD } from '../../../shared/records/copy';
import {
  kindOf,
  PLAN_TABLES,
  PRODUCT_CHILD_TABLES,
  RECORD_KINDS,
  REFERENCES,
} from '../../../shared/records/registry';
import { SCHEMA_VERSIONS } from '../../../shared/storage/schema-versions';
import { planFileArb } from '../plan-file/arbitraries';
import { makeFullPlanFile } from '../plan-file/factories';

const BOOKKEEPING = ['id', 'planId', 'createdAt', 'updatedAt'];

/** Every table's index declaration after all versions, as Dexie would hold it. */
function currentStores(): Map<string, string> {
  const stores = new Map<string, string>();
  for (const version of SCHEMA_VERSIONS) {
    for (const [table, indexes] of Object.entries(version.stores)) {
      if (indexes === null) stores.delete(table);
      else stores.set(table, indexes);
    }
  }
  return stores;
}

describe('the registry of record kinds', () => {
  it('keys every kind by its own table name', () => {
    for (const [key, kind] of Object.entries(RECORD_KINDS)) expect(kind.table).toBe(key);
  });

  it('lists kinds in dependency order: a required target comes before the kind', () => {
    for (const ref of REFERENCES.filter((r) => r.required)) {
      expect(PLAN_TABLES.indexOf(ref.target), `${ref.table}.${ref.field}`).toBeLessThan(
        PLAN_TABLES.indexOf(ref.table),
      );
    }
  });

  it('links only to tables it declares, through fields its schema has', () => {
    for (const ref of REFERENCES) {
      expect(PLAN_TABLES, `${ref.table}.${ref.field}`).toContain(ref.target);
      expect(Object.keys(kindOf(ref.table).schema.entries)).toContain(ref.field);
    }
  });

  it('gives every product-scoped kind its product, and deletes it with the product', () => {
    for (const table of PLAN_TABLES) {
      const owned = kindOf(table).scope === 'product';
      expect(Object.keys(kindOf(table).schema.entries).includes('productId'), table).toBe(owned);
      expect(PRODUCT_CHILD_TABLES.includes(table), table).toBe(owned);
    }
  });

  it('names every field on screen, and merges groups of fields the schema has', () => {
    for (const table of PLAN_TABLES) {
      const kind = kindOf(table);
      const fields = Object.keys(kind.schema.entries).filter((f) => !BOOKKEEPING.includes(f));
      expect(Object.keys(kind.fieldLabels).sort(), table).toEqual([...fields].sort());
      for (const group of kind.mergeGroups ?? []) {
        for (const field of group) expect(fields, `${table} group`).toContain(field);
      }
    }
  });

  it('matches the newest database version: every kind has its table with its indexes', () => {
    const stores = currentStores();
    for (const table of PLAN_TABLES) {
      // Adding a kind needs a new entry in shared/storage/schema-versions.ts for its table.
      expect(stores.get(table), table).toBe(kindOf(table).indexes);
    }
    const known = new Set<string>([
      ...PLAN_TABLES,
      'plans',
      'deletions',
      'backups',
      'backupContents',
      'sharedCopies',
      'sharedCopyTexts',
      'documents',
      'kpiTrends',
      'kpiTrendReadings',
      'roadmapRows',
      'roadmapPacks',
      'milestonePacks',
      'kpiPacks',
      'trendPacks',
    ]);
    expect([...stores.keys()].filter((table) => !known.has(table))).toEqual([]);
  });

  it('copies records with keys in schema order, unknown keys dropped, link sets sorted', () => {
    const file = makeFullPlanFile();
    for (const table of PLAN_TABLES) {
      const [record] = file[table];
      if (!record) continue;
      const copy = COPY_RECORD[table]({ ...record, extra: 'dropped' } as never);
      expect(Object.keys(copy), table).toEqual(Object.keys(kindOf(table).schema.entries));
    }
    const [product] = file.products;
    const copied = COPY_RECORD.products({ ...product, personaIds: ['b', 'a'] } as never);
    expect(copied.personaIds).toEqual(['a', 'b']);
  });

  it('is covered by the property tests’ plan files: every kind appears in some', () => {
    // A kind the arbitraries never make would be skipped by every copy and merge property.
    const files = fc.sample(planFileArb(), { numRuns: 150, seed: 7 });
    for (const table of PLAN_TABLES) {
      expect(
        files.some((file) => file[table].length > 0),
        `${table}: add it to test/unit/plan-file/arbitraries.ts`,
      ).toBe(true);
    }
  });
});
