/**
 * Each milestone's row: what the roadmap (its date) and the health view (overdue ones) read of
 * it, kept in step with the milestone (./record-rows.ts). A large plan's 10,000 milestones took
 * about 250 ms to read as records; their rows, packed, about 50.
 */
import type { Transaction } from 'dexie';
import type { Milestone } from '../../../shared/domain/product';
import type { PlannerDb } from './database';
import {
  codecOf,
  isBoolean,
  isString,
  readRecordRows,
  rebuildRecordRows,
  recordRowTable,
  rowOf,
  type RecordRows,
} from './record-rows';

export type MilestoneRow = Pick<
  Milestone,
  'id' | 'planId' | 'productId' | 'title' | 'date' | 'done'
>;

export const MILESTONE_ROWS: RecordRows<'milestones', MilestoneRow> = {
  source: 'milestones',
  packs: (db) => db.milestonePacks,
  fields: [
    ['productId', isString],
    ['title', isString],
    ['date', isString],
    ['done', isBoolean],
  ],
};

export const milestoneCodec = codecOf(MILESTONE_ROWS);
export const milestoneRowOf = (milestone: Milestone): MilestoneRow =>
  rowOf(MILESTONE_ROWS, milestone);
export const milestoneRowTable = (db: PlannerDb) => recordRowTable(db, MILESTONE_ROWS);
export const readMilestoneRows = (db: PlannerDb, planId: string) =>
  readRecordRows(db, MILESTONE_ROWS, planId);
export const rebuildMilestonePacks = (tx: Transaction) =>
  rebuildRecordRows(tx, MILESTONE_ROWS, 'milestonePacks');
