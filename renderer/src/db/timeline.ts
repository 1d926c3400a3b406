/** Reads for the portfolio timeline: every milestone of a plan, through the planId index. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Milestone } from '../../../shared/domain/product';
import { db } from './index';

export function usePlanMilestones(planId: string): Milestone[] | undefined {
  return useLiveQuery(() => db.milestones.where('planId').equals(planId).toArray(), [planId]);
}
