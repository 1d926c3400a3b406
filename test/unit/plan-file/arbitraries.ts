/**
 * fast-check arbitraries for plan files, for property tests here and elsewhere: any valid
 * plan file holding every table (ids unique across tables, children pointing at products,
 * KPI values at a KPI of the same product, links between backlog items, milestones, releases,
 * feedback, experiments, KPIs, personas and competitors, some of them null or empty, stage templates under
 * their derived ids, and deletions of records that are gone).
 */
import fc from 'fast-check';
import {
  type ChecklistItem,
  type Deletion,
  type Milestone,
  type Product,
} from '../../../shared/domain/product';
import { PLAN_TABLES } from '../../../shared/records/registry';
import {
  templateId,
  type Competitor,
  type BacklogItem,
  type Feedback,
  type Kpi,
  type KpiValue,
  type Persona,
  type Release,
  type StageTemplate,
} from '../../../shared/domain/workspace';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import type { Experiment } from '../../../shared/domain/experiments';
import {
  dayArb,
  experimentPartArb,
  featurePartArb,
  feedbackPartArb,
  kpiPartArb,
  kpiValuePartArb,
  nameArb,
  personPartArb,
  productLinksArb,
  rankArb,
  releasePartArb,
  stageArb,
  stampsArb,
  templatePartArb,
  textArb,
  timestampArb,
  visionArb,
} from './arbitrary-parts';

export {
  BASE_FROM,
  BASE_TO,
  dayArb,
  nameArb,
  rankArb,
  stageArb,
  textArb,
  timestampArb,
} from './arbitrary-parts';

const productPartArb = fc.record({
  id: fc.uuid(),
  name: nameArb,
  summary: textArb,
  owner: textArb,
  tags: fc.array(textArb, { maxLength: 3 }),
  stage: stageArb,
  rank: rankArb,
  stageHistory: fc.array(fc.record({ stage: stageArb, enteredAt: timestampArb() }), {
    maxLength: 3,
  }),
  archived: fc.boolean(),
  links: productLinksArb,
  vision: visionArb,
  stamps: stampsArb,
});

const childPartArb = fc.record({
  id: fc.uuid(),
  productIndex: fc.nat(),
  stage: stageArb,
  text: nameArb,
  date: dayArb,
  done: fc.boolean(),
  rank: rankArb,
  stamps: stampsArb,
});

const deletionPartArb = fc.record({
  id: fc.uuid(),
  table: fc.constantFrom(...PLAN_TABLES),
  deletedAt: timestampArb(),
});

export interface PlanFileArbOptions {
  maxProducts?: number;
  /** The most records of each table that belongs to products. */
  maxChildren?: number;
}

/** The `pick`-th of `items` (wrapping round), or null for no pick or nothing to pick from. */
function picked<T extends { id: string }>(items: readonly T[], pick: number | null) {
  return pick === null || items.length === 0 ? null : (items[pick % items.length] as T).id;
}

/** Distinct ids picked from `items`: a product's links to personas or competitors. */
function pickedSet(items: readonly { id: string }[], picks: readonly number[]): string[] {
  return [...new Set(picks.map((pick) => picked(items, pick)).filter((id) => id !== null))];
}

export function planFileArb(options: PlanFileArbOptions = {}): fc.Arbitrary<PlanFile> {
  const { maxProducts = 6, maxChildren = 10 } = options;
  const children = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: maxChildren });
  return fc
    .record({
      planId: fc.uuid(),
      planName: nameArb,
      planStamps: stampsArb,
      products: fc.array(productPartArb, { maxLength: maxProducts }),
      checklistItems: children(childPartArb),
      milestones: children(childPartArb),
      backlogItems: children(featurePartArb),
      feedback: children(feedbackPartArb),
      kpis: fc.array(kpiPartArb, { maxLength: Math.ceil(maxChildren / 2) }),
      kpiValues: children(kpiValuePartArb),
      releases: fc.array(releasePartArb, { maxLength: Math.ceil(maxChildren / 2) }),
      experiments: fc.array(experimentPartArb, { maxLength: Math.ceil(maxChildren / 2) }),
      personas: fc.array(personPartArb, { maxLength: 3 }),
      competitors: fc.array(personPartArb, { maxLength: 3 }),
      stageTemplates: fc.uniqueArray(templatePartArb, { selector: (t) => t.stage, maxLength: 3 }),
      deletions: fc.array(deletionPartArb, { maxLength: 4 }),
    })
    .map((parts) => {
      // Ids are random UUIDs; dropping repeats keeps every id unique across tables anyway.
      const seen = new Set<string>([parts.planId]);
      const fresh = <T extends { id: string }>(items: T[]) =>
        items.filter((item) => !seen.has(item.id) && seen.add(item.id));
      const planId = parts.planId;
      const notes = ({ stamps, ...person }: (typeof parts.personas)[number]) => ({
        ...person,
        planId,
        ...stamps,
      });
      const personas: Persona[] = fresh(parts.personas).map(notes);
      const competitors: Competitor[] = fresh(parts.competitors).map(notes);
      const products: Product[] = fresh(parts.products).map(({ stamps, links, vision, ...p }) => ({
        ...p,
        ...vision,
        personaIds: pickedSet(personas, links.personaPicks),
        competitorIds: pickedSet(competitors, links.competitorPicks),
        decision: links.decision,
        plannedStages: links.plannedStages,
        planId,
        ...stamps,
      }));
      const productOf = (index: number) => picked(products, index) as string;
      // Without products there can be none of the records that belong to one.
      const owned = <T extends { id: string }>(items: T[]) => (products.length ? fresh(items) : []);
      const checklistItems: ChecklistItem[] = owned(parts.checklistItems).map((c) => ({
        id: c.id,
        planId,
        productId: productOf(c.productIndex),
        stage: c.stage,
        text: c.text,
        done: c.done,
        rank: c.rank,
        ...c.stamps,
      }));
      const milestones: Milestone[] = owned(parts.milestones).map((m) => ({
        id: m.id,
        planId,
        productId: productOf(m.productIndex),
        title: m.text,
        date: m.date,
        done: m.done,
        ...m.stamps,
      }));
      const releases: Release[] = owned(parts.releases).map(({ productIndex, stamps, ...r }) => ({
        ...r,
        planId,
        productId: productOf(productIndex),
        ...stamps,
      }));
      // Links stay within the product, as the app makes them; a pick may also be none.
      const ofProduct = <T extends { productId: string }>(items: T[], productId: string) =>
        items.filter((item) => item.productId === productId);
      const backlogItems: BacklogItem[] = owned(parts.backlogItems).map((part) => {
        const { productIndex, milestonePick, releasePick, stamps, ...f } = part;
        const productId = productOf(productIndex);
        return {
          ...f,
          planId,
          productId,
          milestoneId: picked(ofProduct(milestones, productId), milestonePick),
          releaseId: picked(ofProduct(releases, productId), releasePick),
          ...stamps,
        };
      });
      const feedback: Feedback[] = owned(parts.feedback).map((part) => {
        const { productIndex, featurePick, stamps, ...entry } = part;
        const productId = productOf(productIndex);
        const backlogItemId = picked(ofProduct(backlogItems, productId), featurePick);
        return { ...entry, planId, productId, backlogItemId, ...stamps };
      });
      const kpis: Kpi[] = owned(parts.kpis).map(({ productIndex, stamps, ...k }) => ({
        ...k,
        planId,
        productId: productOf(productIndex),
        ...stamps,
      }));
      const kpiValues: KpiValue[] = (kpis.length ? fresh(parts.kpiValues) : []).map((part) => {
        const { kpiIndex, stamps, ...value } = part;
        const kpi = kpis[kpiIndex % kpis.length] as Kpi;
        return { ...value, planId, kpiId: kpi.id, productId: kpi.productId, ...stamps };
      });
      const experiments: Experiment[] = owned(parts.experiments).map((part) => {
        const { productIndex, kpiPick, stamps, ...experiment } = part;
        const productId = productOf(productIndex);
        const kpiId = picked(ofProduct(kpis, productId), kpiPick);
        return { ...experiment, planId, productId, kpiId, ...stamps };
      });
      const stageTemplates: StageTemplate[] = parts.stageTemplates.map(({ stamps, ...t }) => ({
        id: templateId(planId, t.stage),
        planId,
        ...t,
        ...stamps,
      }));
      const deletions: Deletion[] = fresh(parts.deletions).map((d) => ({ ...d, planId }));
      return buildPlanFile({
        plan: { id: planId, name: parts.planName, ...parts.planStamps },
        products,
        checklistItems,
        milestones,
        backlogItems,
        feedback,
        kpis,
        kpiValues,
        releases,
        experiments,
        personas,
        competitors,
        stageTemplates,
        deletions,
      });
    });
}
