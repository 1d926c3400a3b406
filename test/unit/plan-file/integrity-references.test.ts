/**
 * How a plan file's records must point at each other, one bad reference per case: each file
 * is refused on import with a message naming the field and what is wrong with it. The base
 * file (makeFullPlanFile) holds every table, so each case breaks exactly one link.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { at, makeFullPlanFile, mutatedText } from './factories';

type Json = Record<string, unknown>;

const full = makeFullPlanFile();
/** The full file as JSON with `change` applied. Indices follow the ids: p-1 is products[0]. */
const broken = (change: (json: Json) => void) => mutatedText(change, full);

function refusal(text: string) {
  const result = parsePlanText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

describe('the full factory file', () => {
  it('is accepted, with every table holding records', () => {
    const result = parsePlanText(serializePlanFile(full));
    expect(result.ok ? result.file : result.problem).toEqual(full);
    for (const [table, records] of Object.entries(full)) {
      if (Array.isArray(records) && table !== 'deletions')
        expect(records.length).toBeGreaterThan(0);
    }
  });
});

describe('a plan file whose references do not hold is refused, saying where', () => {
  const cases: { name: string; change: (json: Json) => void; message: string; path: string }[] = [
    {
      name: 'feedback linked to a backlog item that is not there',
      change: (json) => (at(json, 'feedback', 0).backlogItemId = 'f-404'),
      message: 'feedback[0].backlogItemId: no backlog item in the file has the id "f-404".',
      path: 'feedback[0].backlogItemId',
    },
    {
      name: 'feedback linked to a product instead of a backlog item',
      change: (json) => (at(json, 'feedback', 0).backlogItemId = 'p-1'),
      message: 'feedback[0].backlogItemId: "p-1" is products[0], not a backlog item.',
      path: 'feedback[0].backlogItemId',
    },
    {
      name: 'feedback linked to the plan',
      change: (json) => (at(json, 'feedback', 0).backlogItemId = 'plan-1'),
      message: 'feedback[0].backlogItemId: "plan-1" is the plan, not a backlog item.',
      path: 'feedback[0].backlogItemId',
    },
    {
      name: 'feedback linked to a backlog item of another product',
      change: (json) => (at(json, 'feedback', 0).backlogItemId = 'f-2'),
      message:
        'feedback[0].backlogItemId: "f-2" (backlogItems[1]) is a backlog item of product "p-2", but this feedback entry belongs to product "p-1"; links stay within one product.',
      path: 'feedback[0].backlogItemId',
    },
    {
      name: 'feedback of a product that is not there',
      change: (json) => (at(json, 'feedback', 0).productId = 'p-404'),
      message: 'feedback[0].productId: no product in the file has the id "p-404".',
      path: 'feedback[0].productId',
    },
    {
      name: 'a backlog item planned for a milestone that is not there',
      change: (json) => (at(json, 'backlogItems', 0).milestoneId = 'm-404'),
      message: 'backlogItems[0].milestoneId: no milestone in the file has the id "m-404".',
      path: 'backlogItems[0].milestoneId',
    },
    {
      name: 'a backlog item whose release is a milestone',
      change: (json) => (at(json, 'backlogItems', 0).releaseId = 'm-1'),
      message: 'backlogItems[0].releaseId: "m-1" is milestones[0], not a release.',
      path: 'backlogItems[0].releaseId',
    },
    {
      name: 'a KPI value of a KPI that is not there',
      change: (json) => (at(json, 'kpiValues', 1).kpiId = 'k-404'),
      message: 'kpiValues[1].kpiId: no KPI in the file has the id "k-404".',
      path: 'kpiValues[1].kpiId',
    },
    {
      name: 'a KPI value recorded for another product than its KPI’s',
      change: (json) => (at(json, 'kpiValues', 0).productId = 'p-2'),
      message:
        'kpiValues[0].productId: this KPI value belongs to product "p-2", but its KPI "k-1" belongs to product "p-1"; it must belong to its KPI\'s product.',
      path: 'kpiValues[0].productId',
    },
    {
      name: 'a KPI of a product that is not there',
      change: (json) => (at(json, 'kpis', 0).productId = 'gone-1'),
      message: 'kpis[0].productId: no product in the file has the id "gone-1".',
      path: 'kpis[0].productId',
    },
    {
      name: 'a release of a product that is not there',
      change: (json) => (at(json, 'releases', 0).productId = 'p-404'),
      message: 'releases[0].productId: no product in the file has the id "p-404".',
      path: 'releases[0].productId',
    },
    {
      name: 'a stage template with an id of its own making',
      change: (json) => (at(json, 'stageTemplates', 0).id = 'launch-template'),
      message:
        'stageTemplates[0].id: the launch checklist template of this plan must have the id "plan-1:template:launch".',
      path: 'stageTemplates[0].id',
    },
    {
      name: 'a stage template under another stage’s id',
      change: (json) => (at(json, 'stageTemplates', 0).stage = 'growth'),
      message:
        'stageTemplates[0].id: the growth checklist template of this plan must have the id "plan-1:template:growth".',
      path: 'stageTemplates[0].id',
    },
    {
      name: 'a product linked to a persona that is not there',
      change: (json) => (at(json, 'products', 0).personaIds = ['persona-1', 'persona-404']),
      message: 'products[0].personaIds[1]: no persona in the file has the id "persona-404".',
      path: 'products[0].personaIds[1]',
    },
    {
      name: 'a product whose competitor is a persona',
      change: (json) => (at(json, 'products', 0).competitorIds = ['persona-1']),
      message: 'products[0].competitorIds[0]: "persona-1" is personas[0], not a competitor.',
      path: 'products[0].competitorIds[0]',
    },
    {
      name: 'a product that lists a persona twice',
      change: (json) => (at(json, 'products', 0).personaIds = ['persona-1', 'persona-1']),
      message:
        'products[0].personaIds[1]: "persona-1" is already listed at products[0].personaIds[0]; a product links to each persona once.',
      path: 'products[0].personaIds[1]',
    },
    {
      name: 'a deletion of a backlog item that is still there',
      change: (json) => (at(json, 'deletions', 0).id = 'f-2'),
      message:
        'deletions[0].id: the file says "f-2" was deleted, but backlogItems[1] still holds it.',
      path: 'deletions[0].id',
    },
  ];

  it.each(cases)('$name', ({ change, message, path }) => {
    expect(refusal(broken(change))).toEqual({ message, path });
  });
});
