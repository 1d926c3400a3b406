/**
 * Frame times while a card is dragged with the mouse up and down a column: the intervals
 * between animation frames, which a smooth drag keeps at one display refresh each.
 */
/* global window */
import { setTimeout as sleep } from 'node:timers/promises';
import { within } from './limits.mjs';

const DRAG_MS = 3_000;

/** Nearest-rank percentile. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Intervals between consecutive animation frames. */
const frameTimes = (stamps) => stamps.slice(1).map((t, i) => t - stamps[i]);

/** Drags the first card of `stage` for DRAG_MS, then cancels the drag with Escape. */
export async function measureDrag(p, stage, limitMs) {
  const column = p.locator(`section[data-stage="${stage}"]`);
  const card = column.locator('li.card').first();
  const box = await card.boundingBox({ timeout: limitMs });
  const area = await column.boundingBox({ timeout: limitMs });
  if (!box || !area) throw new Error('the largest column has no card on screen');
  await p.evaluate(() => window.__bench.startFrames());
  await sleep(1_000);
  const idle = frameTimes(await p.evaluate(() => window.__bench.stopFrames()));

  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await within(limitMs, 'moving to the card', p.mouse.move(x, y));
  await within(limitMs, 'pressing on the card', p.mouse.down());
  await within(limitMs, 'starting the drag', p.mouse.move(x, y + 12, { steps: 3 }));
  await p.locator('.card-overlay, .card-dragging').first().waitFor({ timeout: limitMs });
  // Up and down the visible part of the column. Chromium hands pointer moves to the page
  // once per frame and acknowledges each then, so awaiting every move gives one per frame:
  // what a real mouse delivers after coalescing.
  const viewport = p.viewportSize() ?? { height: 800 };
  const top = Math.max(area.y + 40, 0);
  const bottom = Math.min(area.y + area.height, viewport.height) - 40;
  await p.evaluate(() => window.__bench.startFrames());
  const started = Date.now();
  let moves = 0;
  while (Date.now() - started < DRAG_MS) {
    const phase = (moves * 12) % (2 * (bottom - top));
    const at = top + (phase < bottom - top ? phase : 2 * (bottom - top) - phase);
    await within(limitMs, 'a pointer move', p.mouse.move(x + ((moves % 10) - 5) * 2, at));
    moves += 1;
  }
  const elapsed = Date.now() - started;
  const frames = frameTimes(await p.evaluate(() => window.__bench.stopFrames()));
  await within(limitMs, 'cancelling the drag', p.keyboard.press('Escape'));
  await within(limitMs, 'releasing the mouse', p.mouse.up());
  return {
    dragP95Ms: percentile(frames, 95),
    dragP50Ms: percentile(frames, 50),
    dragFrames: frames.length,
    dragMoves: moves,
    // How long the page took to take each pointer move: its input latency while dragging.
    dragMoveMs: elapsed / moves,
    idleFrameP50Ms: percentile(idle, 50),
  };
}
