/** Experiments: a product's log of what was tried, against which KPI, and what was decided. */
import * as v from 'valibot';
import { MAX_VARIANTS, EXPERIMENT_DECISIONS, type Experiment } from '../domain/experiments';
import { calendarDate, id, label, longText, name, recordBase, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

const variant = v.strictObject({ name: label, result: longText });

const schema = v.strictObject({
  ...recordBase,
  productId: id,
  title: name,
  hypothesis: longText,
  kpiId: v.nullable(id),
  startOn: calendarDate,
  endOn: v.nullable(calendarDate),
  variants: v.pipe(
    v.array(variant),
    v.check((list) => list.length <= MAX_VARIANTS, `expected at most ${MAX_VARIANTS} variants`),
  ),
  decision: v.picklist(EXPERIMENT_DECISIONS),
  rationale: longText,
  ...stamps,
});
const matches: SchemaMatches<typeof schema, Experiment> = true;
void matches;

export const experimentKind = defineKind<Experiment>()({
  table: 'experiments',
  noun: 'experiment',
  label: 'Experiments',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId, kpiId',
  links: [{ field: 'kpiId', target: 'kpis', required: false }],
  fieldLabels: {
    productId: 'Product',
    title: 'Title',
    hypothesis: 'Hypothesis',
    kpiId: 'KPI',
    startOn: 'Start',
    endOn: 'End',
    variants: 'Variants and results',
    decision: 'Decision',
    rationale: 'Rationale',
  },
  // A decision without its reason (or a reason for another decision) would mislead.
  mergeGroups: [['decision', 'rationale']],
  describe: (experiment) => experiment.title,
  since: { fileVersion: 3, databaseVersion: 5 },
});
