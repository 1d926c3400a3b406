/**
 * The registry of record kinds: every kind of record a plan holds, in dependency order (a
 * kind's required targets come before it). Everything that walks a plan's records (the plan
 * file, the database stores, integrity checks, merges, copies, deletes, backups) takes its
 * lists from here. To add a kind: write its file beside this one and add it below; the
 * compiler and test/unit/shared/registry.test.ts point at anything else that must change
 * (a database version for its table, for one).
 */
import type { RecordBase } from '../domain/records';
import { backlogItemKind } from './backlog-item';
import { checklistItemKind } from './checklist-item';
import { experimentKind } from './experiment';
import { feedbackKind } from './feedback';
import type { Link, RecordKind } from './kind';
import { kpiKind } from './kpi';
import { kpiValueKind } from './kpi-value';
import { milestoneKind } from './milestone';
import { competitorKind, personaKind } from './people';
import { productKind } from './product';
import { releaseKind } from './release';
import { stageTemplateKind } from './stage-template';

export const RECORD_KINDS = {
  products: productKind,
  checklistItems: checklistItemKind,
  milestones: milestoneKind,
  backlogItems: backlogItemKind,
  feedback: feedbackKind,
  kpis: kpiKind,
  kpiValues: kpiValueKind,
  releases: releaseKind,
  experiments: experimentKind,
  personas: personaKind,
  competitors: competitorKind,
  stageTemplates: stageTemplateKind,
} as const;

type Kinds = typeof RECORD_KINDS;
export type PlanTable = keyof Kinds;

/** The record type each table holds. */
export type PlanRecords = {
  [T in PlanTable]: Kinds[T] extends RecordKind<infer R, T> ? R : never;
};
export type PlanRecord = PlanRecords[PlanTable];

// Each entry's key must be its kind's table name; this fails to compile if one is not.
const keysMatch: { [T in PlanTable]: Kinds[T]['table'] extends T ? true : false } = {
  products: true,
  checklistItems: true,
  milestones: true,
  backlogItems: true,
  feedback: true,
  kpis: true,
  kpiValues: true,
  releases: true,
  experiments: true,
  personas: true,
  competitors: true,
  stageTemplates: true,
};
void keysMatch;

/** A kind, seen without its record type: for code that walks every table alike. */
export function kindOf(table: PlanTable): RecordKind<RecordBase, PlanTable> {
  return RECORD_KINDS[table] as unknown as RecordKind<RecordBase, PlanTable>;
}

/** The tables of a plan, besides the plan itself, in dependency order. */
export const PLAN_TABLES = Object.keys(RECORD_KINDS) as readonly PlanTable[];

/** A link of one table's records to another's, with the table it starts from. */
export interface Reference extends Link<PlanTable> {
  table: PlanTable;
}

/** Every link between records: the owning product of product-scoped kinds first. */
export const REFERENCES: readonly Reference[] = [
  ...PLAN_TABLES.filter((table) => kindOf(table).scope === 'product').map((table): Reference => ({
    table,
    field: 'productId',
    target: 'products',
    required: true,
  })),
  ...PLAN_TABLES.flatMap((table) =>
    kindOf(table).links.map((link) => ({ ...link, table, target: link.target as PlanTable })),
  ),
];

/** Tables whose records belong to one product: deleting the product deletes them. */
export const PRODUCT_CHILD_TABLES = PLAN_TABLES.filter(
  (table) => kindOf(table).scope === 'product',
);

/** How a table's records are called in counts ("12 backlog items"). */
export const TABLE_LABELS = Object.fromEntries(
  PLAN_TABLES.map((table) => [table, kindOf(table).label]),
) as Record<PlanTable, string>;

/** One record of each table, in words: what a problem or a merge preview calls it. */
export const RECORD_NOUNS = Object.fromEntries(
  PLAN_TABLES.map((table) => [table, kindOf(table).noun]),
) as Record<PlanTable, string>;

/** What a record is called in previews and messages. */
export function describeRecord<T extends PlanTable>(table: T, record: PlanRecords[T]): string {
  return kindOf(table).describe(record);
}

/** What a field of a table's records is called on screen. */
export function fieldLabel(table: PlanTable, field: string): string {
  const labels: Readonly<Record<string, string>> = kindOf(table).fieldLabels;
  return labels[field] ?? field;
}
