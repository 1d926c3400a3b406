/** Stage templates: the checklist a product gets on entering a stage, editable per plan. */
import * as v from 'valibot';
import { MAX_TEMPLATE_ITEMS } from '../domain/playbook';
import { templateId, type StageTemplate } from '../domain/workspace';
import { name, recordBase, stage, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

const schema = v.strictObject({
  ...recordBase,
  stage,
  items: v.pipe(
    v.array(name),
    v.check(
      (items) => items.length <= MAX_TEMPLATE_ITEMS,
      `expected at most ${MAX_TEMPLATE_ITEMS} items`,
    ),
  ),
  ...stamps,
});
const matches: SchemaMatches<typeof schema, StageTemplate> = true;
void matches;

export const stageTemplateKind = defineKind<StageTemplate>()({
  table: 'stageTemplates',
  noun: 'stage template',
  label: 'Checklist templates',
  scope: 'plan',
  schema,
  indexes: 'id, planId',
  links: [],
  fieldLabels: { stage: 'Stage', items: 'Items' },
  describe: (template) => `${template.stage} checklist template`,
  // One per plan and stage, so two copies that both edit a template merge as one record.
  derivedId: (template) => templateId(template.planId, template.stage),
  since: { fileVersion: 2, databaseVersion: 3 },
});
