/**
 * The corpus in test/fixtures/bad-plans/: every file there must be refused with the message
 * listed here. A new file without an entry fails, so nothing is added untested.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanBytes } from '../../../shared/plan-file/parse';

const folder = join(import.meta.dirname, '../../fixtures/bad-plans');

const EXPECTED: Record<string, string> = {
  'not-json.lcplan':
    'The file is not valid JSON: unexpected "P" where a value should be at line 1, column 1.',
  'truncated.lcplan': 'The file is not valid JSON: unexpected end of data at line 52, column 1.',
  'invalid-utf8.lcplan':
    'The file is not valid UTF-8 text (byte 100). Plan files are UTF-8: open it in a text editor and save it again with the encoding UTF-8.',
  'bom.lcplan': 'The file starts with a byte-order mark.',
  'utf16-le-bom.lcplan':
    "The file is UTF-16 (little-endian) text (it starts with that encoding's byte-order mark). Plan files are UTF-8: open it in a text editor and save it again with the encoding UTF-8",
  'utf16-le.lcplan': 'The file looks like UTF-16 (little-endian) text',
  'utf16-be.lcplan': 'The file looks like UTF-16 (big-endian) text',
  'utf32-be-bom.lcplan': 'The file is UTF-32 (big-endian) text',
  'empty.lcplan': 'The file is empty.',
  'whitespace.lcplan': 'The file has only white space in it.',
  'wrong-format.lcplan':
    'This is not a Lifecycle Planner plan file (format is "trello"; expected "lifecycle-plan").',
  'newer-version.lcplan': 'Open it with a version of Lifecycle Planner newer than 0.3.0.',
  'missing-field.lcplan': 'products[1].stage: this field is missing.',
  'extra-field.lcplan': 'products[0].priority: this field is not part of a version 3 plan file.',
  'wrong-type.lcplan': 'products[0].archived: expected true or false; found text "no".',
  'unknown-stage.lcplan':
    'products[1].stage: expected one of ideation, development, launch, growth, maturity, decline; found text "retired".',
  'bad-date.lcplan': 'milestones[0].date: expected a calendar date written YYYY-MM-DD',
  'duplicate-ids.lcplan': 'products[1].id: the id "p-1" is already used by products[0];',
  'missing-reference.lcplan':
    'checklistItems[0].productId: no product in the file has the id "p-404".',
  'foreign-plan-id.lcplan':
    'milestones[0].planId: this record belongs to plan "plan-2", but the file is plan "plan-1".',
  'deleted-and-alive.lcplan':
    'deletions[0].id: the file says "p-2" was deleted, but products[1] still holds it.',
  'proto-key.lcplan': 'products[0].__proto__: the key "__proto__" is not allowed in a plan file',
  'constructor-key.lcplan': 'constructor: the key "constructor" is not allowed in a plan file',
  'deep-nesting.lcplan': 'the data is nested more than 64 levels deep',
  'dangling-feature-link.lcplan':
    'feedback[0].backlogItemId: no backlog item in the file has the id "f-404".',
  'bad-rice.lcplan':
    'backlogItems[0].effort: expected an effort of more than 0 person-months; found the number 0.',
  'nan-kpi.lcplan': 'kpiValues[0].value: expected a number; found text "NaN".',
};

const plans = readdirSync(folder).filter((name) => name.endsWith('.lcplan'));

describe('the bad-plans corpus', () => {
  it('has an expected message for every file, and a file for every message', () => {
    expect([...plans].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(plans)('%s is refused with the expected message', (name) => {
    const result = parsePlanBytes(new Uint8Array(readFileSync(join(folder, name))));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toContain(EXPECTED[name] ?? '(no entry)');
  });
});
