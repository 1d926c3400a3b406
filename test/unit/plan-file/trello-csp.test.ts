/**
 * The renderer's CSP has no 'unsafe-eval', so reading a Trello export must never construct a
 * Function from text (zod does unless told to be jitless). Its own file, so the module is
 * first loaded here, after the watch is set, and schema construction is covered too.
 */
import { afterEach, expect, it } from 'vitest';
import { FIXTURE_NAMES, loadFixture } from './trello-factories';

const RealFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = RealFunction;
});

it('builds and runs the Trello schema without `new Function`', async () => {
  const compiled: string[] = [];
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: unknown[]) {
      compiled.push(args.map(String).join(' ').slice(0, 80));
      return Reflect.construct(target, args) as object;
    },
  });
  const { readTrelloBoard } = await import('../../../shared/plan-file/trello');
  for (const name of FIXTURE_NAMES) expect(readTrelloBoard(loadFixture(name)).ok).toBe(true);
  expect(readTrelloBoard({ lists: 'no', cards: [] }).ok).toBe(false);
  expect(compiled).toEqual([]);
});
