/**
 * The export, beside its floor: a raw read of every store of the plan out of the app's
 * database plus JSON.stringify. Also records the longest main-thread task from the click to
 * the file's Blob and the peak heap of the page and its workers meanwhile.
 */
/* global window */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { measureReadFloor } from './in-page-extra.mjs';
import { longestTask, within } from './limits.mjs';
import { memoryProbe } from './memory.mjs';

export async function measureExport(ctx) {
  const { step, limit, plan, needsImport } = ctx;
  await step('export floor (read every store + stringify)', ['exportReadFloorMs'], async () => {
    needsImport();
    const p = await ctx.page();
    const floor = await within(
      limit.export,
      'the export floor',
      p.evaluate(measureReadFloor, { stores: plan.stores }),
    );
    return { exportReadFloorMs: floor.totalMs, exportReadOnlyMs: floor.readMs };
  });

  await step('export', ['exportMs', 'exportMatchesFile'], async () => {
    needsImport();
    const p = await ctx.page();
    await p.evaluate(() => (window.__bench.blobAt = null));
    const memory = await memoryProbe(p);
    await memory.start();
    const downloading = p.waitForEvent('download', { timeout: limit.export });
    downloading.catch(() => undefined); // awaited below; this keeps a failed click from crashing
    await p.getByRole('button', { name: 'File', exact: true }).click({ timeout: limit.export });
    const clickedAt = await p.getByRole('menuitem', { name: 'Export plan…' }).evaluate(
      (button) => {
        const at = performance.now();
        button.click();
        return at;
      },
      undefined,
      { timeout: limit.export },
    );
    const download = await within(limit.export, 'the export', downloading);
    const blobAt = await p.evaluate(() => window.__bench.blobAt);
    const heapPeakExportMB = await memory.stop();
    await memory.detach();
    const longestTaskExportMs = await longestTask(p, 'export', clickedAt, blobAt);
    const saved = await within(limit.export, 'saving the download', download.path());
    const digest = createHash('sha256').update(readFileSync(saved)).digest('hex');
    return {
      exportMs: blobAt - clickedAt,
      exportMatchesFile: digest === plan.sha256,
      longestTaskExportMs,
      heapPeakExportMB,
    };
  });
}
