/**
 * Memory as the page really holds it: V8's JS heap plus Blink's embedder heap (DOM, Blobs
 * being built, IndexedDB values in flight) of the page and of every worker it started, through
 * the DevTools protocol's Runtime.getHeapUsage. performance.measureUserAgentSpecificMemory
 * would say the same from inside the page, but only in a cross-origin isolated page, which the
 * app's build is not. A sampler polls while heavy steps run, so the peak is seen, not guessed.
 */
import { setTimeout as sleep } from 'node:timers/promises';

const MB = 2 ** 20;
const SAMPLE_EVERY_MS = 200;

/** Sends one protocol command to a worker attached through the page's session. */
function workerCall(cdp, pending, sessionId, method) {
  const id = pending.next++;
  return new Promise((resolve) => {
    pending.calls.set(`${sessionId}:${id}`, resolve);
    cdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
      .catch(() => resolve(null));
    // A worker that ends while asked answers nothing: count it as holding nothing.
    setTimeout(() => resolve(null), 2_000);
  });
}

const heapOf = (usage) => (usage ? (usage.usedSize ?? 0) + (usage.embedderHeapUsedSize ?? 0) : 0);

export async function memoryProbe(page) {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set();
  const pending = { next: 1, calls: new Map() };
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event) => workers.delete(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    const resolve = pending.calls.get(`${event.sessionId}:${message.id}`);
    if (!resolve) return;
    pending.calls.delete(`${event.sessionId}:${message.id}`);
    resolve(message.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });

  /** JS + embedder heap of the page and its workers, in MB. */
  async function sample() {
    const page = await cdp.send('Runtime.getHeapUsage').catch(() => null);
    const inWorkers = await Promise.all(
      [...workers].map((s) => workerCall(cdp, pending, s, 'Runtime.getHeapUsage')),
    );
    return (heapOf(page) + inWorkers.reduce((sum, u) => sum + heapOf(u), 0)) / MB;
  }

  /** A full collection in the page and in every worker. */
  async function collectGarbage() {
    await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    await Promise.all(
      [...workers].map((s) => workerCall(cdp, pending, s, 'HeapProfiler.collectGarbage')),
    );
  }

  let peak = 0;
  let sampling = null;
  return {
    sample,
    /** After a full garbage collection: what the window holds at rest. */
    async steady() {
      await collectGarbage();
      return sample();
    },
    /**
     * Starts polling from a collected heap, so that a step's peak is what it holds and makes,
     * not the garbage an earlier step (an import's preview) left for a later collection;
     * `stop` returns the highest figure seen since.
     */
    async start() {
      await collectGarbage();
      peak = 0;
      const state = { on: true };
      sampling = state;
      void (async () => {
        while (state.on) {
          peak = Math.max(peak, await sample().catch(() => 0));
          await sleep(SAMPLE_EVERY_MS);
        }
      })();
    },
    async stop() {
      if (sampling) sampling.on = false;
      sampling = null;
      return Math.max(peak, await sample().catch(() => 0));
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}
