/** Releases: the changelog, grouping shipped backlog items under a version. */
import * as v from 'valibot';
import type { Release } from '../domain/workspace';
import { calendarDate, id, longText, name, recordBase, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

const schema = v.strictObject({
  ...recordBase,
  productId: id,
  version: name,
  date: calendarDate,
  notes: longText,
  ...stamps,
});
const matches: SchemaMatches<typeof schema, Release> = true;
void matches;

export const releaseKind = defineKind<Release>()({
  table: 'releases',
  noun: 'release',
  label: 'Releases',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId',
  links: [],
  fieldLabels: { productId: 'Product', version: 'Version', date: 'Date', notes: 'Notes' },
  describe: (release) => release.version,
  since: { fileVersion: 2, databaseVersion: 3 },
});
