/**
 * A whole plan as plan-file text, made in a worker: reading and writing out a plan of half a
 * million records takes seconds, which on the page would freeze the window (an automatic
 * backup starting while the user types, say). Where no worker can start, the session does
 * the same work on the page.
 */
import type { SerializedPlan } from './plan-worker-core';
import { PlanWorker } from './plan-worker';

export async function serializePlanOffPage(planId: string): Promise<SerializedPlan | null> {
  const session = new PlanWorker();
  try {
    return await session.serialize(planId);
  } finally {
    session.dispose();
  }
}
