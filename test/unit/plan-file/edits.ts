/**
 * Simulated PM edits of a copy of a plan, for merge property tests: on the products a side
 * "owns" (and their checklist items and milestones) it renames, ticks, deletes and adds, all
 * stamped with one edit time, and remembers what it did so a test can look for it after a
 * merge. Random choices come from a seed, so fast-check can replay a failing case.
 */
import {
  emptyProductLinks,
  type ChecklistItem,
  type Deletion,
  type PlanTable,
} from '../../../shared/domain/product';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';

export interface SideEdits {
  file: PlanFile;
  /** Records this side changed or added, as they should appear after a merge. */
  changed: Map<string, { table: PlanTable; record: unknown }>;
  /** Ids this side deleted. */
  deleted: Set<string>;
  planRenamed: boolean;
}

export interface EditOptions {
  side: string;
  owns: (productId: string) => boolean;
  seed: number;
  /** ISO timestamp stamped on every edit of this side. */
  at: string;
  renamePlan: boolean;
}

/** mulberry32: small, seedable, good enough to pick edits. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function editCopy(base: PlanFile, options: EditOptions): SideEdits {
  const { side, owns, at } = options;
  const rand = random(options.seed);
  const planId = base.plan.id;
  const changed: SideEdits['changed'] = new Map();
  const deleted = new Set<string>();
  const deletions: Deletion[] = [...base.deletions];
  let counter = 0;
  const newId = () => `${side}-${options.seed}-${(counter += 1)}`;
  const remove = (id: string, table: PlanTable) => {
    deleted.add(id);
    deletions.push({ id, planId, table, deletedAt: at });
  };

  const products = [];
  const checklistItems = base.checklistItems.filter((c) => !owns(c.productId));
  const milestones = base.milestones.filter((m) => !owns(m.productId));
  for (const product of base.products) {
    if (!owns(product.id)) {
      products.push(product);
      continue;
    }
    const children = {
      checklistItems: base.checklistItems.filter((c) => c.productId === product.id),
      milestones: base.milestones.filter((m) => m.productId === product.id),
    };
    const roll = rand();
    if (roll < 0.25) {
      // Deleting a product deletes its checklist and milestones with it, as the app does.
      remove(product.id, 'products');
      children.checklistItems.forEach((c) => remove(c.id, 'checklistItems'));
      children.milestones.forEach((m) => remove(m.id, 'milestones'));
      continue;
    }
    const next =
      roll < 0.6 ? { ...product, name: `${product.name} (${side})`, updatedAt: at } : product;
    if (next !== product) changed.set(next.id, { table: 'products', record: next });
    products.push(next);
    for (const item of children.checklistItems) {
      const r = rand();
      if (r < 0.2) remove(item.id, 'checklistItems');
      else if (r < 0.5) {
        const edited = { ...item, done: !item.done, updatedAt: at };
        changed.set(item.id, { table: 'checklistItems', record: edited });
        checklistItems.push(edited);
      } else checklistItems.push(item);
    }
    for (const milestone of children.milestones) {
      if (rand() < 0.3) remove(milestone.id, 'milestones');
      else milestones.push(milestone);
    }
    if (rand() < 0.4) {
      const added: ChecklistItem = {
        id: newId(),
        planId,
        productId: product.id,
        stage: product.stage,
        text: `Added by ${side}`,
        done: false,
        rank: 'a0',
        createdAt: at,
        updatedAt: at,
      };
      changed.set(added.id, { table: 'checklistItems', record: added });
      checklistItems.push(added);
    }
  }
  if (rand() < 0.5) {
    const added = {
      id: newId(),
      planId,
      name: `New from ${side}`,
      summary: '',
      owner: side,
      tags: [],
      stage: 'ideation' as const,
      rank: 'a0',
      stageHistory: [{ stage: 'ideation' as const, enteredAt: at }],
      archived: false,
      ...emptyProductLinks(),
      createdAt: at,
      updatedAt: at,
    };
    changed.set(added.id, { table: 'products', record: added });
    products.push(added);
  }
  const plan = options.renamePlan
    ? { ...base.plan, name: `${base.plan.name} (${side})`, updatedAt: at }
    : base.plan;
  return {
    file: buildPlanFile({ plan, products, checklistItems, milestones, deletions }),
    changed,
    deleted,
    planRenamed: options.renamePlan,
  };
}
