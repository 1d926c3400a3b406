/** Feedback: what customers said, where it came from, and the backlog item it supports. */
import * as v from 'valibot';
import { FEEDBACK_SOURCES, SENTIMENTS, type Feedback } from '../domain/workspace';
import { calendarDate, id, label, longText, recordBase, stamps, timestamp } from './fields';
import { renameFeedbackLink } from '../storage/upgrades';
import { defineKind, type SchemaMatches } from './kind';

const schema = v.strictObject({
  ...recordBase,
  productId: id,
  source: v.picklist(FEEDBACK_SOURCES),
  customer: label,
  quote: longText,
  date: calendarDate,
  sentiment: v.picklist(SENTIMENTS),
  backlogItemId: v.nullable(id),
  notifiedAt: v.nullable(timestamp),
  ...stamps,
});
const matches: SchemaMatches<typeof schema, Feedback> = true;
void matches;

export const feedbackKind = defineKind<Feedback>()({
  table: 'feedback',
  noun: 'feedback entry',
  label: 'Feedback entries',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId, backlogItemId',
  links: [{ field: 'backlogItemId', target: 'backlogItems', required: false }],
  fieldLabels: {
    productId: 'Product',
    source: 'Source',
    customer: 'Customer',
    quote: 'Quote',
    date: 'Date',
    sentiment: 'Sentiment',
    backlogItemId: 'Backlog item',
    notifiedAt: 'Told on',
  },
  describe: (entry) => `${entry.customer || 'Feedback'}: ${entry.quote}`,
  since: { fileVersion: 2, databaseVersion: 3 },
  upgrades: [{ fileVersion: 3, databaseVersion: 4, upgrade: renameFeedbackLink }],
});
