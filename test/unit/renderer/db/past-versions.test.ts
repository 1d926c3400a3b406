/**
 * A database written by every past schema version (saved as fixtures of raw rows) opens
 * through openDatabase with the current schema, keeps every row, and leaves a backup of each
 * plan as it was before the upgrade.
 */
import { backupText } from '../../../../renderer/src/db/backups';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPlannerDb, type PlannerDb } from '../../../../renderer/src/db/database';
import { openDatabase, upgradeBackupReason } from '../../../../renderer/src/db/open';
import { trendsOf, type KpiTrend } from '../../../../shared/domain/kpi-trend';
import { roadmapRowsOf, type RoadmapRow } from '../../../../shared/domain/roadmap-row';
import { parsePlanText } from '../../../../shared/plan-file/parse';
import {
  expectedKpiRows,
  expectedMilestoneRows,
  storedKpiRows,
  storedMilestoneRows,
  storedRoadmapRows,
  storedTrends,
} from './factories';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../../../shared/storage/schema-versions';

interface DatabaseFixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

function loadFixture(version: number): DatabaseFixture {
  const url = new URL(`../../../fixtures/databases/v${version}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as DatabaseFixture;
}

const byId = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

async function writeFixture(name: string, fixture: DatabaseFixture): Promise<void> {
  const k = SCHEMA_VERSIONS.findIndex((v) => v.version === fixture.version) + 1;
  const old = openPlannerDb(name, SCHEMA_VERSIONS.slice(0, k));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(rows);
    }
  });
  old.close();
}

const pastVersions = SCHEMA_VERSIONS.map((v) => v.version);

/** The table's name in the current schema: through every later version's renames. */
function currentName(table: string, from: number): string {
  let name = table;
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version > from)) {
    for (const move of v.moves ?? []) if (move.from === name) name = move.to;
  }
  return name;
}

/** The rows as the current schema stores them: through every later version's upgrade. */
function upgradedRows(table: string, rows: Record<string, unknown>[], from: number) {
  let name = table;
  return SCHEMA_VERSIONS.filter((v) => v.version > from).reduce((current, v) => {
    for (const move of v.moves ?? []) if (move.from === name) name = move.to;
    const upgrade = v.upgrades?.[name];
    return upgrade ? current.map((row) => upgrade(row) as Record<string, unknown>) : current;
  }, rows);
}

describe('databases written by every past schema version', () => {
  it('has a saved fixture for every version', () => {
    for (const version of pastVersions) expect(loadFixture(version).version).toBe(version);
  });

  describe.each(pastVersions)('version %i', (version) => {
    it('opens with the current schema and keeps every row', async () => {
      const fixture = loadFixture(version);
      const name = `past-v${version}-${randomUUID()}`;
      await writeFixture(name, fixture);

      const db: PlannerDb = openPlannerDb(name);
      const outcome = await openDatabase(db, () => new Date('2026-01-01T00:00:00.000Z'));
      expect(outcome.fromVersion).toBe(version);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      // Kept tables made again by a later version are checked against what they are made of.
      const remade = SCHEMA_VERSIONS.filter((v) => v.version > version).flatMap(
        (v) => v.rebuilds ?? [],
      );
      for (const [table, rows] of Object.entries(fixture.tables)) {
        if (table === 'backups' || remade.some((name) => name === table)) continue;
        // A table a later version dropped (its rows made again in another) is not there.
        const later = SCHEMA_VERSIONS.filter((v) => v.version > version);
        if (later.some((v) => v.stores[table] === null)) continue;
        const stored = (await db.table(currentName(table, version)).toArray()) as Record<
          string,
          unknown
        >[];
        expect(byId(stored), table).toEqual(byId(upgradedRows(table, rows, version)));
      }
      // Each KPI's trend is made from its values, whichever version they were written by.
      const byKpi = (trends: KpiTrend[]) => trends.sort((a, b) => a.kpiId.localeCompare(b.kpiId));
      expect(await storedTrends(db)).toEqual(byKpi(trendsOf(await db.kpiValues.toArray())));
      const kpisWithValues = new Set(fixture.tables.kpiValues?.map((v) => v.kpiId)).size;
      expect(await db.kpiTrends.count()).toBe(kpisWithValues);
      expect(await db.kpiTrendReadings.count()).toBe(kpisWithValues);
      // And each product's roadmap row from its open backlog items.
      const byProduct = (rows: RoadmapRow[]) =>
        rows.sort((a, b) => a.productId.localeCompare(b.productId));
      // And each milestone's row from the milestone.
      expect(await storedMilestoneRows(db)).toEqual(await expectedMilestoneRows(db));
      expect(await storedKpiRows(db)).toEqual(await expectedKpiRows(db));
      expect(await storedRoadmapRows(db)).toEqual(
        byProduct(roadmapRowsOf(await db.backlogItems.toArray())),
      );

      const backups = await db.backups.toArray();
      const fresh = backups.filter((b) => !fixture.tables.backups?.some((o) => o.id === b.id));
      if (version < CURRENT_SCHEMA_VERSION) {
        expect(outcome.backedUp).toBe(fixture.tables.plans?.length);
        expect(fresh.map((b) => b.planId).sort()).toEqual(
          fixture.tables.plans?.map((p) => p.id).sort(),
        );
        for (const backup of fresh) {
          expect(backup.reason).toBe(upgradeBackupReason(CURRENT_SCHEMA_VERSION));
          const parsed = parsePlanText(await backupText(db, backup));
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) continue;
          const products = fixture.tables.products?.filter((p) => p.planId === backup.planId);
          expect(byId(parsed.file.products as unknown as Record<string, unknown>[])).toEqual(
            byId(upgradedRows('products', products ?? [], version)),
          );
          expect(backup.products).toBe(products?.length);
        }
      } else {
        expect(outcome.backedUp).toBe(0);
        expect(fresh).toEqual([]);
      }
      db.close();
    });
  });

  it('opens a brand-new database without backups', async () => {
    const db = openPlannerDb(`fresh-${randomUUID()}`);
    const outcome = await openDatabase(db);
    expect(outcome).toEqual({ fromVersion: 0, backedUp: 0, backupProblem: null });
    expect(await db.backups.count()).toBe(0);
    db.close();
  });
});
