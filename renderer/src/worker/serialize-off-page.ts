/**
 * A whole plan as plan-file text, made in a worker: reading and writing out a plan of half a
 * million records takes seconds, which on the page would freeze the window (an automatic
 * backup starting while the user types, say). Where no worker can start, the session does
 * the same work on the page.
 */
import type { SerializedPlan } from './plan-worker-core';
import { withPlanWorker } from './plan-worker';

export function serializePlanOffPage(planId: string): Promise<SerializedPlan | null> {
  return withPlanWorker((worker) => worker.serialize(planId));
}
