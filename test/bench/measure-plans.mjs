/**
 * Whole-plan operations on the loaded plan: merging the same file in, replacing the plan with
 * it, restoring a backup, switching plans, what the backups take once the bench's edits are
 * backed up, and a cold start in a new tab. Each records its longest main-thread task, and the
 * heavy ones the peak of JS + embedder heap of the page and its workers.
 */
/* global window */
import { setTimeout as sleep } from 'node:timers/promises';
import { countBackups } from './in-page.mjs';
import { hidePageForBackups, storedBackupBytes } from './in-page-extra.mjs';
import { memoryProbe } from './memory.mjs';
import { longestTask, within } from './limits.mjs';

const now = (p) => p.evaluate(() => performance.now());

/** Imports the bench's file again in `mode` (merge or replace) through the preview. */
async function importAgain(ctx, option, toast) {
  const { limit, plan } = ctx;
  const p = await ctx.page();
  const choosing = p.waitForEvent('filechooser', { timeout: limit.page });
  choosing.catch(() => undefined);
  await p.getByRole('button', { name: 'File', exact: true }).click({ timeout: limit.page });
  await p.getByRole('menuitem', { name: 'Import plan…' }).click({ timeout: limit.page });
  await (await choosing).setFiles(plan.path);
  const radio = p.getByRole('radio', { name: option });
  await within(limit.import, 'the preview', radio.waitFor({ timeout: limit.import }));
  await radio.check();
  const memory = await memoryProbe(p);
  await memory.start();
  try {
    const from = await now(p);
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    const done = p.locator('.toast-message', { hasText: toast });
    await within(limit.import, 'the import', done.waitFor({ timeout: limit.import }));
    const to = await now(p);
    return {
      ms: to - from,
      longest: await longestTask(p, option, from, to),
      peak: await memory.stop(),
    };
  } finally {
    await memory.detach();
  }
}

async function switchTo(p, limit, name, expected) {
  await p.getByRole('button', { name: /^Plan: / }).click({ timeout: limit.page });
  const from = await now(p);
  await p.getByRole('menuitemradio', { name, exact: true }).click({ timeout: limit.page });
  if (expected) {
    await p.waitForFunction((e) => window.__bench.boardMatches(e), expected, {
      timeout: limit.render,
      polling: 50,
    });
  } else {
    await p.locator('section[data-stage]').first().waitFor({ timeout: limit.render });
  }
  return (await now(p)) - from;
}

export async function measurePlanOperations(ctx) {
  const { step, limit, plan } = ctx;
  await step('merge of the same file', ['mergeMs'], async () => {
    const r = await importAgain(ctx, /^Merge into/, /^Merged/);
    return { mergeMs: r.ms, longestTaskMergeMs: r.longest, heapPeakMergeMB: r.peak };
  });
  await step('replace with the same file', ['replaceMs'], async () => {
    const r = await importAgain(ctx, /^Replace/, /^Replaced with/);
    return { replaceMs: r.ms, longestTaskReplaceMs: r.longest, heapPeakReplaceMB: r.peak };
  });
  await step('restore the newest backup as a new plan', ['restoreBackupMs'], async () => {
    const p = await ctx.page();
    await p.getByRole('button', { name: 'File', exact: true }).click({ timeout: limit.page });
    await p.getByRole('menuitem', { name: 'Restore from backup…' }).click();
    const button = p.getByRole('button', { name: 'Restore as new plan' }).first();
    await button.waitFor({ timeout: limit.render });
    const memory = await memoryProbe(p);
    await memory.start();
    try {
      const from = await now(p);
      await button.click();
      await within(
        limit.import,
        'the restore',
        p.locator('.toast-message', { hasText: /^Restored/ }).waitFor({ timeout: limit.import }),
      );
      const to = await now(p);
      return {
        restoreBackupMs: to - from,
        longestTaskRestoreMs: await longestTask(p, 'restore', from, to),
        heapPeakRestoreMB: await memory.stop(),
      };
    } finally {
      await memory.detach();
    }
  });
  await step('switch to the big plan', ['switchPlanMs'], async () => {
    const p = await ctx.page();
    return { switchPlanMs: await switchTo(p, limit, plan.planName, plan.expected) };
  });
}

/** Backs up every pending edit now, then adds up what the backups take. */
export async function measureBackupsStored(ctx) {
  const { step, limit } = ctx;
  await step('backups stored after the edits', ['backupStoredMB'], async () => {
    const p = await ctx.page();
    const before = await p.evaluate(countBackups);
    const from = await now(p);
    await p.evaluate(hidePageForBackups);
    // The flush writes one backup per changed plan; wait until the count stops changing.
    let count = before;
    let stableSince = Date.now();
    const deadline = Date.now() + limit.backup * 2;
    while (Date.now() < deadline && Date.now() - stableSince < 5_000) {
      await sleep(250);
      const next = await p.evaluate(countBackups);
      if (next !== count) {
        count = next;
        stableSince = Date.now();
      }
    }
    const to = await now(p);
    const stored = await p.evaluate(storedBackupBytes);
    return {
      backupStoredMB: stored.bytes / 2 ** 20,
      backupCount: stored.count,
      longestTaskFlushMs: await longestTask(p, 'flush', from, to),
    };
  });
}

/** A new tab on the loaded plan: navigation to the painted board. */
export async function measureColdStart(ctx) {
  const { step, limit, plan, watched, run } = ctx;
  await step('cold start in a new tab', ['coldStartMs'], async () => {
    const p = await ctx.page();
    await p.evaluate(
      (expected) => window.localStorage.setItem('__bench_render', JSON.stringify(expected)),
      plan.expected,
    );
    await within(15_000, 'closing the page', p.close());
    const fresh = await p.context().newPage();
    run.page = fresh;
    await fresh.goto(ctx.baseUrl, { timeout: limit.page, waitUntil: 'commit' });
    const state = await watched(fresh, 'render', limit.render, 'the board in a new tab');
    return { coldStartMs: state.paintedAt };
  });
}
