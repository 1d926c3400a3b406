/**
 * Two PMs' copies of one base plan, each edited on its own (see ./edits.ts), for merge
 * property tests here and in the database tests.
 */
import fc from 'fast-check';
import { planFileArb, timestampArb } from './arbitraries';
import { editCopy, type SideEdits } from './edits';

const EDITS_FROM = new Date('2024-01-01T00:00:00.000Z');
const EDITS_TO = new Date('2025-12-31T00:00:00.000Z');
export const editTime = timestampArb(EDITS_FROM, EDITS_TO);

type Owner = 'A' | 'B' | 'both' | 'none';

/**
 * A base plan and two copies edited from it; `owners` says who touches each product and
 * who touches the plan-wide records (personas, competitors, stage templates).
 */
export function twoCopies(owners: fc.Arbitrary<Owner>) {
  return planFileArb()
    .chain((base) =>
      fc.record({
        base: fc.constant(base),
        owners: fc.array(owners, {
          minLength: base.products.length,
          maxLength: base.products.length,
        }),
        sharedOwner: owners,
        seeds: fc.tuple(fc.integer(), fc.integer()),
        // Equal times happen: both sides may stamp the same instant.
        times: fc.oneof(
          fc.tuple(editTime, editTime),
          editTime.map((t) => [t, t] as [string, string]),
        ),
        renamePlan: fc.constantFrom<'A' | 'B' | 'none' | 'both'>('A', 'B', 'none', 'both'),
      }),
    )
    .map(({ base, owners: ownerList, sharedOwner, seeds, times, renamePlan }) => {
      const ownerOf = new Map(base.products.map((p, i) => [p.id, ownerList[i] ?? 'none']));
      const isOwner = (owner: Owner | undefined, side: 'A' | 'B') =>
        owner === side || owner === 'both';
      const copy = (side: 'A' | 'B', seed: number, at: string): SideEdits =>
        editCopy(base, {
          side,
          seed,
          at,
          owns: (id) => isOwner(ownerOf.get(id), side),
          ownsShared: isOwner(sharedOwner, side),
          renamePlan: renamePlan === side || renamePlan === 'both',
        });
      return { base, a: copy('A', seeds[0], times[0]), b: copy('B', seeds[1], times[1]) };
    });
}

export const disjoint = twoCopies(fc.constantFrom<Owner>('A', 'B', 'none'));
export const overlapping = twoCopies(fc.constantFrom<Owner>('A', 'B', 'both', 'none'));
