/**
 * A record to bring into view once its screen has drawn: search and the palette open a
 * product's section (or the people dialog) and ask for the record chosen there. UI state only,
 * never persisted; the screen that shows the record clears the request.
 */
import { create } from 'zustand';

interface RevealState {
  /** The record's id; `seq` tells two requests for the same record apart. */
  request: { id: string; seq: number } | null;
  reveal(id: string): void;
  done(seq: number): void;
}

let seq = 0;

export const useReveal = create<RevealState>()((set) => ({
  request: null,
  reveal: (id) => set({ request: { id, seq: ++seq } }),
  done: (finished) => set((s) => (s.request?.seq === finished ? { request: null } : {})),
}));
