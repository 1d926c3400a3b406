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
 * In the page: types `typed` at the end of the first backlog row's title and commits it with
 * Enter. Returns each key's time to its painted frame, the time from Enter to the title
 * stored, and the page times the typing started and the storing ended.
 */
async function typeIntoTitle({ typed, gapMs, limitMs }) {
  const field = document.querySelector('.backlog-table tbody tr .cell-title');
  const row = field?.closest('[data-record-id]');
  if (!(field instanceof HTMLTextAreaElement) || !row) throw new Error('no backlog title field');
  const id = row.getAttribute('data-record-id');
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
      const request = db.transaction('backlogItems').objectStore('backlogItems').get(id);
      request.onsuccess = () => resolve(request.result?.title);
      request.onerror = () => reject(request.error);
    });
  try {
    const original = field.value;
    field.focus();
    const startedAt = performance.now();
    const keys = [];
    for (const letter of typed) {
      const at = performance.now();
      setValue.call(field, field.value + letter);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await painted();
      keys.push(performance.now() - at);
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
    const storedAt = performance.now();
    return { keys, commitMs: storedAt - enteredAt, startedAt, storedAt, original, id };
  } finally {
    db.close();
  }
}

/** In the page: puts the title back through the field, as a user would, and waits for it stored. */
async function putTitleBack({ id, original, limitMs }) {
  const field = document.querySelector(`[data-record-id="${id}"] .cell-title`);
  if (!(field instanceof HTMLTextAreaElement)) throw new Error('the typed row is gone');
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  field.focus();
  setValue.call(field, original);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  // Enter in a later frame, as a user presses it, once the field has taken the text.
  await frame();
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  const db = await new Promise((resolve, reject) => {
    const request = window.indexedDB.open('lifecycle-planner');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const giveUp = performance.now() + limitMs;
    for (;;) {
      const title = await new Promise((resolve, reject) => {
        const request = db.transaction('backlogItems').objectStore('backlogItems').get(id);
        request.onsuccess = () => resolve(request.result?.title);
        request.onerror = () => reject(request.error);
      });
      if (title === original) return;
      if (performance.now() > giveUp) throw new Error('the title was not put back');
      await frame();
    }
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
      p.evaluate(typeIntoTitle, { typed: TYPED, gapMs: KEY_GAP_MS, limitMs: limit.render }),
    );
    await p.waitForTimeout(1000);
    const longestTaskTypingMs = await longestTask(p, 'typing', typed.startedAt);
    await within(
      limit.render,
      'putting the title back',
      p.evaluate(putTitleBack, { ...typed, limitMs: limit.render }),
    );
    await p.evaluate(() => (window.location.hash = ''));
    await p.locator('section[data-stage]').first().waitFor({ timeout: limit.render });
    return {
      fieldKeyP95Ms: percentile(typed.keys, 95),
      fieldKeyMaxMs: Math.max(...typed.keys),
      fieldCommitMs: typed.commitMs,
      longestTaskTypingMs,
    };
  });
}
