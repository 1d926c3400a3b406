/**
 * The views a user opens on a loaded plan, each timed from the moment it is asked for to the
 * first frame that can show it: the timeline, the roadmap, portfolio health, the backlog of
 * the one product with a workspace of 2,000 backlog items and 4,000 feedback, and that
 * product's stakeholder update (from the click to its preview). Then a drag across columns
 * that ends in a drop, timed frame by frame and up to the stored move.
 */
/* global window, document */
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from './drag.mjs';
import { watchSelector } from './in-page-extra.mjs';
import { within } from './limits.mjs';

/**
 * Each view with what it reads of the plan beyond the products the board already holds: the
 * raw read of those stores is the view's floor.
 */
const VIEWS = [
  ['timelineMs', '#/timeline', '.timeline-row', ['milestonePacks']],
  // Drawn with content: a roadmap with its cards, health with its rows of KPIs off target.
  [
    'roadmapMs',
    '#/roadmap',
    '.roadmap[aria-busy="false"] .roadmap-card',
    ['roadmapPacks', 'milestonePacks'],
  ],
  [
    'healthMs',
    '#/health',
    '.health[aria-busy="false"] tr[data-index]',
    ['kpiPacks', 'trendPacks', 'milestonePacks'],
  ],
];

/**
 * In the page: every record of the plan in `stores`, read through their planId index in one
 * transaction, as a view asks for them, with nothing made of them. Returns the time taken.
 */
async function readFloor({ stores, productId }) {
  const db = await new Promise((resolve, reject) => {
    const request = window.indexedDB.open('lifecycle-planner');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const asked = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  try {
    const product = await asked(db.transaction('products').objectStore('products').get(productId));
    const started = window.performance.now();
    const tx = db.transaction(stores, 'readonly');
    await Promise.all(
      stores.map((store) => asked(tx.objectStore(store).index('planId').getAll(product.planId))),
    );
    return window.performance.now() - started;
  } finally {
    db.close();
  }
}

async function timeView(p, watched, limitMs, hash, selector) {
  await p.evaluate(
    ([h, s]) => {
      const started = window.__benchWatch({ key: 'view', selector: s });
      window.location.hash = h;
      return started;
    },
    [hash, selector],
  );
  const state = await watched(p, 'view', limitMs, `the view ${hash}`);
  return state.paintedAt - state.startedAt;
}

export async function measureViews({ page, step, limit, plan, watched }) {
  const prepare = async () => {
    const p = await page();
    await p.evaluate(`window.__benchWatch = ${watchSelector.toString()}`);
    return p;
  };
  for (const [key, hash, selector, stores] of VIEWS) {
    const floorKey = key.replace(/Ms$/, 'ReadFloorMs');
    await step(`${hash.slice(2)} view`, [key, floorKey], async () => {
      const p = await prepare();
      const ms = await timeView(p, watched, limit.render, hash, selector);
      await p.evaluate(() => (window.location.hash = ''));
      await p.locator('section[data-stage]').first().waitFor({ timeout: limit.render });
      // Read after the view, so the view never finds the stores' pages already warm.
      const floor = await p.evaluate(readFloor, { stores, productId: plan.bigProductId });
      return { [key]: ms, [floorKey]: floor };
    });
  }
  await step('big product workspace (backlog)', ['bigWorkspaceMs'], async () => {
    const p = await prepare();
    const hash = `#/product/${encodeURIComponent(plan.bigProductId)}/backlog`;
    const ms = await timeView(p, watched, limit.render, hash, '.backlog-table tbody tr');
    await p.evaluate(() => (window.location.hash = ''));
    await p.locator('section[data-stage]').first().waitFor({ timeout: limit.render });
    return { bigWorkspaceMs: ms };
  });
  await step('stakeholder update of the big product', ['updateProductMs'], async () => {
    const p = await prepare();
    await p.evaluate(
      (id) => (window.location.hash = `#/product/${encodeURIComponent(id)}/overview`),
      plan.bigProductId,
    );
    const opens = p.getByRole('button', { name: 'Stakeholder update…' });
    await opens.waitFor({ timeout: limit.render });
    // Watched from the click, made in the page so that no round trip to it is counted.
    await p.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Stakeholder update…',
      );
      if (!button) throw new Error('no Stakeholder update… button');
      window.__benchWatch({ key: 'update', selector: '.update-preview[aria-busy="false"]' });
      button.click();
    });
    const state = await watched(p, 'update', limit.render, "the product's stakeholder update");
    await p.keyboard.press('Escape');
    await p.evaluate(() => (window.location.hash = ''));
    await p.locator('section[data-stage]').first().waitFor({ timeout: limit.render });
    return { updateProductMs: state.paintedAt - state.startedAt };
  });
}

/** Intervals between consecutive animation frames. */
const frameTimes = (stamps) => stamps.slice(1).map((t, i) => t - stamps[i]);

/** Drags the first card of the largest column into the next column and drops it there. */
export async function measureDragAcross({ page, step, limit, plan, watched }) {
  await step('drag across columns with a drop', ['dragCrossP95Ms'], async () => {
    const p = await page();
    const from = p.locator(`section[data-stage="${plan.largestStage}"]`);
    const target = plan.dropStage;
    const to = p.locator(`section[data-stage="${target}"]`);
    const card = from.locator('li.card').first();
    const id = await card.getAttribute('data-product-id', { timeout: limit.drag });
    const box = await card.boundingBox({ timeout: limit.drag });
    const area = await to.boundingBox({ timeout: limit.drag });
    if (!box || !area || !id) throw new Error('no card or target column on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await within(limit.drag, 'pressing on the card', p.mouse.move(x, y));
    await p.mouse.down();
    await p.mouse.move(x, y + 12, { steps: 3 });
    await p.locator('.card-overlay, .card-dragging').first().waitFor({ timeout: limit.drag });
    await p.evaluate(() => window.__bench.startFrames());
    const toX = area.x + area.width / 2;
    const toY = Math.min(area.y + 120, box.y + 40);
    const moves = 60;
    for (let i = 1; i <= moves; i += 1) {
      // Across, with the small wobble of a hand; one move per frame, as Chromium delivers them.
      const wobble = ((i % 6) - 3) * 2;
      await p.mouse.move(x + ((toX - x) * i) / moves, y + ((toY - y) * i) / moves + wobble);
    }
    await sleep(300);
    const frames = frameTimes(await p.evaluate(() => window.__bench.stopFrames()));
    await p.evaluate(`window.__benchWatch = ${watchSelector.toString()}`);
    await p.evaluate(
      ([stage, productId]) =>
        window.__benchWatch({
          key: 'drop',
          selector: `section[data-stage="${stage}"] li[data-product-id="${productId}"]:not(.card-dragging)`,
          fromPointerUp: true,
        }),
      [target, id],
    );
    await p.mouse.up();
    const dropped = await watched(p, 'drop', limit.drag, 'the drop');
    // The board the later steps expect has the card in its new column.
    plan.expected[plan.largestStage] -= 1;
    plan.expected[target] += 1;
    return {
      dragCrossP95Ms: percentile(frames, 95),
      dragCrossMaxMs: Math.max(...frames),
      dropPersistMs: dropped.paintedAt - dropped.startedAt,
    };
  });
}
