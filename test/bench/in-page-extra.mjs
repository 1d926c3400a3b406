/**
 * More of the benchmark's code that runs inside the page (see in-page.mjs): the export's
 * floor read from the app's own database, what the backups take, and a watch for any
 * element to be painted. Each export is self-contained, as Playwright sends its source.
 */
/* global window, document, requestAnimationFrame, MutationObserver, indexedDB */

/**
 * The export's floor: one raw read of every store of the plan (getAll) out of the app's
 * database, then JSON.stringify of the records as the app indents them. An export cannot do
 * less: it has to read the plan and write it out.
 */
export async function measureReadFloor({ stores }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('lifecycle-planner');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = stores.map((s) => s.name).filter((name) => db.objectStoreNames.contains(name));
    const start = performance.now();
    const data = {};
    await new Promise((resolve, reject) => {
      const tx = db.transaction(names, 'readonly');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      for (const name of names) {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => (data[name] = request.result);
      }
    });
    const readMs = performance.now() - start;
    const text = JSON.stringify(data, null, 2);
    const totalMs = performance.now() - start;
    if (text.length === 0) throw new Error('nothing was read');
    return { readMs, totalMs };
  } finally {
    db.close();
  }
}

/** Bytes the automatic and other backups take in the app's database (Blob or text rows). */
export function storedBackupBytes() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('lifecycle-planner');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const names = ['backups', 'backupContents'].filter((n) => db.objectStoreNames.contains(n));
      if (names.length === 0) {
        db.close();
        resolve({ bytes: 0, count: 0 });
        return;
      }
      let bytes = 0;
      let count = 0;
      const tx = db.transaction(names, 'readonly');
      const sizeOf = (value) => {
        if (value instanceof Blob) return value.size;
        if (value instanceof Uint8Array || value instanceof ArrayBuffer) return value.byteLength;
        // Text is stored as UTF-8 or UTF-16; the length is the lower bound.
        if (typeof value === 'string') return value.length;
        return 0;
      };
      for (const name of names) {
        const cursor = tx.objectStore(name).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          if (name === 'backups') count += 1;
          for (const field of ['contents', 'gzip', 'blob']) bytes += sizeOf(at.value[field]);
          at.continue();
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve({ bytes, count });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Asks the app to write its pending backups now, as it does when the tab is hidden. */
export function hidePageForBackups() {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
}

/**
 * Watches for `selector` to match (at least `count` elements), then notes the next frame's
 * time. The state lands in window.__bench[key], as the board watches do.
 */
export function watchSelector({ key, selector, count = 1, fromPointerUp = false }) {
  const state = { startedAt: performance.now(), matchedAt: null, paintedAt: null, error: null };
  window.__bench[key] = state;
  // A drop starts at the button's release, not when the driver asked for the watch, and
  // what the column shows while the card still hangs over it does not count.
  let armed = !fromPointerUp;
  if (fromPointerUp) {
    const up = () => {
      state.startedAt = performance.now();
      armed = true;
      check();
    };
    window.addEventListener('pointerup', up, { capture: true, once: true });
  }
  const check = () => {
    if (!armed || state.matchedAt !== null) return;
    if (document.querySelectorAll(selector).length < count) return;
    state.matchedAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (state.paintedAt = performance.now()), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  check();
  return state.startedAt;
}
