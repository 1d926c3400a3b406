/**
 * A plan's text as exports, backups and shared copies keep it: made part by part into a Blob
 * with its fingerprint, it is byte for byte the file the serializer writes, with whatever base
 * is filled in, and its fingerprint is the hash of that file written without a base.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, textWithBase, unbasedText } from '../../../shared/plan-file/fingerprint';
import { planFileChunks, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { planFileArb } from './arbitraries';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The same plan with every table in reverse order: the text must not depend on it. */
const reversed = (file: PlanFile): PlanFile =>
  Object.fromEntries(
    Object.entries(file).map(([key, value]) => [
      key,
      Array.isArray(value) ? [...value].reverse() : value,
    ]),
  ) as unknown as PlanFile;

describe('a plan’s text kept as a Blob', () => {
  it('is the serialized file with its base, and hashes to the plan’s fingerprint', async () => {
    const baseArb = fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null });
    await fc.assert(
      fc.asyncProperty(planFileArb(), baseArb, async (file, base) => {
        const text = unbasedText(reversed(file));
        const unbased = serializePlanFile({ ...file, base: null });
        expect(text.fingerprint).toBe(sha256(unbased));
        expect(fingerprintOf(file)).toBe(text.fingerprint);
        expect(await textWithBase(text, base).text()).toBe(serializePlanFile({ ...file, base }));
        expect(textWithBase(text, base, 'application/x-lifecycle-plan').type).toBe(
          'application/x-lifecycle-plan',
        );
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every part of a plan too large for one part, in order', async () => {
    // Past a megabyte of text: the rows are split over several parts.
    const withProduct = planFileArb().filter((f) => f.products.length > 0);
    const [file] = fc.sample(withProduct, { numRuns: 1, seed: 7 });
    const product = file?.products[0];
    if (!file || !product) throw new Error('no plan with a product');
    const many: PlanFile = {
      ...file,
      products: Array.from({ length: 3_000 }, (_, i) => ({
        ...product,
        id: `p-${String(i).padStart(5, '0')}`,
        summary: `Ünïcode summary ${i} `.repeat(20),
      })),
    };
    expect([...planFileChunks(many)].length).toBeGreaterThan(1);
    const text = unbasedText(many);
    expect(await textWithBase(text, null).text()).toBe(serializePlanFile({ ...many, base: null }));
  });
});
