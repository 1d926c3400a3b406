/**
 * The measurements of one plan size, in one browser profile, in the order a user would meet
 * them: floors, import, export, a reload, heap, search, drag. Every step has a time limit;
 * a step that misses it is recorded as not measured, with the reason, and the page that
 * hung is replaced so the steps after it still run.
 */
/* global window */
import { setTimeout as sleep } from 'node:timers/promises';
import { measureDrag } from './drag.mjs';
import { countBackups, installProbes, measureFloors, writePlanToApp } from './in-page.mjs';
import { longestTask, StepTimeout, watched, within } from './limits.mjs';
import { memoryProbe } from './memory.mjs';
import { measureExport } from './measure-export.mjs';
import { measureBackupsStored, measureColdStart, measurePlanOperations } from './measure-plans.mjs';
import { measureTyping } from './measure-typing.mjs';
import { profileSearchKeys } from './search-profile.mjs';
import { measureDragAcross, measureViews } from './measure-views.mjs';

/** Time limits per step for S; M and L multiply them (see SCALE). */
const LIMITS = {
  page: 30_000,
  floors: 30_000,
  import: 40_000,
  backup: 20_000,
  export: 20_000,
  render: 20_000,
  heap: 20_000,
  search: 10_000,
  drag: 20_000,
};
const SCALE = { S: 1, M: 4, L: 20 };
/** The app writes its automatic backup once editing has paused this long (auto-backup.ts). */
const BACKUP_IDLE_MS = 20_000;

export async function measureSize(context, baseUrl, plan) {
  const limit = Object.fromEntries(
    Object.entries(LIMITS).map(([k, ms]) => [k, ms * SCALE[plan.size]]),
  );
  const run = { page: null, metrics: {}, notMeasured: {} };
  context.setDefaultTimeout(limit.page);
  await context.addInitScript(installProbes);

  let imported = false;
  /** The current page, or a new one showing the app (and the plan, once imported). */
  async function page() {
    if (run.page && !run.page.isClosed()) return run.page;
    const fresh = await context.newPage();
    run.page = fresh;
    await fresh.goto(baseUrl, { timeout: limit.page });
    await fresh.getByRole('region', { name: /^Ideation/ }).waitFor({ timeout: limit.page });
    if (imported) {
      const showing = fresh.waitForFunction((e) => window.__bench.boardMatches(e), plan.expected, {
        timeout: limit.render,
        polling: 250,
      });
      await within(limit.render, 'the board on a new page', showing);
    }
    return fresh;
  }

  /** With --only, the steps asked for, plus what loads the plan for them. */
  const wanted = (keys) =>
    !plan.only ||
    keys[0] === 'writtenDirectlyMs' ||
    keys.some((key) => plan.only.some((name) => key.startsWith(name)));

  async function step(what, keys, measure) {
    if (!wanted(keys)) return;
    const started = Date.now();
    try {
      const values = await measure();
      Object.assign(run.metrics, values);
      const main = values[keys[0]];
      const shown = typeof main === 'number' ? main.toFixed(1) : String(main);
      // The step's other figures too (its heap peak, its longest task), as a partial run
      // prints no table row for each.
      const others = Object.entries(values)
        .filter(([key, value]) => key !== keys[0] && typeof value === 'number')
        .map(([key, value]) => ` · ${key} ${Math.round(value)}`)
        .join('');
      console.log(`  ${what}: ${shown} (${((Date.now() - started) / 1000).toFixed(1)} s)${others}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      for (const key of keys) {
        run.metrics[key] = null;
        run.notMeasured[key] = reason;
      }
      console.log(`  ${what}: not measured: ${reason}`);
      if (error instanceof StepTimeout && run.page) {
        // The page may be stuck; a fresh one lets the next steps run.
        const stuck = run.page;
        run.page = null;
        await within(15_000, 'closing the page', stuck.close()).catch(() => undefined);
      }
    }
  }

  const floorKeys = [
    'importFloorMs',
    'exportFloorMs',
    'parseFloorMs',
    'putFloorMs',
    'importNoIndexFloorMs',
  ];
  await step('floors', floorKeys, async () => {
    const p = await page();
    const f = await within(
      limit.floors,
      'the floor measurements',
      p.evaluate(measureFloors, { url: plan.url, stores: plan.stores, repeat: plan.repeat }),
    );
    // A clean heap for the import: the floors held the whole plan twice.
    await p.reload({ timeout: limit.page });
    await p.getByRole('region', { name: /^Ideation/ }).waitFor({ timeout: limit.page });
    return {
      importFloorMs: f.parseMs + f.putMs,
      exportFloorMs: f.stringifyMs,
      parseFloorMs: f.parseMs,
      putFloorMs: f.putMs,
      importNoIndexFloorMs: f.parseMs + f.putNoIndexMs,
    };
  });

  let backupsBefore = 0;
  await step('import', ['importMs', 'importPreviewMs'], async () => {
    if (!plan.importThroughApp) throw new Error('skipped (--no-import)');
    const p = await page();
    backupsBefore = await p.evaluate(countBackups);
    await p.evaluate((expected) => {
      window.__bench.fileChosenAt = null;
      window.__bench.importing = window.__bench.watchBoard(expected, true);
    }, plan.expected);
    const choosing = p.waitForEvent('filechooser', { timeout: limit.page });
    choosing.catch(() => undefined); // awaited below; this keeps a failed click from crashing
    await p.getByRole('button', { name: 'File', exact: true }).click({ timeout: limit.page });
    await p.getByRole('menuitem', { name: 'Import plan…' }).click({ timeout: limit.page });
    const memory = await memoryProbe(p);
    await memory.start();
    try {
      await (await choosing).setFiles(plan.path);
      const state = await watched(p, 'importing', limit.import, 'the import');
      const chosenAt = await p.evaluate(() => window.__bench.fileChosenAt);
      imported = true;
      const longestTaskImportMs = await longestTask(p, 'import', state.previewAt, state.paintedAt);
      return {
        importMs: state.paintedAt - chosenAt,
        importPreviewMs: state.previewAt - chosenAt,
        longestTaskImportMs,
        heapPeakImportMB: await memory.stop(),
      };
    } finally {
      await memory.detach();
    }
  });
  let written = false;
  if (!imported) {
    await step('plan written straight to IndexedDB instead', ['writtenDirectlyMs'], async () => {
      const p = await page();
      const started = Date.now();
      const { url, keptUrl, stores } = plan;
      const writing = p.evaluate(writePlanToApp, { url, keptUrl, stores });
      await within(limit.import, 'writing the plan', writing);
      // The app's live queries do not see writes made past Dexie: reload, then open the plan.
      await p.reload({ timeout: limit.page });
      await p.getByRole('button', { name: /^Plan: / }).click({ timeout: limit.render });
      await p.getByRole('menuitemradio', { name: plan.planName }).click({ timeout: limit.page });
      const showing = p.waitForFunction((e) => window.__bench.boardMatches(e), plan.expected, {
        timeout: limit.render,
        polling: 250,
      });
      await within(limit.render, 'the board', showing);
      written = true;
      return { writtenDirectlyMs: Date.now() - started };
    });
  }
  const needsImport = () => {
    if (!imported && !written) throw new Error('the plan could not be loaded, so not measured');
  };

  // The app backs a changed plan up once editing pauses; waiting for it keeps that work out
  // of the export and drag figures (and times it, as an extra).
  await step('automatic backup after import', ['backupAfterImportMs'], async () => {
    if (!imported) throw new Error('no import, so no automatic backup');
    const p = await page();
    const started = Date.now();
    const from = await p.evaluate(() => performance.now());
    const deadline = started + BACKUP_IDLE_MS + limit.backup;
    const memory = await memoryProbe(p);
    await memory.start();
    try {
      while (Date.now() < deadline) {
        if (
          (await within(limit.backup, 'counting backups', p.evaluate(countBackups))) > backupsBefore
        ) {
          const longestTaskBackupMs = await longestTask(p, 'backup', from);
          return {
            backupAfterImportMs: Date.now() - started,
            longestTaskBackupMs,
            heapPeakBackupMB: await memory.stop(),
          };
        }
        await sleep(250);
      }
    } finally {
      await memory.detach();
    }
    throw new StepTimeout(`no automatic backup within ${(deadline - started) / 1000} s`);
  });

  await measureExport({ page, step, limit, plan, needsImport });

  await step('board first render after reload', ['renderMs'], async () => {
    needsImport();
    const p = await page();
    await p.evaluate(
      (expected) => sessionStorage.setItem('__bench_render', JSON.stringify(expected)),
      plan.expected,
    );
    await within(limit.render, 'the reload', p.reload({ waitUntil: 'commit', timeout: 0 }));
    const state = await watched(p, 'render', limit.render, 'the board after the reload');
    return { renderMs: state.paintedAt };
  });

  await step('JS heap after load', ['heapMB'], async () => {
    needsImport();
    const p = await page();
    const cdp = await p.context().newCDPSession(p);
    try {
      await within(limit.heap, 'garbage collection', cdp.send('HeapProfiler.collectGarbage'));
      const usage = await within(limit.heap, 'the heap size', cdp.send('Runtime.getHeapUsage'));
      const memory = await memoryProbe(p);
      const heapSteadyMB = await within(limit.heap, 'the steady heap', memory.steady());
      await memory.detach();
      return { heapMB: usage.usedSize / 2 ** 20, heapSteadyMB };
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  });

  await step(`search for "${plan.searchTerm}"`, ['searchMs'], async () => {
    needsImport();
    const p = await page();
    const type = (term, expected) =>
      p.evaluate(([t, e]) => window.__bench.typeSearch(t, e), [term, expected]);
    await type(plan.searchTerm, plan.searchExpected);
    const state = await watched(p, 'search', limit.search, 'the search');
    await type('', plan.expected);
    await watched(p, 'search', limit.search, 'clearing the search');
    return { searchMs: state.paintedAt - state.startedAt };
  });

  const everythingKeys = [
    'searchIndexMs',
    'searchKeyP50Ms',
    'searchKeyP95Ms',
    'searchKeyMaxMs',
    'boardKeyP50Ms',
    'boardKeyP95Ms',
    'boardKeyMaxMs',
    'longestTaskSearchMs',
  ];
  await step(`search everything for "${plan.everythingTerm}"`, everythingKeys, async () => {
    needsImport();
    const p = await page();
    const type = (term) =>
      within(
        limit.search,
        `typing "${term}"`,
        p.evaluate(([t, ms]) => window.__bench.typeEverything(t, ms), [term, limit.search]),
      );
    const from = await p.evaluate(() => performance.now());
    // The first letter waits for the search worker to read the plan: timed on its own.
    const [cold] = await type('x');
    // Typed twice (the second time as a user correcting a word), for more letters to rank.
    const letters = [...(await type(plan.everythingTerm)), ...(await type(plan.everythingTerm))];
    const settled = p.waitForFunction((e) => window.__bench.boardMatches(e), plan.expected, {
      timeout: limit.search,
      polling: 250,
    });
    await within(limit.search, 'the board after the search', settled);
    const results = ranked(letters.map((l) => l.results));
    const board = ranked(letters.map((l) => l.board));
    return {
      searchIndexMs: cold.results,
      searchKeyP50Ms: results(0.5),
      searchKeyP95Ms: results(0.95),
      searchKeyMaxMs: results(1),
      boardKeyP50Ms: board(0.5),
      boardKeyP95Ms: board(0.95),
      boardKeyMaxMs: board(1),
      longestTaskSearchMs: await longestTask(p, 'search', from),
    };
  });

  // Traced, so slower than the figures above: only when asked for by name, and never recorded.
  if (plan.only?.some((name) => name.startsWith('searchProfile'))) {
    await step(
      `search profile of "${plan.everythingTerm}"`,
      ['searchProfileBoardMaxMs'],
      async () => profileSearchKeys(await page(), plan.everythingTerm, limit.search),
    );
  }

  const dragKeys = [
    'dragP95Ms',
    'dragP50Ms',
    'dragFrames',
    'dragMoves',
    'dragMoveMs',
    'idleFrameP50Ms',
  ];
  await step(`drag in ${plan.largestStage}`, dragKeys, async () => {
    needsImport();
    const p = await page();
    return measureDrag(p, plan.largestStage, limit.drag);
  });

  const ctx = { page, step, limit, plan, watched, run, baseUrl };
  if (imported || written) {
    await measureViews(ctx);
    await measurePlanOperations(ctx);
    await measureDragAcross(ctx);
    await measureBackupsStored(ctx);
    await measureColdStart(ctx);
    await measureTyping(ctx);
  }

  if (run.page) await within(15_000, 'closing the page', run.page.close()).catch(() => undefined);
  summarise(run.metrics);
  return { metrics: run.metrics, notMeasured: run.notMeasured };
}

/** The value at a share of the sorted values (nearest rank): 0.5 the median, 1 the largest. */
function ranked(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return (share) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

/** The figures the targets are set on: the worst of the heavy steps. */
function summarise(m) {
  const worst = (keys) => {
    const values = keys.map((k) => m[k]).filter((v) => typeof v === 'number');
    return values.length > 0 ? Math.max(...values) : null;
  };
  m.longestTaskMs = worst([
    'longestTaskImportMs',
    'longestTaskExportMs',
    'longestTaskBackupMs',
    'longestTaskMergeMs',
    'longestTaskReplaceMs',
    'longestTaskRestoreMs',
    'longestTaskFlushMs',
    'longestTaskSearchMs',
    'longestTaskTypingMs',
  ]);
  m.heapPeakMB = worst([
    'heapSteadyMB',
    'heapPeakImportMB',
    'heapPeakExportMB',
    'heapPeakBackupMB',
    'heapPeakMergeMB',
    'heapPeakReplaceMB',
    'heapPeakRestoreMB',
  ]);
}
