import { describe, expect, it } from 'vitest';
import { planFilesFromRows } from '../../../../renderer/src/db/pre-upgrade';
import type { SchemaVersion } from '../../../../shared/storage/schema-versions';

const at = '2025-01-01T00:00:00.000Z';
const plan = (id: string, name: string) => ({ id, name, createdAt: at, updatedAt: at });
const product = (id: string, planId: string, extra: Record<string, unknown> = {}) => ({
  id,
  planId,
  name: `Product ${id}`,
  summary: '',
  owner: 'Ada',
  tags: ['x'],
  stage: 'ideation',
  rank: 'a0',
  stageHistory: [{ stage: 'ideation', enteredAt: at }],
  archived: false,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

describe('planFilesFromRows', () => {
  it('makes one plan file per plan, each holding only its own records', () => {
    const files = planFilesFromRows(
      {
        plans: [plan('p2', 'Second'), plan('p1', 'First')],
        products: [product('b', 'p1'), product('a', 'p1'), product('c', 'p2')],
        deletions: [{ id: 'gone', planId: 'p2', table: 'products', deletedAt: at }],
      },
      1,
    );
    expect(files.map((f) => f.plan.name)).toEqual(['First', 'Second']);
    expect(files[0]?.products.map((p) => p.id)).toEqual(['a', 'b']);
    expect(files[0]?.checklistItems).toEqual([]);
    expect(files[1]?.deletions.map((d) => d.id)).toEqual(['gone']);
  });

  it('leaves out records whose plan is missing, and rows that are not objects', () => {
    const files = planFilesFromRows(
      { plans: [plan('p1', 'Only'), null, 'junk'], products: [product('o', 'nowhere'), 7] },
      1,
    );
    expect(files).toHaveLength(1);
    expect(files[0]?.products).toEqual([]);
  });

  it('fills arrays an old row lacks, so the plan file can be written', () => {
    const old: Record<string, unknown> = product('a', 'p1');
    delete old.tags;
    delete old.stageHistory;
    const [file] = planFilesFromRows({ plans: [plan('p1', 'P')], products: [old] }, 1);
    expect(file?.products[0]).toMatchObject({ id: 'a', tags: [], stageHistory: [] });
  });

  it('brings rows forward through the upgrades newer than the stored version only', () => {
    const versions: SchemaVersion[] = [
      { version: 1, stores: {}, upgrades: { products: () => ({ broken: true }) } },
      {
        version: 2,
        stores: {},
        upgrades: {
          products: (row) => ({ ...(row as Record<string, unknown>), owner: 'Upgraded' }),
        },
      },
      {
        version: 3,
        stores: {},
        upgrades: {
          products: () => {
            throw new Error('bad step');
          },
        },
      },
    ];
    const [file] = planFilesFromRows(
      { plans: [plan('p1', 'P')], products: [product('a', 'p1')] },
      1,
      versions,
    );
    // Version 1's step is already applied on disk; version 3's throws and is skipped.
    expect(file?.products[0]?.owner).toBe('Upgraded');
  });
});
