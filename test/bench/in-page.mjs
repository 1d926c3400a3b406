/**
 * The benchmark's code that runs inside the page. Times are taken there, with
 * performance.now(), so they measure the app and not the round trips of the test driver.
 * Each export is a self-contained function (Playwright sends its source to the page), so
 * helpers live inside the function that uses them.
 */
/* global window, document, requestAnimationFrame, MutationObserver, HTMLInputElement, indexedDB */

/**
 * Installed before the app's own scripts in every document: notes when a file is chosen and
 * when a download's Blob is ready, watches the board for an expected state, and, after a
 * reload the harness asked for, times the board's first render from navigation start.
 */
export function installProbes() {
  if (window.__bench) return;
  const bench = { fileChosenAt: null, blobAt: null, frames: null, render: null };
  window.__bench = bench;
  // Every main-thread task over 50 ms, so a step can ask for the longest one in its window.
  bench.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: every window reads as 0.
  }
  // The scripts behind every frame held up over 50 ms (Long Animation Frames), to say what
  // made a long task long.
  bench.longFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = entry.scripts.map((script) => ({
          ms: Math.round(script.duration),
          what: `${script.invoker || script.invokerType} → ${script.sourceFunctionName || '?'} (${script.sourceURL.split('/').pop()}:${script.sourceCharPosition})`,
        }));
        bench.longFrames.push({ start: entry.startTime, duration: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No Long Animation Frames in this browser: nothing to say about a long task.
  }
  /** The scripts of the longest frame that overlapped [from, to], longest first, as text. */
  bench.longestFrameScripts = (from, to = performance.now()) => {
    const frames = bench.longFrames.filter((f) => f.start + f.duration >= from && f.start <= to);
    const longest = frames.reduce((a, f) => (a && a.duration >= f.duration ? a : f), null);
    if (!longest) return '';
    const scripts = [...longest.scripts].sort((a, b) => b.ms - a.ms).slice(0, 4);
    return `frame of ${Math.round(longest.duration)} ms: ${scripts.map((s) => `${s.ms} ms ${s.what}`).join('; ')}`;
  };
  /** The longest task that overlapped [from, to] (performance.now() times), or 0. */
  bench.longestTask = (from, to = performance.now()) =>
    bench.longTasks
      .filter((t) => t.start + t.duration >= from && t.start <= to)
      .reduce((max, t) => Math.max(max, t.duration), 0);

  document.addEventListener(
    'change',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'file') {
        bench.fileChosenAt = performance.now();
      }
    },
    true,
  );
  // The web build saves a plan as a Blob link: the Blob exists once the file's text is done.
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    if (object instanceof Blob) bench.blobAt = performance.now();
    return createObjectURL(object);
  };

  /** A column's count as a screen reader hears it ("Growth 9 products"). */
  const spokenCount = (section) => {
    const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
    if (!heading) return null;
    const copy = heading.cloneNode(true);
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    const match = /(\d+) products?\s*$/.exec(copy.textContent ?? '');
    return match ? Number(match[1]) : null;
  };

  /** Every column shows the expected count and, where it has products, at least one card. */
  bench.boardMatches = (expected) =>
    Object.entries(expected).every(([stage, count]) => {
      const section = document.querySelector(`section[data-stage="${stage}"]`);
      if (!section || spokenCount(section) !== count) return false;
      return count === 0 || section.querySelector('li.card') !== null;
    });

  /**
   * Watches the page until the board shows `expected`, then notes the time of the next frame
   * (the first one that can have painted it). With `autoImport`, clicks the import preview's
   * Import button the moment it appears, as a user in a hurry would.
   */
  bench.watchBoard = (expected, autoImport = false) => {
    const state = { matchedAt: null, paintedAt: null, previewAt: null, error: null };
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (state.matchedAt !== null || state.error !== null) return;
      if (autoImport && state.previewAt === null) {
        const button = [...document.querySelectorAll('dialog button, [role="dialog"] button')].find(
          (b) => b.textContent.trim() === 'Import' && !b.disabled,
        );
        if (!button) return;
        state.previewAt = performance.now();
        button.click();
        return;
      }
      const alert = document.querySelector('[role="alert"]');
      if (alert && /Could not/.test(alert.textContent ?? '')) {
        state.error = alert.textContent.trim();
        observer.disconnect();
        return;
      }
      if (!bench.boardMatches(expected)) return;
      state.matchedAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (state.paintedAt = performance.now()), 0));
    };
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    check();
    return state;
  };

  // A reload leaves its note in the tab's session; a cold start (a new tab) in local storage.
  const afterReload =
    sessionStorage.getItem('__bench_render') ?? localStorage.getItem('__bench_render');
  if (afterReload) {
    sessionStorage.removeItem('__bench_render');
    localStorage.removeItem('__bench_render');
    bench.render = bench.watchBoard(JSON.parse(afterReload));
  }

  bench.startFrames = () => {
    const frames = { times: [], on: true };
    bench.frames = frames;
    const loop = (time) => {
      if (!frames.on) return;
      frames.times.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    if (!bench.frames) return [];
    bench.frames.on = false;
    return bench.frames.times;
  };

  /** Types into the toolbar's search box the way an input event from the keyboard would. */
  bench.typeSearch = (term, expected) => {
    const input = document.getElementById('board-search');
    if (!input) throw new Error('no search box on the page');
    const state = bench.watchBoard(expected);
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    state.startedAt = performance.now();
    setValue.call(input, term);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    bench.search = state;
  };

  /**
   * Types into the toolbar's search one letter at a time, each once the letters before it
   * have been answered, like a quick typist who reads as they go. For each letter: the time
   * from the input event to the first frame painted with that text's results (the popup names
   * the text its results are for), and to the first frame painted with the board filtered by
   * it (the board names the text its cards were drawn for).
   */
  bench.typeEverything = async (text, limitMs) => {
    const input = document.getElementById('board-search');
    if (!input) throw new Error('no search box on the page');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const answered = (typed, startedAt) =>
      new Promise((resolve, reject) => {
        const giveUp = performance.now() + limitMs;
        const shown = { results: null, board: null };
        const done = () => shown.results !== null && shown.board !== null;
        // Called in an animation frame: what is on the page now is in this frame, and a task
        // queued now runs once the frame is painted.
        const painted = (key) =>
          setTimeout(() => {
            shown[key] = performance.now() - startedAt;
            if (done()) resolve(shown);
          }, 0);
        const seen = { results: false, board: false };
        const look = () => {
          const popup = document.querySelector('.search-popup');
          const board = document.querySelector('[data-board-filter]');
          if (!seen.results && popup?.dataset.resultsFor === typed) {
            seen.results = true;
            painted('results');
          }
          if (!seen.board && board?.dataset.boardFilter === typed) {
            seen.board = true;
            painted('board');
          }
          if (seen.results && seen.board) return;
          if (performance.now() > giveUp) {
            reject(new Error(`no results for "${typed}" within ${limitMs} ms`));
          } else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
    input.focus();
    const times = [];
    for (let n = 1; n <= text.length; n += 1) {
      const typed = text.slice(0, n);
      const startedAt = performance.now();
      setValue.call(input, typed);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(await answered(typed, startedAt));
    }
    // Cleared, and the whole board back on screen, before anything else is timed.
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.blur();
    await new Promise((resolve) => {
      const look = () =>
        document.querySelector('[data-board-filter]')?.dataset.boardFilter === ''
          ? setTimeout(resolve, 0)
          : requestAnimationFrame(look);
      requestAnimationFrame(look);
    });
    return times;
  };
}

/**
 * The floors of import and export, on the same file in the same page: JSON.parse of its
 * text, one raw IndexedDB transaction putting every record into stores with the app's
 * indexes, and JSON.stringify of the parsed plan (indented as the app writes it).
 */
export async function measureFloors({ url, stores, repeat }) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const openScratch = (withIndexes) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('lifecycle-bench-floor', 1);
      request.onupgradeneeded = () => {
        for (const store of stores) {
          const made = request.result.createObjectStore(store.name, { keyPath: store.keyPath });
          for (const index of withIndexes ? store.indexes : []) {
            const { unique, multiEntry } = index;
            made.createIndex(index.name, index.keyPath, { unique, multiEntry });
          }
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const deleteScratch = () =>
    new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('lifecycle-bench-floor');
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  const text = await (await fetch(url)).text();
  const bytes = text.length;
  const parse = [];
  const put = [];
  const putNoIndex = [];
  const stringify = [];
  let data = null;
  for (let run = 0; run < repeat; run += 1) {
    data = null;
    let start = performance.now();
    data = JSON.parse(text);
    // Version 3 files list each table as columns and rows: records are part of the floor.
    for (const store of stores) {
      const table = data[store.name];
      if (!table || Array.isArray(table)) continue;
      data[store.name] = table.rows.map((row) => {
        const record = { planId: data.plan.id };
        table.columns.forEach((column, i) => (record[column] = row[i]));
        return record;
      });
    }
    parse.push(performance.now() - start);

    // Into the app's schema, then into the same stores with no secondary index at all: the
    // difference is what the schema's indexes cost.
    for (const [withIndexes, times] of [
      [true, put],
      [false, putNoIndex],
    ]) {
      await deleteScratch();
      const db = await openScratch(withIndexes);
      start = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction(
          stores.map((s) => s.name),
          'readwrite',
        );
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
        for (const store of stores) {
          const records = store.name === 'plans' ? [data.plan] : (data[store.name] ?? []);
          const target = tx.objectStore(store.name);
          for (const record of records) target.put(record);
        }
      });
      times.push(performance.now() - start);
      db.close();
      await deleteScratch();
    }

    start = performance.now();
    const out = JSON.stringify(data, null, 2);
    stringify.push(performance.now() - start);
    if (out.length === 0) throw new Error('nothing was written');
  }
  return {
    bytes,
    parseMs: median(parse),
    putMs: median(put),
    putNoIndexMs: median(putNoIndex),
    stringifyMs: median(stringify),
  };
}

/** How many backups the app's database holds (its automatic backup writes one per change). */
export function countBackups() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('lifecycle-planner');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('backups')) {
        db.close();
        resolve(0);
        return;
      }
      const count = db.transaction('backups').objectStore('backups').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });
}

/**
 * Writes a plan file's records straight into the app's own database, as an import as a new
 * plan would store them, with the rows the app keeps beside them (`keptUrl`: each KPI's
 * trend and each product's roadmap row, made by the app's own functions). Only for when the
 * import itself cannot run: the board, search, drag and views can then still be measured on
 * the same plan.
 */
export async function writePlanToApp({ url, keptUrl, stores }) {
  // Version 3 files keep each table as columns and rows, the plan's id left out of each row.
  const recordsOf = (file, name) => {
    if (name === 'plans') return [file.plan];
    const table = file[name];
    if (!table) return [];
    if (Array.isArray(table)) return table;
    return table.rows.map((row) => ({
      planId: file.plan.id,
      ...Object.fromEntries(table.columns.map((column, i) => [column, row[i]])),
    }));
  };
  const data = JSON.parse(await (await fetch(url)).text());
  for (const store of stores) {
    const table = data[store.name];
    if (!table || Array.isArray(table)) continue;
    data[store.name] = table.rows.map((row) => {
      const record = { planId: data.plan.id };
      table.columns.forEach((column, i) => (record[column] = row[i]));
      return record;
    });
  }
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('lifecycle-planner');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const kept = keptUrl ? await (await fetch(keptUrl)).json() : {};
  try {
    const names = stores.map((s) => s.name).filter((name) => db.objectStoreNames.contains(name));
    const keptNames = Object.keys(kept).filter((name) => db.objectStoreNames.contains(name));
    await new Promise((resolve, reject) => {
      const tx = db.transaction([...names, ...keptNames], 'readwrite');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
      for (const name of names) {
        const records = recordsOf(data, name);
        const target = tx.objectStore(name);
        for (const record of records) target.put(record);
      }
      for (const name of keptNames) {
        const target = tx.objectStore(name);
        for (const row of kept[name]) target.put(row);
      }
    });
  } finally {
    db.close();
  }
}
