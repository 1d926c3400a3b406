/**
 * Imported first by tests of modules that load the UI store: the store keeps some choices in
 * the window's localStorage, which Node lacks, and the page's bridge looks for a window. An
 * in-memory stand-in, since nothing in those tests depends on what is kept.
 */
const items = new Map<string, string>();
const localStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: (key) => items.get(key) ?? null,
  setItem: (key, value) => void items.set(key, value),
  removeItem: (key) => void items.delete(key),
};
Object.assign(globalThis, { window: { localStorage } });

// A module, so that its names stay its own.
export {};
