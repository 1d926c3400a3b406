/**
 * The check main makes before keeping a backup, run the way the app runs it: in a worker
 * thread started from the bundle build/build-electron.mjs writes.
 */
import { diskText, planRecords } from '../../support/plan-json';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildElectron } from '../../../build/build-electron.mjs';
import { checkPlanText, createWorkerPlanChecker } from '../../../electron/main/files/plan-check';
import { planText } from './plan-texts';

let out: string;
let workerFile: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'plan-check-'));
  await buildElectron(out);
  workerFile = join(out, 'electron', 'main', 'plan-check-worker.cjs');
}, 60_000);
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('the plan check in a worker thread', () => {
  test('a plan comes back with its id, name and product count', async () => {
    const check = createWorkerPlanChecker(workerFile);
    await expect(check(planText('plan-7', 'Portfolio 2026', 3))).resolves.toEqual({
      ok: true,
      planId: 'plan-7',
      planName: 'Portfolio 2026',
      products: 3,
    });
  });

  test('text that is not a plan comes back with the parser’s message and where', async () => {
    const check = createWorkerPlanChecker(workerFile);
    const json = planRecords(planText('plan-7', 'Portfolio', 1));
    (json.products as Record<string, unknown>[])[0] = {
      ...(json.products as Record<string, unknown>[])[0],
      stage: 'beta',
    };
    const text = diskText(json);
    const result = await check(text);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('products[0].stage') });
    expect(result).toEqual(checkPlanText(text));
  });

  test('checks run side by side, each getting its own answer', async () => {
    const check = createWorkerPlanChecker(workerFile);
    const results = await Promise.all(
      [1, 2, 3].map((n) => check(planText(`plan-${String(n)}`, `Plan ${String(n)}`, n))),
    );
    expect(results.map((result) => (result.ok ? result.products : -1))).toEqual([1, 2, 3]);
  });

  test('a worker that cannot start gives a refusal, not a crash', async () => {
    const check = createWorkerPlanChecker(join(out, 'no-such-worker.cjs'));
    await expect(check(planText('plan-7', 'Portfolio', 1))).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(
        /^the check (failed|could not start|stopped early)/,
      ) as unknown,
    });
  });
});
