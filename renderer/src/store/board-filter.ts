/**
 * The text the board filters its cards by. It follows the search typed, but a new text
 * reaches the board once that text's results are drawn (or after a short wait, when they
 * are slow to come, as while the search first reads a large plan): in a large plan, redrawing
 * the board is the slow part of a key press, and the list of results is what a typist reads.
 * Clearing the search shows the whole board at once.
 */
import { create } from 'zustand';
import { useUi } from '.';

/** How long the board waits for the results of a text before filtering by it anyway. */
export const RESULTS_FIRST_MS = 150;

export const useBoardFilter = create<{ text: string }>(() => ({ text: useUi.getState().search }));

let waiting: { text: string; timer: ReturnType<typeof setTimeout> } | null = null;

function show(text: string): void {
  if (waiting) clearTimeout(waiting.timer);
  waiting = null;
  if (useBoardFilter.getState().text !== text) useBoardFilter.setState({ text });
}

function follow(text: string): void {
  if (text.trim() === '') return show(text);
  if (waiting) clearTimeout(waiting.timer);
  waiting = { text, timer: setTimeout(() => show(text), RESULTS_FIRST_MS) };
}

/** The search box calls this once the results for `text` are drawn. */
export function resultsShown(text: string): void {
  if (waiting?.text === text) show(text);
}

useUi.subscribe((state, before) => {
  if (state.search !== before.search) follow(state.search);
});
