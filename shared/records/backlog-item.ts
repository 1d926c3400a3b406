/** Backlog items: feature requests, scored with RICE and MoSCoW. */
import * as v from 'valibot';
import { isValidConfidence, isValidEffort, isValidReach } from '../domain/rice';
import {
  BACKLOG_STATUSES,
  HORIZONS,
  IMPACT_SCALE,
  MOSCOW,
  type BacklogItem,
} from '../domain/workspace';
import { calendarDate, id, longText, name, rank, recordBase, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

const estimate = (valid: (n: number) => boolean, message: string) =>
  v.nullable(v.pipe(v.number(), v.check(valid, message)));

const schema = v.strictObject({
  ...recordBase,
  productId: id,
  title: name,
  description: longText,
  status: v.picklist(BACKLOG_STATUSES),
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
const matches: SchemaMatches<typeof schema, BacklogItem> = true;
void matches;

export const backlogItemKind = defineKind<BacklogItem>()({
  table: 'backlogItems',
  noun: 'backlog item',
  label: 'Backlog items',
  scope: 'product',
  schema,
  indexes: 'id, planId, productId',
  links: [
    { field: 'milestoneId', target: 'milestones', required: false },
    { field: 'releaseId', target: 'releases', required: false },
  ],
  fieldLabels: {
    productId: 'Product',
    title: 'Title',
    description: 'Description',
    status: 'Status',
    moscow: 'MoSCoW',
    reach: 'Reach',
    impact: 'Impact',
    confidence: 'Confidence',
    effort: 'Effort',
    rank: 'Place in the backlog',
    horizon: 'Roadmap horizon',
    milestoneId: 'Milestone',
    releaseId: 'Release',
    shippedOn: 'Shipped on',
  },
  // Shipping sets the status and the day together; a release groups shipped items only.
  mergeGroups: [['status', 'shippedOn', 'releaseId']],
  describe: (item) => item.title,
  since: { fileVersion: 2, databaseVersion: 3 },
});
