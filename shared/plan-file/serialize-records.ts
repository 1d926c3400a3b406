/**
 * One copy function per table, listing fields in the order they are written. Listing them
 * (rather than spreading) is what drops unknown keys, e.g. extra columns on a database row,
 * and what fixes key order so the same plan always gives the same bytes.
 */
import type {
  ChecklistItem,
  Deletion,
  Milestone,
  Plan,
  PlanTable,
  Product,
  StageEntry,
} from '../domain/product';
import type { PlanRecords } from '../domain/tables';
import type {
  Competitor,
  Feature,
  Feedback,
  Kpi,
  KpiValue,
  Persona,
  Release,
  StageTemplate,
} from '../domain/workspace';

export function copyPlan(p: Plan): Plan {
  return { id: p.id, name: p.name, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

function copyStageEntry(entry: StageEntry): StageEntry {
  return { stage: entry.stage, enteredAt: entry.enteredAt };
}

export function copyProduct(p: Product): Product {
  return {
    id: p.id,
    planId: p.planId,
    name: p.name,
    summary: p.summary,
    owner: p.owner,
    // Tags and stage history keep their order: it is meaningful (as typed; oldest first).
    tags: [...p.tags],
    stage: p.stage,
    rank: p.rank,
    stageHistory: p.stageHistory.map(copyStageEntry),
    archived: p.archived,
    // Links are sets: sorted, so the order they were made in never shows in a diff.
    personaIds: [...p.personaIds].sort(),
    competitorIds: [...p.competitorIds].sort(),
    decision: p.decision
      ? {
          choice: p.decision.choice,
          rationale: p.decision.rationale,
          decidedOn: p.decision.decidedOn,
        }
      : null,
    plannedStages: p.plannedStages.map((s) => ({ stage: s.stage, plannedOn: s.plannedOn })),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function copyChecklistItem(c: ChecklistItem): ChecklistItem {
  return {
    id: c.id,
    planId: c.planId,
    productId: c.productId,
    stage: c.stage,
    text: c.text,
    done: c.done,
    rank: c.rank,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function copyMilestone(m: Milestone): Milestone {
  return {
    id: m.id,
    planId: m.planId,
    productId: m.productId,
    title: m.title,
    date: m.date,
    done: m.done,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

export function copyFeature(f: Feature): Feature {
  return {
    id: f.id,
    planId: f.planId,
    productId: f.productId,
    title: f.title,
    description: f.description,
    status: f.status,
    moscow: f.moscow,
    reach: f.reach,
    impact: f.impact,
    confidence: f.confidence,
    effort: f.effort,
    rank: f.rank,
    horizon: f.horizon,
    milestoneId: f.milestoneId,
    releaseId: f.releaseId,
    shippedOn: f.shippedOn,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  };
}

export function copyFeedback(f: Feedback): Feedback {
  return {
    id: f.id,
    planId: f.planId,
    productId: f.productId,
    source: f.source,
    customer: f.customer,
    quote: f.quote,
    date: f.date,
    sentiment: f.sentiment,
    featureId: f.featureId,
    notifiedAt: f.notifiedAt,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  };
}

export function copyKpi(k: Kpi): Kpi {
  return {
    id: k.id,
    planId: k.planId,
    productId: k.productId,
    name: k.name,
    unit: k.unit,
    target: k.target,
    direction: k.direction,
    createdAt: k.createdAt,
    updatedAt: k.updatedAt,
  };
}

export function copyKpiValue(k: KpiValue): KpiValue {
  return {
    id: k.id,
    planId: k.planId,
    kpiId: k.kpiId,
    productId: k.productId,
    date: k.date,
    value: k.value,
    createdAt: k.createdAt,
    updatedAt: k.updatedAt,
  };
}

export function copyRelease(r: Release): Release {
  return {
    id: r.id,
    planId: r.planId,
    productId: r.productId,
    version: r.version,
    date: r.date,
    notes: r.notes,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function copyNote<T extends Persona | Competitor>(p: T): T {
  const copy: Persona = {
    id: p.id,
    planId: p.planId,
    name: p.name,
    notes: p.notes,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
  return copy as T;
}

export function copyStageTemplate(t: StageTemplate): StageTemplate {
  return {
    id: t.id,
    planId: t.planId,
    stage: t.stage,
    items: [...t.items],
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export function copyDeletion(d: Deletion): Deletion {
  return { id: d.id, planId: d.planId, table: d.table, deletedAt: d.deletedAt };
}

export const COPY_RECORD: { [T in PlanTable]: (record: PlanRecords[T]) => PlanRecords[T] } = {
  products: copyProduct,
  checklistItems: copyChecklistItem,
  milestones: copyMilestone,
  features: copyFeature,
  feedback: copyFeedback,
  kpis: copyKpi,
  kpiValues: copyKpiValue,
  releases: copyRelease,
  personas: copyNote,
  competitors: copyNote,
  stageTemplates: copyStageTemplate,
};
