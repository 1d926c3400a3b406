/**
 * Simulated PM edits of a copy of a plan, for merge property tests. On the products a side
 * "owns" it renames, ticks, re-links, deletes and adds records of every table that belongs
 * to a product; a side that owns the shared records also edits personas, competitors and
 * stage templates. Deletes cascade as the app's repositories do (a product takes its records,
 * a KPI its values; a deleted backlog item, milestone, release, persona or competitor is
 * unlinked from what pointed at it), all stamped with one edit time. Each side remembers
 * what it did so a test can look for it after a merge. Random choices come from a seed, so
 * fast-check can replay a failing case.
 */
import { STAGES } from '../../../shared/domain/lifecycle';
import { emptyProductLinks } from '../../../shared/domain/product';
import { PLAN_TABLES, type PlanTable } from '../../../shared/records/registry';
import { templateId } from '../../../shared/domain/workspace';
import type { PlanFile } from '../../../shared/plan-file/types';
import { EditedCopy, type EditOptions, type SideEdits } from './edited-copy';
import { addProductRecords } from './edits-added';

export type { EditOptions, SideEdits } from './edited-copy';

function editProductRecords(copy: EditedCopy, productId: string): void {
  const { rand, options } = copy;
  const ofProduct = <T extends PlanTable>(table: T) =>
    copy.all(table).filter((r) => (r as { productId?: string }).productId === productId);
  for (const item of ofProduct('checklistItems')) {
    const r = rand();
    if (r < 0.2) copy.remove('checklistItems', item.id);
    else if (r < 0.5) copy.put('checklistItems', { ...item, done: !item.done });
  }
  for (const milestone of ofProduct('milestones')) {
    if (rand() < 0.3) copy.removeMilestone(milestone.id);
  }
  for (const release of ofProduct('releases')) {
    const r = rand();
    if (r < 0.2) copy.removeRelease(release.id);
    else if (r < 0.4) copy.put('releases', { ...release, notes: `${release.notes} (edited)` });
  }
  for (const backlogItem of ofProduct('backlogItems')) {
    const r = rand();
    if (r < 0.2) copy.removeBacklogItem(backlogItem.id);
    else if (r < 0.5) copy.put('backlogItems', { ...backlogItem, status: 'shipped', effort: 2 });
  }
  for (const entry of ofProduct('feedback')) {
    const r = rand();
    const backlogItems = ofProduct('backlogItems');
    if (r < 0.2) copy.remove('feedback', entry.id);
    else if (r < 0.45) {
      const backlogItemId =
        backlogItems[Math.floor(rand() * (backlogItems.length + 1))]?.id ?? null;
      copy.put('feedback', { ...entry, backlogItemId });
    }
  }
  for (const kpi of ofProduct('kpis')) {
    const r = rand();
    if (r < 0.2) copy.removeKpi(kpi.id);
    // Towards zero, so a target at the largest a file allows stays allowed.
    else if (r < 0.4) copy.put('kpis', { ...kpi, target: kpi.target + (kpi.target > 0 ? -1 : 1) });
  }
  for (const value of ofProduct('kpiValues')) {
    if (rand() < 0.2) copy.remove('kpiValues', value.id);
  }
  for (const experiment of ofProduct('experiments')) {
    const r = rand();
    if (r < 0.2) copy.remove('experiments', experiment.id);
    else if (r < 0.35)
      copy.put('experiments', { ...experiment, decision: 'stop', rationale: options.side });
    else if (r < 0.5) copy.put('experiments', { ...experiment, endOn: '2025-02-01' });
  }
  addProductRecords(copy, productId);
}

function editProduct(copy: EditedCopy, productId: string): void {
  const { rand, options } = copy;
  const roll = rand();
  if (roll < 0.2) {
    copy.removeProduct(productId);
    return;
  }
  let product = copy.tables.products.get(productId);
  if (!product) return;
  if (roll < 0.55)
    product = copy.put('products', { ...product, name: `${product.name} (${options.side})` });
  const personas = copy.all('personas');
  if (rand() < 0.4 && product.personaIds.length > 0) {
    // Dropping a link is safe for anyone; only the side that owns personas adds one.
    product = copy.put('products', { ...product, personaIds: product.personaIds.slice(1) });
  } else if (options.ownsShared && personas.length > 0 && rand() < 0.4) {
    const persona = personas[Math.floor(rand() * personas.length)]?.id as string;
    const personaIds = [...new Set([...product.personaIds, persona])];
    product = copy.put('products', { ...product, personaIds });
  }
  if (rand() < 0.3) {
    product = copy.put('products', {
      ...product,
      vision: `Vision of ${options.side}`,
      strategy: `Strategy of ${options.side}`,
      strategyStage: product.stage,
    });
  }
  if (rand() < 0.2) {
    const decision = {
      choice: 'retire' as const,
      rationale: options.side,
      decidedOn: '2025-01-01',
    };
    copy.put('products', { ...product, decision });
  }
  editProductRecords(copy, productId);
}

function editShared(copy: EditedCopy): void {
  const { rand, options } = copy;
  const ownsEveryLink = (field: 'personaIds' | 'competitorIds', id: string) =>
    copy.all('products').every((p) => !p[field].includes(id) || options.owns(p.id));
  for (const table of ['personas', 'competitors'] as const) {
    const field = table === 'personas' ? 'personaIds' : 'competitorIds';
    for (const person of copy.all(table)) {
      const r = rand();
      // Unlinking touches the products that link it; only ours may be touched.
      if (r < 0.25 && ownsEveryLink(field, person.id)) copy.removePerson(table, person.id);
      else if (r < 0.5) copy.put(table, { ...person, name: `${person.name} (${options.side})` });
    }
    if (rand() < 0.3) {
      const at = options.at;
      const id = copy.newId();
      copy.put(table, {
        id,
        planId: copy.planId,
        name: `${table} of ${options.side}`,
        notes: '',
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  for (const template of copy.all('stageTemplates')) {
    const r = rand();
    if (r < 0.15) copy.remove('stageTemplates', template.id);
    else if (r < 0.55)
      copy.put('stageTemplates', { ...template, items: [...template.items, options.side] });
  }
  // Both sides may create the same stage's template: one id, so a merge keeps one record.
  const stage = STAGES[Math.floor(rand() * STAGES.length)] ?? 'launch';
  const id = templateId(copy.planId, stage);
  if (rand() < 0.3 && !copy.tables.stageTemplates.has(id)) {
    const at = options.at;
    copy.put('stageTemplates', {
      id,
      planId: copy.planId,
      stage,
      items: [`${options.side} step`],
      createdAt: at,
      updatedAt: at,
    });
  }
}

export function editCopy(base: PlanFile, options: EditOptions): SideEdits {
  const copy = new EditedCopy(base, options);
  const { side, at } = options;
  for (const product of base.products) if (options.owns(product.id)) editProduct(copy, product.id);
  if (options.ownsShared) editShared(copy);
  if (copy.rand() < 0.5) {
    copy.put('products', {
      id: copy.newId(),
      planId: copy.planId,
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
    });
  }
  const plan = options.renamePlan
    ? { ...base.plan, name: `${base.plan.name} (${side})`, updatedAt: at }
    : base.plan;
  const file = copy.toFile(plan);
  // As written: the file's canonical copies (links sorted), which a merge result holds too.
  const written = new Map<string, unknown>(
    PLAN_TABLES.flatMap((table) => file[table].map((record) => [record.id, record] as const)),
  );
  const changed: SideEdits['changed'] = new Map();
  for (const [id, { table }] of copy.changed) changed.set(id, { table, record: written.get(id) });
  return {
    file,
    changed,
    deleted: copy.deleted,
    planRenamed: options.renamePlan,
  };
}
