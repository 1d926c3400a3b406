/**
 * A merge's result is a plan file as the reader and the database give one: records sorted by
 * id, keys in schema order, sets of links sorted, whether a record came from either side
 * unchanged, was merged field by field, or lost a link to a record that went. Diffs and
 * fingerprints compare it with stored plans, so its shape must not depend on how it was made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePlanFiles } from '../../../shared/plan-file/merge';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import { overlapping } from './two-copies';

describe('the shape of a merge’s result', () => {
  it('is the canonical plan file of its own records, with or without a base', () => {
    fc.assert(
      fc.property(overlapping, fc.boolean(), ({ base, a, b }, withBase) => {
        const { result } = mergePlanFiles(a.file, b.file, { base: withBase ? base : null });
        expect(JSON.stringify(result)).toBe(JSON.stringify(buildPlanFile(result)));
      }),
      { numRuns: 150 },
    );
  });
});
