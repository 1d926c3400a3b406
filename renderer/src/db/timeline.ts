/**
 * Reads for the portfolio timeline: the rows of every milestone of a plan, from their packs
 * (./milestone-rows.ts), as the roadmap and the health view read them. A large plan's 10,000
 * milestones took about 250 ms to read as records, of the timeline's 500.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './index';
import { readMilestoneRows, type MilestoneRow } from './milestone-rows';

export function usePlanMilestones(planId: string): MilestoneRow[] | undefined {
  return useLiveQuery(
    () =>
      // The records as well, read only when a pack cannot be.
      db.transaction('r', [db.milestonePacks, db.milestones], () => readMilestoneRows(db, planId)),
    [planId],
  );
}
