import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openPlannerDb } from '../../../../renderer/src/db/database';
import { describeOpenFailure } from '../../../../renderer/src/db/errors';
import { StorageOpenError, openDatabase } from '../../../../renderer/src/db/open';
import { samplePortfolio } from '../../../../shared/domain/sample';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type SchemaVersion,
} from '../../../../shared/storage/schema-versions';

const at = '2026-01-01T00:00:00.000Z';

async function writeVersion1(name: string) {
  const v1 = openPlannerDb(name, SCHEMA_VERSIONS.slice(0, 1));
  await v1.plans.add({ id: 'plan-1', name: 'Old plan', createdAt: at, updatedAt: at });
  const products = samplePortfolio('plan-1', new Date(at));
  await v1.products.bulkAdd(products);
  v1.close();
  return products;
}

const failingNext: SchemaVersion = {
  version: CURRENT_SCHEMA_VERSION + 1,
  stores: {},
  upgrades: {
    products: () => {
      throw new Error('the upgrade broke');
    },
  },
};

async function openFailure(promise: Promise<unknown>): Promise<StorageOpenError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageOpenError);
  return error as StorageOpenError;
}

describe('openDatabase when opening fails', () => {
  it('still holds every plan read before an upgrade that throws', async () => {
    const name = `failing-${randomUUID()}`;
    const products = await writeVersion1(name);
    const db = openPlannerDb(name, [...SCHEMA_VERSIONS, failingNext]);
    const error = await openFailure(openDatabase(db));
    expect(error.snapshots).toHaveLength(1);
    expect(error.snapshots[0]?.plan.name).toBe('Old plan');
    expect(error.snapshots[0]?.products.map((p) => p.id).sort()).toEqual(
      products.map((p) => p.id).sort(),
    );
    db.close();
  });

  it('reads the plans that are still readable when the browser refuses to open', async () => {
    const name = `refused-${randomUUID()}`;
    await writeVersion1(name);
    const current = openPlannerDb(name);
    await current.open();
    current.close();

    const db = openPlannerDb(name);
    db.open = () => Promise.reject(new DOMException('disk trouble', 'UnknownError')) as never;
    const error = await openFailure(openDatabase(db));
    expect(error.snapshots.map((s) => s.plan.name)).toEqual(['Old plan']);
    expect(describeOpenFailure(error.inner).explanation).toMatch(/browser refused/);
  });
});
