/**
 * Files with more records than a few dozen have their ids looked up by reading each table's
 * keys at once: an id of another plan deep in such a file is still found, named by its place,
 * and nothing of either plan changes; imported as a new plan, such a file becomes a copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAsNewPlan, mergeIntoPlan, replacePlan } from '../../../../renderer/src/db/plan-io';
import type { BacklogItem } from '../../../../shared/domain/workspace';
import { buildPlanFile } from '../../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { planFileArb } from '../../plan-file/arbitraries';
import { dumpDb, makeDb } from './factories';

const ITEMS = 120;

/** A plan of `ITEMS` backlog items on its first product, ids `<prefix>-0`…, from a sample. */
function planWithItems(seed: number, prefix: string): PlanFile {
  const [sample] = fc.sample(
    planFileArb().filter((f) => f.products.length > 0 && f.backlogItems.length > 0),
    { numRuns: 1, seed },
  );
  if (!sample) throw new Error('no sample plan');
  const [template] = sample.backlogItems as [BacklogItem];
  const productId = sample.products[0]?.id ?? '';
  const backlogItems = Array.from({ length: ITEMS }, (_, i) => ({
    ...template,
    id: `${prefix}-${i}`,
    productId,
    milestoneId: null,
    releaseId: null,
  }));
  return buildPlanFile({
    ...sample,
    checklistItems: [],
    milestones: [],
    feedback: [],
    releases: [],
    experiments: [],
    backlogItems,
  });
}

describe('a file of many records holding an id of another plan', () => {
  it('is refused by a merge and a replacement, naming the record, and changes nothing', async () => {
    const mine = planWithItems(1, 'mine');
    const theirs = planWithItems(2, 'theirs');
    const db = makeDb();
    await importAsNewPlan(db, mine);
    await importAsNewPlan(db, theirs);
    const before = await dumpDb(db);
    // The plan's own items, then new ones, the 81st of which is theirs.
    const added = mine.backlogItems.map((item, i) => ({
      ...item,
      id: i === 80 ? 'theirs-37' : `mine-new-${i}`,
    }));
    const intruding = buildPlanFile({ ...mine, backlogItems: [...mine.backlogItems, ...added] });
    const at = intruding.backlogItems.findIndex((item) => item.id === 'theirs-37');
    const message = `backlogItems[${at}]: this backlog item has the id of a record of another plan here`;
    await expect(mergeIntoPlan(db, intruding)).rejects.toThrow(message);
    await expect(replacePlan(db, intruding, 'test')).rejects.toThrow(message);
    expect(await dumpDb(db)).toEqual(before);
    db.close();
  });

  it('is imported as a new copy, leaving the plan that holds the id as it was', async () => {
    const theirs = planWithItems(2, 'theirs');
    const db = makeDb();
    await importAsNewPlan(db, theirs);
    const before = await dumpDb(db);
    const reusing = { ...planWithItems(3, 'theirs'), plan: { ...theirs.plan, id: 'another-plan' } };
    const outcome = await importAsNewPlan(db, reusing);
    expect(outcome.planId).not.toBe('another-plan');
    expect(outcome.planName).toBe(`${theirs.plan.name} (copy)`);
    const after = await dumpDb(db);
    expect(after.backlogItems.filter((item) => item.planId === theirs.plan.id)).toEqual(
      before.backlogItems,
    );
    const copied = after.backlogItems.filter((item) => item.planId === outcome.planId);
    expect(copied).toHaveLength(ITEMS);
    expect(copied.some((item) => item.id.startsWith('theirs-'))).toBe(false);
    db.close();
  });
});
