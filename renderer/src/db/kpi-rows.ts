/**
 * Each KPI's row: what the health view reads of it (its target, to tell an off-target KPI),
 * kept in step with the KPI (./record-rows.ts), so the view reads a plan's 10,000 KPIs from a
 * few packs instead of as 10,000 records.
 */
import type { Transaction } from 'dexie';
import { KPI_DIRECTIONS, type Kpi } from '../../../shared/domain/workspace';
import type { PlannerDb } from './database';
import {
  codecOf,
  isNumber,
  isString,
  oneOf,
  readRecordRows,
  rebuildRecordRows,
  recordRowTable,
  rowOf,
  type RecordRows,
} from './record-rows';

export type KpiRow = Pick<
  Kpi,
  'id' | 'planId' | 'productId' | 'name' | 'unit' | 'target' | 'direction'
>;

export const KPI_ROWS: RecordRows<'kpis', KpiRow> = {
  source: 'kpis',
  packs: (db) => db.kpiPacks,
  fields: [
    ['productId', isString],
    ['name', isString],
    ['unit', isString],
    ['target', isNumber],
    ['direction', oneOf(KPI_DIRECTIONS)],
  ],
};

export const kpiCodec = codecOf(KPI_ROWS);
export const kpiRowOf = (kpi: Kpi): KpiRow => rowOf(KPI_ROWS, kpi);
export const kpiRowTable = (db: PlannerDb) => recordRowTable(db, KPI_ROWS);
export const readKpiRows = (db: PlannerDb, planId: string) => readRecordRows(db, KPI_ROWS, planId);
export const rebuildKpiPacks = (tx: Transaction) => rebuildRecordRows(tx, KPI_ROWS, 'kpiPacks');
