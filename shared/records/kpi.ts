/** KPIs: a product's metrics with a target and the direction that counts as good. */
import * as v from 'valibot';
import { isKpiNumber, MAX_KPI_MAGNITUDE, MAX_UNIT_LENGTH } from '../domain/kpi';
import { KPI_DIRECTIONS, type Kpi } from '../domain/workspace';
import { id, name, recordBase, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

/** A target or a reading: finite, and no larger than the app can track. */
export const kpiNumber = v.pipe(
  v.number(),
  v.check(
    (n: number) => isKpiNumber(n),
    `expected a finite number no larger than ${MAX_KPI_MAGNITUDE}`,
  ),
);

const schema = v.strictObject({
  ...recordBase,
  productId: id,
  name,
  unit: v.pipe(
    v.string(),
    v.check(
      (unit) => unit.length <= MAX_UNIT_LENGTH,
      `expected a unit of at most ${MAX_UNIT_LENGTH} characters`,
    ),
  ),
  target: kpiNumber,
  direction: v.picklist(KPI_DIRECTIONS),
  ...stamps,
});
const matches: SchemaMatches<typeof schema, Kpi> = true;
void matches;

export const kpiKind = defineKind<Kpi>()({
  table: 'kpis',
  noun: 'KPI',
  label: 'KPIs',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId',
  links: [],
  fieldLabels: {
    productId: 'Product',
    name: 'Name',
    unit: 'Unit',
    target: 'Target',
    direction: 'Better when',
  },
  describe: (kpi) => kpi.name,
  since: { fileVersion: 2, databaseVersion: 3 },
});
