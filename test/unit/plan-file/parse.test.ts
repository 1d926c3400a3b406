import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { at, makePlanFile, mutatedText } from './factories';

const STAGE_LIST = 'ideation, development, launch, growth, maturity, decline';

function refusal(text: string) {
  const result = parsePlanText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

describe('parsePlanText accepts', () => {
  it('a file it wrote, unchanged and not migrated', () => {
    const file = makePlanFile();
    const result = parsePlanText(serializePlanFile(file));
    expect(result).toEqual({ ok: true, file, migratedFrom: null });
  });

  it('records in any order, and returns them sorted by id', () => {
    const text = mutatedText((json) => (json.products as unknown[]).reverse());
    const result = parsePlanText(text);
    expect(result.ok && result.file.products.map((p) => p.id)).toEqual(['p-1', 'p-2']);
  });

  it('timestamps with an offset and a leap day', () => {
    const text = mutatedText((json) => {
      at(json, 'products', 0).updatedAt = '2024-02-29T23:59:59+05:30';
      at(json, 'milestones', 0).date = '2024-02-29';
    });
    expect(parsePlanText(text).ok).toBe(true);
  });
});

describe('parsePlanText refuses, saying what and where', () => {
  const cases: { name: string; text: string; message: string; path?: string }[] = [
    { name: 'an empty file', text: '', message: 'The file is empty.' },
    { name: 'white space only', text: ' \n\t', message: 'The file is empty.' },
    {
      name: 'text that is not JSON',
      text: 'name: Portfolio',
      message:
        'The file is not valid JSON: unexpected "n" where a value should be at line 1, column 1.',
    },
    {
      name: 'a byte-order mark',
      text: `\uFEFF${serializePlanFile(makePlanFile())}`,
      message: 'The file starts with a byte-order mark.',
    },
    {
      name: 'a list at the top',
      text: '[]',
      message: 'This is not a Lifecycle Planner plan file: it holds a list instead of an object.',
    },
    {
      name: 'a wrong format',
      text: mutatedText((json) => (json.format = 'trello-board')),
      message:
        'This is not a Lifecycle Planner plan file (format is "trello-board"; expected "lifecycle-plan").',
      path: 'format',
    },
    {
      name: 'no format',
      text: JSON.stringify({ version: 1 }),
      message: 'This is not a Lifecycle Planner plan file (it has no format field;',
      path: 'format',
    },
    {
      name: 'a newer version',
      text: mutatedText((json) => (json.version = 4)),
      message:
        'This plan file is version 4, made by a newer app; Lifecycle Planner 0.3.0 reads up to version 3. Open it with a version of Lifecycle Planner newer than 0.3.0.',
      path: 'version',
    },
    {
      name: 'a version as text',
      text: mutatedText((json) => (json.version = '1')),
      message: 'version: expected a whole number such as 3; found text "1".',
      path: 'version',
    },
    {
      name: 'a fractional version',
      text: mutatedText((json) => (json.version = 1.5)),
      message: 'version: expected a whole number such as 3; found the number 1.5.',
      path: 'version',
    },
    {
      name: 'an older version with no migration',
      text: mutatedText((json) => (json.version = 0)),
      message:
        'This plan file is version 0, which this app cannot bring up to date (it reads versions 1 to 3).',
    },
    {
      name: 'a missing column',
      text: mutatedText((json) => {
        for (const product of json.products as Record<string, unknown>[]) delete product.stage;
      }),
      message: 'products.columns: the column "stage" is missing.',
      path: 'products.columns',
    },
    {
      name: 'a missing table',
      text: mutatedText((json) => delete json.milestones),
      message: 'milestones: this field is missing.',
      path: 'milestones',
    },
    {
      name: 'an extra column in a table',
      text: mutatedText((json) => (at(json, 'products', 0).colour = 'red')),
      message: 'products.columns: the column "colour" is not part of a version 3 plan file.',
      path: 'products.columns',
    },
    {
      name: 'an extra field at the top',
      text: mutatedText((json) => (json.exportedAt = '2026-03-01T09:00:00.000Z')),
      message: 'exportedAt: this field is not part of a version 3 plan file.',
      path: 'exportedAt',
    },
    {
      name: 'text for a boolean',
      text: mutatedText((json) => (at(json, 'products', 0).archived = 'yes')),
      message: 'products[0].archived: expected true or false; found text "yes".',
      path: 'products[0].archived',
    },
    {
      name: 'a string for the tags list',
      text: mutatedText((json) => (at(json, 'products', 0).tags = 'web, b2b')),
      message: 'products[0].tags: expected a list ([…]); found text "web, b2b".',
      path: 'products[0].tags',
    },
    {
      name: 'a number among the tags',
      text: mutatedText((json) => (at(json, 'products', 0).tags = ['web', 3])),
      message: 'products[0].tags[1]: expected text; found the number 3.',
      path: 'products[0].tags[1]',
    },
    {
      name: 'an object for a table',
      text: mutatedText((json) => (json.products = {})),
      message:
        'products: expected a table of columns and rows ({"columns": […], "rows": […]}); found an object.',
      path: 'products',
    },
    {
      name: 'null for the plan',
      text: mutatedText((json) => (json.plan = null)),
      message: 'plan: expected an object ({…}); found null.',
      path: 'plan',
    },
    {
      name: 'an unknown stage',
      text: mutatedText((json) => (at(json, 'products', 1).stage = 'retired')),
      message: `products[1].stage: expected one of ${STAGE_LIST}; found text "retired".`,
      path: 'products[1].stage',
    },
    {
      name: 'an unknown stage in the stage history',
      text: mutatedText((json) => {
        const history = at(json, 'products', 0).stageHistory as Record<string, unknown>[];
        (history[1] as Record<string, unknown>).stage = 'Development';
      }),
      message: `products[0].stageHistory[1].stage: expected one of ${STAGE_LIST}; found text "Development".`,
      path: 'products[0].stageHistory[1].stage',
    },
    {
      name: 'a timestamp on a day that does not exist',
      text: mutatedText((json) => (at(json, 'products', 0).updatedAt = '2026-02-30T10:00:00Z')),
      message:
        'products[0].updatedAt: expected a date and time in ISO 8601 (like 2026-03-01T09:00:00.000Z), from 1900-01-01 to 2199-12-31; found text "2026-02-30T10:00:00Z".',
      path: 'products[0].updatedAt',
    },
    {
      name: 'a timestamp without a time zone',
      text: mutatedText(
        (json) => ((json.plan as Record<string, unknown>).createdAt = '2026-03-01T09:00:00'),
      ),
      message: 'plan.createdAt: expected a date and time in ISO 8601',
      path: 'plan.createdAt',
    },
    {
      name: 'a milestone date that is not on the calendar',
      text: mutatedText((json) => (at(json, 'milestones', 0).date = '2026-02-29')),
      message:
        'milestones[0].date: expected a calendar date written YYYY-MM-DD (like 2026-03-01), from 1900-01-01 to 2199-12-31; found text "2026-02-29".',
      path: 'milestones[0].date',
    },
    {
      name: 'a blank product name',
      text: mutatedText((json) => (at(json, 'products', 0).name = '  \n ')),
      message: 'products[0].name: expected text that is not blank, at most 10,000 characters;',
      path: 'products[0].name',
    },
    {
      name: 'a product name over 10,000 characters',
      text: mutatedText((json) => (at(json, 'products', 0).name = 'x'.repeat(10_001))),
      message: 'products[0].name: expected text that is not blank, at most 10,000 characters;',
      path: 'products[0].name',
    },
    {
      name: 'an empty rank',
      text: mutatedText((json) => (at(json, 'checklistItems', 0).rank = '')),
      message:
        'checklistItems[0].rank: expected an order key of letters and digits (like "a0"), at most 1,000 characters; found text "".',
      path: 'checklistItems[0].rank',
    },
    {
      name: 'a deletion of an unknown table',
      text: mutatedText((json) => (at(json, 'deletions', 0).table = 'backlog')),
      message:
        'deletions[0].table: expected one of products, checklistItems, milestones, backlogItems, feedback, kpis, kpiValues, releases, experiments, personas, competitors, stageTemplates; found text "backlog".',
      path: 'deletions[0].table',
    },
    {
      name: 'two products with one id',
      text: mutatedText((json) => (at(json, 'products', 1).id = 'p-1')),
      message:
        'products[1].id: the id "p-1" is already used by products[0]; every record needs its own id.',
      path: 'products[1].id',
    },
    {
      name: 'one id in two tables',
      text: mutatedText((json) => (at(json, 'milestones', 0).id = 'p-2')),
      message: 'milestones[0].id: the id "p-2" is already used by products[1];',
      path: 'milestones[0].id',
    },
    {
      name: 'a record with the plan’s id',
      text: mutatedText((json) => (at(json, 'checklistItems', 0).id = 'plan-1')),
      message: 'checklistItems[0].id: the id "plan-1" is already used by the plan;',
      path: 'checklistItems[0].id',
    },
    {
      name: 'a checklist item of a missing product',
      text: mutatedText((json) => (at(json, 'checklistItems', 0).productId = 'p-404')),
      message: 'checklistItems[0].productId: no product in the file has the id "p-404".',
      path: 'checklistItems[0].productId',
    },
    {
      name: 'a milestone of a missing product',
      text: mutatedText((json) => (at(json, 'milestones', 0).productId = 'gone-1')),
      message: 'milestones[0].productId: no product in the file has the id "gone-1".',
      path: 'milestones[0].productId',
    },
    {
      name: 'a deletion of a record that is still there',
      text: mutatedText((json) => (at(json, 'deletions', 0).id = 'p-2')),
      message: 'deletions[0].id: the file says "p-2" was deleted, but products[1] still holds it.',
      path: 'deletions[0].id',
    },
    {
      name: 'the same deletion twice',
      text: mutatedText((json) => {
        const deletions = json.deletions as unknown[];
        deletions.push({ ...(deletions[0] as object), deletedAt: '2026-03-05T00:00:00.000Z' });
      }),
      message: 'deletions[1].id: the deletion of "gone-1" is already recorded at deletions[0].',
      path: 'deletions[1].id',
    },
  ];

  it.each(cases)('$name', ({ text, message, path }) => {
    const problem = refusal(text);
    expect(problem.message).toContain(message);
    expect(problem.path).toBe(path);
  });
});
