/**
 * The page's side of search: one worker holds the open plan's index, so reading a large plan
 * and scanning it at every key press never blocks the window. Where a worker cannot start or
 * dies, the same SearchCore runs on the page instead.
 */
import { db } from '../db';
import { SearchCore } from './search-core';
import type { PaletteHit, SearchGroup } from './search-index';
import type { SearchReply, SearchRequest } from './search-protocol';

type Request = SearchRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  request: Request;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

class SearchSession {
  private worker: Worker | null = null;
  private fallback: SearchCore | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    try {
      this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<SearchReply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.abandonWorker();
      };
    } catch {
      this.worker = null;
    }
  }

  private get core(): SearchCore {
    this.fallback ??= new SearchCore(db);
    return this.fallback;
  }

  private receive(reply: SearchReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.type === 'done') pending.resolve(reply.value);
    else pending.reject(new Error(reply.message));
  }

  private abandonWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) this.onPage(p.request).then(p.resolve, p.reject);
  }

  private onPage(request: Request): Promise<unknown> {
    switch (request.type) {
      case 'open':
        return this.core.open(request.planId).then(() => null);
      case 'everything':
        return this.core.everything(request.planId, request.text, request.perKind);
      case 'palette':
        return this.core.palette(request.planId, request.text, request.limit);
    }
  }

  private send(request: Request): Promise<unknown> {
    if (!this.worker) return this.onPage(request);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { request, resolve, reject });
      this.worker?.postMessage({ ...request, id });
    });
  }

  /** Starts reading the plan, so the first search is answered sooner. */
  warm(planId: string): void {
    void this.send({ type: 'open', planId }).catch(() => undefined);
  }

  everything(planId: string, text: string, perKind: number): Promise<SearchGroup[]> {
    return this.send({ type: 'everything', planId, text, perKind }) as Promise<SearchGroup[]>;
  }

  palette(planId: string, text: string, limit: number): Promise<PaletteHit[]> {
    return this.send({ type: 'palette', planId, text, limit }) as Promise<PaletteHit[]>;
  }
}

let session: SearchSession | null = null;

/** The window's one search session, started on first use. */
export function searchSession(): SearchSession {
  session ??= new SearchSession();
  return session;
}
