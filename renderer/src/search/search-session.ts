/**
 * The page's side of search: one worker holds the open plan's index, so reading a large plan
 * and scanning it at every key press never blocks the window. Calls are typed by SearchCore's
 * own methods (../worker/rpc.ts); where a worker cannot start or dies, the same SearchCore
 * runs on the page instead.
 */
import { db } from '../db';
import { WorkerClient } from '../worker/rpc';
import { SearchCore } from './search-core';
import type { PaletteHit, SearchGroup } from './search-index';

class SearchSession {
  private readonly client = new WorkerClient<SearchCore>(
    () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }),
    () => new SearchCore(db),
  );

  /** Starts reading the plan, so the first search is answered sooner. */
  warm(planId: string): void {
    void this.client.call('open', planId).catch(() => undefined);
  }

  everything(planId: string, text: string, perKind: number): Promise<SearchGroup[]> {
    return this.client.call('everything', planId, text, perKind);
  }

  palette(planId: string, text: string, limit: number): Promise<PaletteHit[]> {
    return this.client.call('palette', planId, text, limit);
  }
}

let session: SearchSession | null = null;

/** The window's one search session, started on first use. */
export function searchSession(): SearchSession {
  session ??= new SearchSession();
  return session;
}
