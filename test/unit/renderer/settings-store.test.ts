/**
 * The settings store: kept in localStorage (stubbed here, as Node has none), the theme of
 * older versions carried over, every stored field checked, a refused change never stored.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

async function loadStore() {
  return (await import('../../../renderer/src/store/settings')).useSettings;
}

describe('settings kept on this computer', () => {
  it('carries over the theme an older version kept with the window’s state', async () => {
    storage.setItem(
      'lifecycle-planner:ui',
      JSON.stringify({ state: { themeSource: 'dark', currentPlanId: 'p' }, version: 1 }),
    );
    const settings = await loadStore();
    expect(settings.getState()).toMatchObject({ theme: 'dark', region: 'system', autosave: true });
  });

  it('reads what was stored, each bad field falling back to its default alone', async () => {
    storage.setItem(
      'lifecycle-planner:settings',
      JSON.stringify({ state: { theme: 'purple', region: 'de-DE', keepBackups: 7 }, version: 1 }),
    );
    const settings = await loadStore();
    expect(settings.getState()).toMatchObject({ theme: 'system', region: 'de-DE', keepBackups: 7 });
  });

  it('stores a change at once, and refuses a value no setting can hold', async () => {
    const settings = await loadStore();
    settings.getState().update({ region: 'fr-FR', weekStart: 1 });
    settings.getState().update({ keepBackups: 0 });
    expect(settings.getState()).toMatchObject({ region: 'fr-FR', weekStart: 1, keepBackups: 20 });
    const stored = JSON.parse(storage.getItem('lifecycle-planner:settings') ?? '{}') as {
      state: Record<string, unknown>;
    };
    expect(stored.state).toMatchObject({ region: 'fr-FR', weekStart: 1, keepBackups: 20 });
    expect(stored.state).not.toHaveProperty('update');
  });
});
