/**
 * A product's vision and strategy. They are fields of the product, written together in one
 * change; the strategy is stamped with the stage it was written for (see shared/domain/vision).
 */
import type { Product } from '../../../shared/domain/product';
import { nowIso } from '../../../shared/domain/records';
import { checkVision, strategyStageAfter, type VisionDraft } from '../../../shared/domain/vision';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { InvalidInputError, commit, getRecord } from './repository';

export function setVision(
  db: PlannerDb,
  productId: string,
  draft: VisionDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const check = checkVision(draft);
    if (!check.ok) throw new InvalidInputError(Object.values(check.errors)[0] ?? 'Not a vision.');
    const before = await getRecord(db, 'products', productId);
    const value = check.value;
    const unchanged = (Object.keys(value) as (keyof VisionDraft)[]).every(
      (field) => value[field] === before[field],
    );
    if (unchanged) return [];
    const after: Product = {
      ...before,
      ...value,
      strategyStage: strategyStageAfter(before, value.strategy),
      updatedAt: nowIso(now),
    };
    return commit(db, [{ table: 'products', before, after }]);
  });
}
