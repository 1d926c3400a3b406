/** Products: the cards of the board, and the root every product-scoped record belongs to. */
import * as v from 'valibot';
import type { Product } from '../domain/product';
import { addVisionToProduct, addWorkspaceFieldsToProduct } from '../storage/upgrades';
import { MAX_VISION_LENGTH } from '../domain/vision';
import { DECLINE_CHOICES } from '../domain/workspace';
import {
  calendarDate,
  history,
  ids,
  label,
  longText,
  name,
  rank,
  recordBase,
  stage,
  stamps,
  tags,
  timestamp,
} from './fields';
import { defineKind, type SchemaMatches } from './kind';

export const stageEntrySchema = v.strictObject({ stage, enteredAt: timestamp });
export const plannedStageSchema = v.strictObject({ stage, plannedOn: calendarDate });
export const declineDecisionSchema = v.strictObject({
  choice: v.picklist(DECLINE_CHOICES),
  rationale: longText,
  decidedOn: calendarDate,
});

const schema = v.strictObject({
  ...recordBase,
  name,
  summary: longText,
  owner: label,
  tags,
  stage,
  rank,
  stageHistory: history(stageEntrySchema),
  archived: v.boolean(),
  personaIds: ids,
  competitorIds: ids,
  decision: v.nullable(declineDecisionSchema),
  plannedStages: history(plannedStageSchema),
  vision: v.pipe(
    v.string(),
    v.check(
      (text) => text.length <= MAX_VISION_LENGTH && !/[\r\n]/.test(text),
      `expected one line of at most ${MAX_VISION_LENGTH} characters`,
    ),
  ),
  targetCustomer: longText,
  problem: longText,
  strategy: longText,
  strategyStage: v.nullable(stage),
  ...stamps,
});
const matches: SchemaMatches<typeof schema, Product> = true;
void matches;

export const productKind = defineKind<Product>()({
  table: 'products',
  noun: 'product',
  label: 'Products',
  scope: 'plan',
  schema,
  indexes: 'id, planId, [planId+stage], updatedAt',
  links: [
    { field: 'personaIds', target: 'personas', required: false, list: true },
    { field: 'competitorIds', target: 'competitors', required: false, list: true },
  ],
  fieldLabels: {
    name: 'Name',
    summary: 'Summary',
    owner: 'Owner',
    tags: 'Tags',
    stage: 'Stage',
    rank: 'Place in its stage',
    stageHistory: 'Stage history',
    archived: 'Archived',
    personaIds: 'Personas',
    competitorIds: 'Competitors',
    decision: 'Decline decision',
    plannedStages: 'Planned stages',
    vision: 'Vision',
    targetCustomer: 'Target customer',
    problem: 'Problem',
    strategy: 'Strategy',
    strategyStage: 'Strategy written for',
  },
  // A move sets all three: the history's last entry is the stage, the rank is within it.
  // The strategy and the stage it was written for are saved together.
  mergeGroups: [
    ['stage', 'stageHistory', 'rank'],
    ['strategy', 'strategyStage'],
  ],
  describe: (product) => product.name,
  since: { fileVersion: 1, databaseVersion: 1 },
  upgrades: [
    { fileVersion: 2, databaseVersion: 3, upgrade: addWorkspaceFieldsToProduct },
    { fileVersion: 3, databaseVersion: 5, upgrade: addVisionToProduct },
  ],
});
