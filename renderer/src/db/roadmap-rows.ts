/**
 * Each product's roadmap row (shared/domain/roadmap-row.ts), kept in step with its items and
 * stored in packs per plan (./packed-rows.ts).
 */
import type { Transaction } from 'dexie';
import {
  revisedRoadmapRow,
  roadmapRowOf,
  roadmapRowsOf,
  type RoadmapRow,
} from '../../../shared/domain/roadmap-row';
import type { BacklogItem } from '../../../shared/domain/workspace';
import type { PlannerDb } from './database';
import type { DerivedTable } from './derived-rows';
import { PackedRowStore, packsOf, readPackedRows, type Pack, type PackCodec } from './packed-rows';

/** A row is its product's entries under the product's id. */
export const roadmapCodec: PackCodec<RoadmapRow> = {
  keyOf: (row) => ({ planId: row.planId, owner: row.productId }),
  encode: (row) => row.entries,
  decode: ({ planId, owner }, entries) => ({ productId: owner, planId, entries }),
  // Entries that are no JSON: revising the row reads the product's items (see entriesOf).
  unreadable: ({ planId, owner }) => ({ productId: owner, planId, entries: '' }),
};

async function planRows(db: PlannerDb, planId: string): Promise<RoadmapRow[]> {
  return roadmapRowsOf(await db.backlogItems.where('planId').equals(planId).toArray());
}

export function roadmapRowTable(db: PlannerDb): DerivedTable<'backlogItems', RoadmapRow> {
  return {
    source: 'backlogItems',
    rows: new PackedRowStore(db.roadmapPacks, roadmapCodec, (planId) => planRows(db, planId)),
    ownerOf: (item) => item.productId,
    revise: revisedRoadmapRow,
    // A row that could not be read: the product's items, through the productId index.
    reread: async ({ owner: productId }) => {
      const items = await db.backlogItems.where('productId').equals(productId).toArray();
      return items[0] ? roadmapRowOf(items[0], items) : null;
    },
  };
}

/**
 * A plan's roadmap rows as stored, or made from its items when a pack cannot be read (the
 * next write to the plan's items makes that pack again).
 */
export async function readRoadmapRows(db: PlannerDb, planId: string): Promise<RoadmapRow[]> {
  return (await readPackedRows(db.roadmapPacks, planId, roadmapCodec)) ?? planRows(db, planId);
}

/** Fills the rows from every stored item: for the schema version that adds them. */
export async function rebuildRoadmapRows(tx: Transaction): Promise<void> {
  const items = (await tx.table('backlogItems').toArray()) as BacklogItem[];
  await tx.table('roadmapRows').clear();
  await tx.table('roadmapRows').bulkPut(roadmapRowsOf(items));
}

/** Fills the packs from every stored item: for the schema version that packs the rows. */
export async function rebuildRoadmapPacks(tx: Transaction): Promise<void> {
  const items = (await tx.table('backlogItems').toArray()) as BacklogItem[];
  const packs: Pack[] = packsOf(roadmapRowsOf(items), roadmapCodec);
  await tx.table('roadmapPacks').clear();
  await tx.table('roadmapPacks').bulkPut(packs);
}
