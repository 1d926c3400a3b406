/**
 * A portfolio view's reading started as the view is asked for: it reads at once, the view
 * that then draws is given what was read without asking again, and no write is missed,
 * whether made before the view listens, while it listens, or answered out of order.
 */
import { describe, expect, it } from 'vitest';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { createBacklogItem } from '../../../../renderer/src/db/backlog-items';
import { KEEP_LIVE_MS, earlyLiveQuery } from '../../../../renderer/src/db/early-live-query';
import { readRoadmapData } from '../../../../renderer/src/db/portfolio';
import { createProduct, updateProduct } from '../../../../renderer/src/db/products';
import { makeDb, makeDraft, makePlan } from './factories';

const ROADMAP_TABLES = ['roadmapPacks', 'milestonePacks', 'backlogItems', 'milestones'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function planWithProduct(db: PlannerDb) {
  const plan = await makePlan(db);
  const [change] = await createProduct(db, plan.id, makeDraft());
  const product = change?.after as { id: string };
  return { planId: plan.id, productId: product.id };
}

/** A roadmap reading that counts how often it asks the database. */
function countedRoadmap() {
  const asked: string[] = [];
  const reading = earlyLiveQuery(ROADMAP_TABLES, (db: PlannerDb, planId: string) => {
    asked.push(planId);
    return readRoadmapData(db, planId);
  });
  return { reading, asked };
}

/** Every list of item titles a view listening to `planId` is shown, in order. */
function listen(reading: ReturnType<typeof countedRoadmap>['reading'], db: PlannerDb, id: string) {
  const shown: string[][] = [];
  const errors: unknown[] = [];
  const subscription = reading.of(db, id).subscribe(
    (data) => shown.push(data.entries.map((e) => e.title).sort()),
    (error) => errors.push(error),
  );
  return { shown, errors, stop: () => subscription.unsubscribe() };
}

async function until(check: () => boolean, what: string) {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 3_000) throw new Error(`never: ${what}`);
    await sleep(10);
  }
}

describe('a portfolio view read ahead of its drawing', () => {
  it('reads when started, and the view that draws then is shown it without reading again', async () => {
    const db = makeDb();
    const { planId, productId } = await planWithProduct(db);
    await createBacklogItem(db, productId, { title: 'Kept' });
    const { reading, asked } = countedRoadmap();
    reading.start(db, planId);
    expect(asked).toEqual([planId]);
    await until(() => reading.of(db, planId).hasValue(), 'a value read');
    const view = listen(reading, db, planId);
    expect(view.shown).toEqual([['Kept']]);
    expect(asked).toHaveLength(1);
    view.stop();
  });

  it('shows a write made after the reading started and before the view listens', async () => {
    const db = makeDb();
    const { planId, productId } = await planWithProduct(db);
    const { reading } = countedRoadmap();
    reading.start(db, planId);
    await createBacklogItem(db, productId, { title: 'Written meanwhile' });
    const view = listen(reading, db, planId);
    await until(() => view.shown.at(-1)?.[0] === 'Written meanwhile', 'the write shown');
    view.stop();
  });

  it('reads again after each write to its tables, and not after writes elsewhere', async () => {
    const db = makeDb();
    const { planId, productId } = await planWithProduct(db);
    const { reading, asked } = countedRoadmap();
    const view = listen(reading, db, planId);
    await until(() => view.shown.length === 1, 'the first reading');
    expect(view.shown).toEqual([[]]);
    await createBacklogItem(db, productId, { title: 'First' });
    await until(() => view.shown.at(-1)?.length === 1, 'the first item');
    await createBacklogItem(db, productId, { title: 'Second' });
    await until(() => view.shown.at(-1)?.length === 2, 'the second item');
    expect(view.shown.at(-1)).toEqual(['First', 'Second']);
    const before = asked.length;
    await updateProduct(db, productId, { name: 'Renamed' });
    await sleep(100);
    expect(asked).toHaveLength(before);
    view.stop();
  });

  it('never shows an older answer after a newer one, however they come back', async () => {
    const db = makeDb();
    const { planId, productId } = await planWithProduct(db);
    const answers: ((value: string) => void)[] = [];
    const reading = earlyLiveQuery(
      ROADMAP_TABLES,
      () => new Promise<string>((resolve) => answers.push(resolve)),
    );
    const shown: string[] = [];
    const subscription = reading.of(db, planId).subscribe((value) => shown.push(value));
    await createBacklogItem(db, productId, { title: 'Heard' });
    await until(() => answers.length === 2, 'a second reading asked for');
    answers[1]?.('newer');
    answers[0]?.('older');
    await sleep(20);
    expect(shown).toEqual(['newer']);
    subscription.unsubscribe();
  });

  it('passes a failed reading on, and shows the next one that works', async () => {
    const db = makeDb();
    const { planId, productId } = await planWithProduct(db);
    let fail = true;
    const reading = earlyLiveQuery(ROADMAP_TABLES, async (d: PlannerDb, id: string) => {
      if (fail) throw new Error('The disk is full.');
      return readRoadmapData(d, id);
    });
    const view = listen(reading, db, planId);
    await until(() => view.errors.length === 1, 'the failure passed on');
    expect(String(view.errors[0])).toContain('The disk is full.');
    expect(reading.of(db, planId).hasValue()).toBe(false);
    fail = false;
    await createBacklogItem(db, productId, { title: 'After' });
    await until(() => view.shown.at(-1)?.[0] === 'After', 'the next reading shown');
    view.stop();
  });

  it('does not pass on a database that is closing as a failure of the view', async () => {
    const db = makeDb();
    const { planId } = await planWithProduct(db);
    db.close();
    const { reading, asked } = countedRoadmap();
    const view = listen(reading, db, planId);
    await until(() => asked.length === 1, 'a reading asked for');
    await sleep(50);
    expect(view.errors).toEqual([]);
    expect(view.shown).toEqual([]);
    view.stop();
  });

  it('stops reading once no view has listened for a while, and reads afresh for the next', async () => {
    const db = makeDb();
    const { planId, productId } = await planWithProduct(db);
    const { reading, asked } = countedRoadmap();
    reading.start(db, planId);
    await until(() => reading.of(db, planId).hasValue(), 'a value read');
    await sleep(KEEP_LIVE_MS + 200);
    await createBacklogItem(db, productId, { title: 'Unwatched' });
    await sleep(100);
    expect(asked).toHaveLength(1);
    const view = listen(reading, db, planId);
    expect(view.shown).toEqual([]);
    await until(() => view.shown.length === 1, 'a fresh reading');
    expect(view.shown[0]).toEqual(['Unwatched']);
    expect(asked).toHaveLength(2);
    view.stop();
  });
});
