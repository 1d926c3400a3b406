/** The window's one database connection, and the read hooks components use. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan, Product } from '../../../shared/domain/product';
import { openPlannerDb } from './database';
import { readPlanProducts } from './plan-products';

export const db = openPlannerDb();

export function usePlans(): Plan[] | undefined {
  return useLiveQuery(() => db.plans.toArray(), []);
}

export function usePlan(planId: string | null): Plan | null | undefined {
  return useLiveQuery(
    async () => (planId ? ((await db.plans.get(planId)) ?? null) : null),
    [planId],
  );
}

/** Every product of the plan, archived ones included; the board filters and sorts. */
export function usePlanProducts(planId: string | null): Product[] | undefined {
  return useLiveQuery(async () => (planId ? readPlanProducts(db, planId) : []), [planId]);
}

export type { PlannerDb } from './database';
export type { RecordChange } from './changes';

export function useProduct(productId: string | null): Product | null | undefined {
  return useLiveQuery(
    async () => (productId ? ((await db.products.get(productId)) ?? null) : null),
    [productId],
  );
}
