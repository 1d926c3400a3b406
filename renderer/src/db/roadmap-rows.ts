/** Each product's roadmap row (shared/domain/roadmap-row.ts), kept in step with its items. */
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

export function roadmapRowTable(db: PlannerDb): DerivedTable<'backlogItems', RoadmapRow> {
  return {
    source: 'backlogItems',
    rows: db.roadmapRows,
    ownerOf: (item) => item.productId,
    revise: revisedRoadmapRow,
    // A row that could not be read: the product's items, through the productId index.
    reread: async (productId) => {
      const items = await db.backlogItems.where('productId').equals(productId).toArray();
      return items[0] ? roadmapRowOf(items[0], items) : null;
    },
  };
}

/** Fills the rows from every stored item: for the schema version that adds them. */
export async function rebuildRoadmapRows(tx: Transaction): Promise<void> {
  const items = (await tx.table('backlogItems').toArray()) as BacklogItem[];
  await tx.table('roadmapRows').clear();
  await tx.table('roadmapRows').bulkPut(roadmapRowsOf(items));
}
