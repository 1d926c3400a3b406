/** Checklist items: a product's playbook for one stage, ticked off as the work gets done. */
import * as v from 'valibot';
import type { ChecklistItem } from '../domain/product';
import { id, name, rank, recordBase, stage, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

const schema = v.strictObject({
  ...recordBase,
  productId: id,
  stage,
  text: name,
  done: v.boolean(),
  rank,
  ...stamps,
});
const matches: SchemaMatches<typeof schema, ChecklistItem> = true;
void matches;

export const checklistItemKind = defineKind<ChecklistItem>()({
  table: 'checklistItems',
  noun: 'checklist item',
  label: 'Checklist items',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId',
  links: [],
  fieldLabels: {
    productId: 'Product',
    stage: 'Stage',
    text: 'Text',
    done: 'Done',
    rank: 'Place in the checklist',
  },
  describe: (item) => item.text,
  since: { fileVersion: 1, databaseVersion: 2 },
});
