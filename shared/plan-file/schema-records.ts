/**
 * One strict schema per table of a version 2 plan file. Entries are listed in the order the
 * serializer writes keys (see ./serialize-records.ts); a field this version does not define
 * is refused, so a newer app's data is never silently dropped.
 */
import * as v from 'valibot';
import { PLAN_TABLES, type PlanTable } from '../domain/product';
import { isValidConfidence, isValidEffort, isValidReach } from '../domain/rice';
import {
  DECLINE_CHOICES,
  FEATURE_STATUSES,
  FEEDBACK_SOURCES,
  HORIZONS,
  IMPACT_SCALE,
  KPI_DIRECTIONS,
  MOSCOW,
  SENTIMENTS,
} from '../domain/workspace';
import {
  calendarDate,
  finiteNumber,
  id,
  ids,
  longText,
  name,
  rank,
  recordBase,
  stage,
  stamps,
  summary,
  timestamp,
} from './schema-fields';

export const planSchema = v.strictObject({ id, name, ...stamps });

export const stageEntrySchema = v.strictObject({ stage, enteredAt: timestamp });
export const plannedStageSchema = v.strictObject({ stage, plannedOn: calendarDate });
export const declineDecisionSchema = v.strictObject({
  choice: v.picklist(DECLINE_CHOICES),
  rationale: longText,
  decidedOn: calendarDate,
});

export const productSchema = v.strictObject({
  ...recordBase,
  name,
  summary,
  owner: v.string(),
  tags: v.array(v.string()),
  stage,
  rank,
  stageHistory: v.array(stageEntrySchema),
  archived: v.boolean(),
  personaIds: ids,
  competitorIds: ids,
  decision: v.nullable(declineDecisionSchema),
  plannedStages: v.array(plannedStageSchema),
  ...stamps,
});

export const checklistItemSchema = v.strictObject({
  ...recordBase,
  productId: id,
  stage,
  text: name,
  done: v.boolean(),
  rank,
  ...stamps,
});

export const milestoneSchema = v.strictObject({
  ...recordBase,
  productId: id,
  title: name,
  date: calendarDate,
  done: v.boolean(),
  ...stamps,
});

const estimate = (valid: (n: number) => boolean, message: string) =>
  v.nullable(v.pipe(v.number(), v.check(valid, message)));

export const featureSchema = v.strictObject({
  ...recordBase,
  productId: id,
  title: name,
  description: longText,
  status: v.picklist(FEATURE_STATUSES),
  moscow: v.nullable(v.picklist(MOSCOW)),
  reach: estimate(isValidReach, 'expected a reach of 0 or more'),
  impact: v.nullable(v.picklist(IMPACT_SCALE)),
  confidence: estimate(isValidConfidence, 'expected a confidence from 0 to 100 (percent)'),
  effort: estimate(isValidEffort, 'expected an effort of more than 0 person-months'),
  rank,
  horizon: v.nullable(v.picklist(HORIZONS)),
  milestoneId: v.nullable(id),
  releaseId: v.nullable(id),
  shippedOn: v.nullable(calendarDate),
  ...stamps,
});

export const feedbackSchema = v.strictObject({
  ...recordBase,
  productId: id,
  source: v.picklist(FEEDBACK_SOURCES),
  customer: v.string(),
  quote: longText,
  date: calendarDate,
  sentiment: v.picklist(SENTIMENTS),
  featureId: v.nullable(id),
  notifiedAt: v.nullable(timestamp),
  ...stamps,
});

export const kpiSchema = v.strictObject({
  ...recordBase,
  productId: id,
  name,
  unit: v.string(),
  target: finiteNumber,
  direction: v.picklist(KPI_DIRECTIONS),
  ...stamps,
});

export const kpiValueSchema = v.strictObject({
  ...recordBase,
  kpiId: id,
  productId: id,
  date: calendarDate,
  value: finiteNumber,
  ...stamps,
});

export const releaseSchema = v.strictObject({
  ...recordBase,
  productId: id,
  version: name,
  date: calendarDate,
  notes: longText,
  ...stamps,
});

export const personaSchema = v.strictObject({ ...recordBase, name, notes: longText, ...stamps });
export const competitorSchema = v.strictObject({ ...recordBase, name, notes: longText, ...stamps });

export const stageTemplateSchema = v.strictObject({
  ...recordBase,
  stage,
  items: v.array(name),
  ...stamps,
});

export const RECORD_SCHEMAS = {
  products: productSchema,
  checklistItems: checklistItemSchema,
  milestones: milestoneSchema,
  features: featureSchema,
  feedback: feedbackSchema,
  kpis: kpiSchema,
  kpiValues: kpiValueSchema,
  releases: releaseSchema,
  personas: personaSchema,
  competitors: competitorSchema,
  stageTemplates: stageTemplateSchema,
} as const satisfies Record<PlanTable, v.GenericSchema>;

/** The table lists of the file, in the order they are written. */
export const tableEntries = Object.fromEntries(
  PLAN_TABLES.map((table) => [table, v.array(RECORD_SCHEMAS[table])]),
) as { [T in PlanTable]: v.ArraySchema<(typeof RECORD_SCHEMAS)[T], undefined> };
