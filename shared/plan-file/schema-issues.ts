/**
 * valibot's first issue as a plan-file problem: where it is and what was expected and found,
 * in words a product manager can act on (`products[12].stage: expected one of ideation, …;
 * found text "retired"`).
 */
import type * as v from 'valibot';
import { describeFound, formatPath } from './describe';
import { PLAN_FILE_VERSION, type PlanFileProblem } from './types';

const EXPECTED_TYPE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list ([…])',
  object: 'an object ({…})',
  strict_object: 'an object ({…})',
};

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}

/** `("ideation" | "development")` → `ideation, development` */
function choices(expected: string | null): string {
  return (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .replace(/"/g, '')
    .split(' | ')
    .join(', ');
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const found = describeFound(issue.input);
  if (issue.type === 'strict_object' && issue.path && issue.expected !== 'Object') {
    // A key problem: expected `never` means a key this version does not define.
    return issue.expected === 'never'
      ? `this field is not part of a version ${PLAN_FILE_VERSION} plan file`
      : 'this field is missing';
  }
  if (issue.type === 'picklist')
    return `expected one of ${choices(issue.expected)}; found ${found}`;
  if (issue.type === 'literal') return `expected ${issue.expected ?? ''}; found ${found}`;
  if (issue.kind === 'validation') return `${issue.message}; found ${found}`;
  const expected = EXPECTED_TYPE[issue.type] ?? issue.type;
  return `expected ${expected}; found ${found}`;
}

export function problemFromIssue(issue: v.BaseIssue<unknown>): PlanFileProblem {
  const path = formatPath(issuePath(issue));
  const detail = describeIssue(issue);
  if (path === '') return { message: `The plan file is not an object: ${detail}.` };
  return { message: `${path}: ${detail}.`, path };
}
