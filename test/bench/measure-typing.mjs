/**
 * Typing in a field of a loaded plan: a word added to the title of a backlog item of the big
 * product (2,000 items), key by key at a typist's pace, then Enter. Timed: each key to the
 * frame that shows it, Enter to the title stored, and the longest main-thread task from the
 * first key until a second after the title is stored (the views that follow the change redraw
 * in it). The title is put back afterwards, so the plan is as before for anything after.
 */
/* global window, document, requestAnimationFrame, HTMLTextAreaElement, KeyboardEvent */
import { percentile } from './drag.mjs';
import { longestTask, within } from './limits.mjs';

/** What is added to the title, one key at a time. */
const TYPED = ' for the EU launch';
/** Between two keys, as a quick typist leaves them. */
const KEY_GAP_MS = 120;

/**
 * In the page: in the title of the backlog row `id` (the first row when null), types each of
 * `keys` in turn at the end of the title (`from` replaces the title first, when given), then
 * commits with Enter. Returns each key's time to its painted frame, the time from Enter to the
 * title stored, the page time the typing started, the row and its title before.
 */
async function typeIntoTitle({ id, from, keys, gapMs, limitMs }) {
  const field = document.querySelector(
    id === null ? '.backlog-table tbody tr .cell-title' : `[data-record-id="${id}"] .cell-title`,
  );
  const row = field?.closest('[data-record-id]');
  if (!(field instanceof HTMLTextAreaElement) || !row) throw new Error('no backlog title field');
  const rowId = row.getAttribute('data-record-id');
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // A task queued in an animation frame runs once that frame is painted.
  const painted = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const db = await new Promise((resolve, reject) => {
    const request = window.indexedDB.open('lifecycle-planner');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const storedTitle = () =>
    new Promise((resolve, reject) => {
      const request = db.transaction('backlogItems').objectStore('backlogItems').get(rowId);
      request.onsuccess = () => resolve(request.result?.title);
      request.onerror = () => reject(request.error);
    });
  try {
    const before = field.value;
    field.focus();
    if (from !== undefined) setValue.call(field, from);
    const startedAt = performance.now();
    const times = [];
    for (const key of keys) {
      const at = performance.now();
      setValue.call(field, field.value + key);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await painted();
      times.push(performance.now() - at);
      await wait(gapMs);
    }
    const wanted = field.value;
    const enteredAt = performance.now();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const giveUp = enteredAt + limitMs;
    while ((await storedTitle()) !== wanted) {
      if (performance.now() > giveUp) throw new Error(`the title was not stored in ${limitMs} ms`);
      await painted();
    }
    return { times, commitMs: performance.now() - enteredAt, startedAt, id: rowId, before };
  } finally {
    db.close();
  }
}

export async function measureTyping({ page, step, limit, plan }) {
  const keys = ['fieldKeyP95Ms', 'fieldKeyMaxMs', 'fieldCommitMs', 'longestTaskTypingMs'];
  await step('typing in a backlog title of the big product', keys, async () => {
    const p = await page();
    await p.evaluate(
      (id) => (window.location.hash = `#/product/${encodeURIComponent(id)}/backlog`),
      plan.bigProductId,
    );
    const title = p.locator('.backlog-table tbody tr .cell-title').first();
    await title.waitFor({ timeout: limit.render });
    const typed = await within(
      limit.render,
      'typing in the title',
      p.evaluate(typeIntoTitle, {
        id: null,
        keys: [...TYPED],
        gapMs: KEY_GAP_MS,
        limitMs: limit.render,
      }),
    );
    await p.waitForTimeout(1000);
    const longestTaskTypingMs = await longestTask(p, 'typing', typed.startedAt);
    await within(
      limit.render,
      'putting the title back',
      // The old title in one go, as a paste would put it.
      p.evaluate(typeIntoTitle, {
        id: typed.id,
        from: '',
        keys: [typed.before],
        gapMs: 0,
        limitMs: limit.render,
      }),
    );
    await p.evaluate(() => (window.location.hash = ''));
    await p.locator('section[data-stage]').first().waitFor({ timeout: limit.render });
    return {
      fieldKeyP95Ms: percentile(typed.times, 95),
      fieldKeyMaxMs: Math.max(...typed.times),
      fieldCommitMs: typed.commitMs,
      longestTaskTypingMs,
    };
  });
}
