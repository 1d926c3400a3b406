/**
 * The experiments log: written only through its repository, each write checked whole, a
 * refusal leaving the database as it was, the KPI link kept within the product, and the log
 * kept (unlinked) when its KPI goes; one undo brings everything back together.
 */
import { describe, expect, it } from 'vitest';
import type { Experiment, ExperimentDraft } from '../../../../shared/domain/experiments';
import type { Kpi } from '../../../../shared/domain/workspace';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import {
  createExperiment,
  deleteExperiment,
  updateExperiment,
} from '../../../../renderer/src/db/experiments';
import { createKpi, deleteKpi } from '../../../../renderer/src/db/kpis';
import { createProduct, deleteProduct } from '../../../../renderer/src/db/products';
import { InvalidInputError, RecordNotFoundError } from '../../../../renderer/src/db/repository';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function makeProduct(db: PlannerDb, planId?: string) {
  const plan = planId ?? (await makePlan(db)).id;
  const [change] = await createProduct(db, plan, makeDraft());
  return change?.after as { id: string; planId: string };
}

async function makeKpi(db: PlannerDb, productId: string) {
  const [change] = await createKpi(db, productId, {
    name: 'Sign-ups',
    unit: '',
    target: 100,
    direction: 'higher',
  });
  return change?.after as Kpi;
}

const draft = (overrides: Partial<ExperimentDraft> = {}): ExperimentDraft => ({
  title: 'Referral month free',
  hypothesis: 'Referred sign-ups double.',
  kpiId: null,
  startOn: '2026-02-01',
  endOn: '2026-02-28',
  variants: [
    { name: 'Control', result: '31' },
    { name: 'Month free', result: '68' },
  ],
  decision: 'roll-out',
  rationale: 'Doubled.',
  ...overrides,
});

async function log(db: PlannerDb, productId: string, overrides: Partial<ExperimentDraft> = {}) {
  const [change] = await createExperiment(db, productId, draft(overrides));
  return change?.after as Experiment;
}

describe('experiments', () => {
  it('logs an experiment in the product’s plan, tidied, linked to the product’s KPI', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await makeKpi(db, product.id);
    const experiment = await log(db, product.id, {
      title: '  Referral   month free ',
      kpiId: kpi.id,
      variants: [
        { name: ' Control ', result: '31 ' },
        { name: '', result: '' },
      ],
    });
    expect(await db.experiments.get(experiment.id)).toMatchObject({
      planId: product.planId,
      productId: product.id,
      title: 'Referral month free',
      kpiId: kpi.id,
      variants: [{ name: 'Control', result: '31' }],
    });
  });

  it.each<[string, Partial<ExperimentDraft>, string]>([
    ['no title', { title: '  ' }, 'Give the experiment a name.'],
    ['no hypothesis', { hypothesis: '' }, 'Write what you expect to happen, and why.'],
    ['an end before the start', { endOn: '2026-01-01' }, 'The end comes before the start.'],
    ['an impossible start', { startOn: '2026-02-30' }, '“2026-02-30” is not a date'],
    [
      'a variant with a result but no name',
      { variants: [{ name: '', result: 'x' }] },
      'Name variant 1',
    ],
    [
      'two variants of one name',
      {
        variants: [
          { name: 'A', result: '' },
          { name: 'a', result: '' },
        ],
      },
      'Give each variant its own name.',
    ],
    ['a decision without a reason', { decision: 'stop', rationale: ' ' }, 'Say why'],
  ])('refuses %s, writing nothing', async (_what, overrides, message) => {
    const db = makeDb();
    const product = await makeProduct(db);
    const before = await dumpDb(db);
    const attempt = createExperiment(db, product.id, draft(overrides));
    await expect(attempt).rejects.toThrow(InvalidInputError);
    await expect(attempt).rejects.toThrow(message);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a KPI of another product, and one that does not exist', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const other = await makeProduct(db, product.planId);
    const theirs = await makeKpi(db, other.id);
    const before = await dumpDb(db);
    await expect(createExperiment(db, product.id, draft({ kpiId: theirs.id }))).rejects.toThrow(
      'An experiment can only move a KPI of its own product.',
    );
    await expect(createExperiment(db, product.id, draft({ kpiId: 'gone' }))).rejects.toThrow(
      RecordNotFoundError,
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('edits and deletes, and undo puts each back', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const experiment = await log(db, product.id, { decision: 'undecided', rationale: '' });
    const edit = await updateExperiment(
      db,
      experiment.id,
      draft({ decision: 'iterate', rationale: 'Close call.', endOn: null }),
      new Date('2026-03-01T00:00:00.000Z'),
    );
    expect(await db.experiments.get(experiment.id)).toMatchObject({
      decision: 'iterate',
      endOn: null,
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    await writeChanges(db, edit, 'undo');
    expect(await db.experiments.get(experiment.id)).toMatchObject({ decision: 'undecided' });
    const removal = await deleteExperiment(db, experiment.id);
    expect(await db.experiments.get(experiment.id)).toBeUndefined();
    expect(await db.deletions.get(experiment.id)).toMatchObject({ table: 'experiments' });
    await writeChanges(db, removal, 'undo');
    expect(await db.experiments.get(experiment.id)).toBeDefined();
  });

  it('keeps the log when its KPI is deleted, unlinked; one undo links it again', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await makeKpi(db, product.id);
    const experiment = await log(db, product.id, { kpiId: kpi.id });
    const removal = await deleteKpi(db, kpi.id);
    expect(await db.experiments.get(experiment.id)).toMatchObject({ kpiId: null });
    await writeChanges(db, removal, 'undo');
    expect(await db.experiments.get(experiment.id)).toMatchObject({ kpiId: kpi.id });
  });

  it('goes with its product, and comes back with it', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const experiment = await log(db, product.id);
    const removal = await deleteProduct(db, product.id);
    expect(await db.experiments.count()).toBe(0);
    await writeChanges(db, removal, 'undo');
    // Undo is a new edit, so it carries a new updatedAt; everything else is as it was.
    const restored = (await db.experiments.get(experiment.id)) as Experiment;
    expect({ ...restored, updatedAt: experiment.updatedAt }).toEqual(experiment);
  });
});
