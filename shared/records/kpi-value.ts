/** KPI values: one reading of a KPI on a day. */
import * as v from 'valibot';
import type { KpiValue } from '../domain/workspace';
import { calendarDate, id, recordBase, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';
import { kpiNumber } from './kpi';

const schema = v.strictObject({
  ...recordBase,
  kpiId: id,
  productId: id,
  date: calendarDate,
  value: kpiNumber,
  ...stamps,
});
const matches: SchemaMatches<typeof schema, KpiValue> = true;
void matches;

export const kpiValueKind = defineKind<KpiValue>()({
  table: 'kpiValues',
  noun: 'KPI value',
  label: 'KPI values',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId, [kpiId+date]',
  links: [{ field: 'kpiId', target: 'kpis', required: true }],
  fieldLabels: { kpiId: 'KPI', productId: 'Product', date: 'Date', value: 'Value' },
  describe: (reading) => `${reading.date}: ${reading.value}`,
  since: { fileVersion: 2, databaseVersion: 3 },
});
