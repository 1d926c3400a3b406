/**
 * The tables of a plan, the record type each holds, and how records refer to each other.
 * Plan files, merges, integrity checks, snapshots and deletes all walk these lists, so a new
 * table is declared once here rather than in each of them.
 */
import type { ChecklistItem, Milestone, PlanTable, Product } from './product';
import type {
  Competitor,
  Feature,
  Feedback,
  Kpi,
  KpiValue,
  Persona,
  Release,
  StageTemplate,
} from './workspace';

export interface PlanRecords {
  products: Product;
  checklistItems: ChecklistItem;
  milestones: Milestone;
  features: Feature;
  feedback: Feedback;
  kpis: Kpi;
  kpiValues: KpiValue;
  releases: Release;
  personas: Persona;
  competitors: Competitor;
  stageTemplates: StageTemplate;
}

// PLAN_TABLES and PlanRecords must name the same tables; this fails to compile if not.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tablesMatch: Same<keyof PlanRecords, PlanTable> = true;
void tablesMatch;

export type PlanRecord = PlanRecords[PlanTable];

/**
 * A field holding the id of a record in another table. A required reference (a checklist
 * item's product) cannot dangle: the record goes with its target. An optional one (the
 * backlog item a piece of feedback supports) is cleared when its target goes.
 */
export interface Reference {
  table: PlanTable;
  field: string;
  target: PlanTable;
  required: boolean;
  /** The field holds a list of ids rather than one id or null. */
  list?: boolean;
}

const owned = (table: PlanTable): Reference => ({
  table,
  field: 'productId',
  target: 'products',
  required: true,
});

/** In dependency order: a table's required targets come before it (see PLAN_TABLES). */
export const REFERENCES: readonly Reference[] = [
  owned('checklistItems'),
  owned('milestones'),
  owned('features'),
  owned('feedback'),
  owned('kpis'),
  owned('kpiValues'),
  owned('releases'),
  { table: 'kpiValues', field: 'kpiId', target: 'kpis', required: true },
  { table: 'features', field: 'milestoneId', target: 'milestones', required: false },
  { table: 'features', field: 'releaseId', target: 'releases', required: false },
  { table: 'feedback', field: 'featureId', target: 'features', required: false },
  { table: 'products', field: 'personaIds', target: 'personas', required: false, list: true },
  { table: 'products', field: 'competitorIds', target: 'competitors', required: false, list: true },
];

/** Tables whose records belong to one product: deleting the product deletes them. */
export const PRODUCT_CHILD_TABLES = REFERENCES.filter((ref) => ref.field === 'productId').map(
  (ref) => ref.table,
);

/** How a table's records are called in counts ("12 backlog items"). */
export const TABLE_LABELS: Record<PlanTable, string> = {
  products: 'Products',
  checklistItems: 'Checklist items',
  milestones: 'Milestones',
  features: 'Backlog items',
  feedback: 'Feedback entries',
  kpis: 'KPIs',
  kpiValues: 'KPI values',
  releases: 'Releases',
  personas: 'Personas',
  competitors: 'Competitors',
  stageTemplates: 'Checklist templates',
};

/** What a record is called in previews and messages. */
export function recordLabel(record: PlanRecord | { name: string }): string {
  if ('title' in record) return record.title;
  if ('text' in record) return record.text;
  if ('quote' in record) return `${record.customer || 'Feedback'}: ${record.quote}`;
  if ('version' in record) return record.version;
  if ('value' in record) return `${record.date}: ${record.value}`;
  if ('items' in record) return `${record.stage} checklist template`;
  return record.name;
}
