/**
 * Experiments repository: the only code that writes a product's experiments log. Each write
 * checks its input, runs in one transaction and returns its changes for undo; a refused write
 * throws before anything is written.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  checkExperiment,
  firstExperimentError,
  sortExperiments,
  type Experiment,
  type ExperimentDraft,
} from '../../../shared/domain/experiments';
import { newId, nowIso } from '../../../shared/domain/records';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as windowDb } from './index';
import { InvalidInputError, commit, getRecord } from './repository';

function checked(draft: ExperimentDraft): ExperimentDraft {
  const check = checkExperiment(draft);
  if (!check.ok) throw new InvalidInputError(firstExperimentError(check) ?? 'Not an experiment.');
  return check.value;
}

/** The KPI an experiment names must be one of the same product's. */
async function checkKpi(db: PlannerDb, productId: string, kpiId: string | null): Promise<void> {
  if (kpiId === null) return;
  const kpi = await getRecord(db, 'kpis', kpiId);
  if (kpi.productId !== productId) {
    throw new InvalidInputError('An experiment can only move a KPI of its own product.');
  }
}

export function createExperiment(
  db: PlannerDb,
  productId: string,
  draft: ExperimentDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const value = checked(draft);
    const product = await getRecord(db, 'products', productId);
    await checkKpi(db, productId, value.kpiId);
    const at = nowIso(now);
    const experiment: Experiment = {
      id: newId(),
      planId: product.planId,
      productId,
      ...value,
      createdAt: at,
      updatedAt: at,
    };
    return commit(db, [{ table: 'experiments', before: null, after: experiment }]);
  });
}

export function updateExperiment(
  db: PlannerDb,
  id: string,
  draft: ExperimentDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const value = checked(draft);
    const before = await getRecord(db, 'experiments', id);
    await checkKpi(db, before.productId, value.kpiId);
    const after: Experiment = { ...before, ...value, updatedAt: nowIso(now) };
    return commit(db, [{ table: 'experiments', before, after }]);
  });
}

export function deleteExperiment(db: PlannerDb, id: string): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'experiments', id);
    return commit(db, [{ table: 'experiments', before, after: null }]);
  });
}

/** Experiments that name a KPI, unlinked (their log stays) when the KPI goes; `at` stamps them. */
export async function unlinkExperimentsOf(
  db: PlannerDb,
  kpiId: string,
  at: string,
): Promise<RecordChange[]> {
  const linked = await db.experiments.where('kpiId').equals(kpiId).toArray();
  return linked.map((before) => ({
    table: 'experiments',
    before,
    after: { ...before, kpiId: null, updatedAt: at },
  }));
}

/** A product's experiments, newest first; undefined while loading. */
export function useExperiments(productId: string): Experiment[] | undefined {
  return useLiveQuery(
    async () =>
      sortExperiments(await windowDb.experiments.where('productId').equals(productId).toArray()),
    [productId],
  );
}

/** The experiments that name a KPI: shaded on its chart. */
export function useKpiExperiments(kpiId: string): Experiment[] | undefined {
  return useLiveQuery(
    async () => sortExperiments(await windowDb.experiments.where('kpiId').equals(kpiId).toArray()),
    [kpiId],
  );
}
