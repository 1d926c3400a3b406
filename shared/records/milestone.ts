/** Milestones: a product's dated checkpoints. */
import * as v from 'valibot';
import type { Milestone } from '../domain/product';
import { calendarDate, id, name, recordBase, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

const schema = v.strictObject({
  ...recordBase,
  productId: id,
  title: name,
  date: calendarDate,
  done: v.boolean(),
  ...stamps,
});
const matches: SchemaMatches<typeof schema, Milestone> = true;
void matches;

export const milestoneKind = defineKind<Milestone>()({
  table: 'milestones',
  noun: 'milestone',
  label: 'Milestones',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId',
  links: [],
  fieldLabels: { productId: 'Product', title: 'Title', date: 'Date', done: 'Done' },
  describe: (milestone) => milestone.title,
  since: { fileVersion: 1, databaseVersion: 2 },
});
