import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openPlannerDb } from '../../../../renderer/src/db/database';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  checkSchemaVersions,
  type SchemaVersion,
} from '../../../../shared/storage/schema-versions';
import { samplePortfolio } from '../../../../shared/domain/sample';

// A version the app does not ship yet, to prove old data climbs through a chain of upgrades.
const renameOwner = (row: unknown) => {
  const { owner, ...rest } = row as Record<string, unknown>;
  return { ...rest, owners: owner ? [owner] : [] };
};
const SYNTHETIC_NEXT: SchemaVersion = {
  version: CURRENT_SCHEMA_VERSION + 1,
  stores: { products: 'id, planId, [planId+stage], updatedAt, *owners' },
  upgrades: { products: renameOwner },
};

describe('database schema versions', () => {
  it('are strictly increasing positive whole numbers', () => {
    expect(() => checkSchemaVersions(SCHEMA_VERSIONS)).not.toThrow();
    expect(() => checkSchemaVersions([...SCHEMA_VERSIONS, { version: 1, stores: {} }])).toThrow(
      /out of order/,
    );
    expect(() => checkSchemaVersions([{ version: 0, stores: {} }])).toThrow(/positive whole/);
  });

  it('opens a database written by version 1 and upgrades every row through the chain', async () => {
    const name = `upgrade-${randomUUID()}`;
    const v1 = openPlannerDb(name, SCHEMA_VERSIONS.slice(0, 1));
    const planId = 'plan-1';
    const at = '2026-01-01T00:00:00.000Z';
    await v1.plans.add({ id: planId, name: 'Old plan', createdAt: at, updatedAt: at });
    const products = samplePortfolio(planId, new Date(at));
    await v1.products.bulkAdd(products);
    v1.close();

    const v2 = openPlannerDb(name, [...SCHEMA_VERSIONS, SYNTHETIC_NEXT]);
    await v2.open();
    expect(v2.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    // Tables added by later versions start empty and usable.
    expect(await v2.milestones.count()).toBe(0);
    const rows = (await v2.products.toArray()) as unknown as Record<string, unknown>[];
    expect(rows).toHaveLength(products.length);
    for (const row of rows) {
      const original = products.find((p) => p.id === row.id);
      expect(row.owners).toEqual([original?.owner]);
      expect(row).not.toHaveProperty('owner');
      expect(row.name).toBe(original?.name);
    }
    // The new index answers queries over the upgraded rows.
    const first = products[0];
    const byOwner = await v2.products
      .where('owners')
      .equals(first?.owner as string)
      .count();
    expect(byOwner).toBe(products.filter((p) => p.owner === first?.owner).length);
    expect(await v2.plans.get(planId)).toMatchObject({ name: 'Old plan' });
    v2.close();
  });
});
