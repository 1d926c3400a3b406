/**
 * The search index's answer for the text typed, asked at every change. Answers come back from
 * the worker out of order at worst; one for text no longer typed is dropped.
 */
import { useEffect, useState } from 'react';
import type { PaletteHit, SearchGroup } from './search-index';
import { searchSession } from './search-session';

export interface Answer<T> {
  /** The text this answer is for; differs from the text typed while a new one is on its way. */
  text: string;
  value: T;
  error: string | null;
}

function useAnswer<T>(
  planId: string | null,
  text: string,
  empty: T,
  ask: (planId: string, text: string) => Promise<T>,
): Answer<T> {
  const [answer, setAnswer] = useState<Answer<T>>({ text: '', value: empty, error: null });
  useEffect(() => {
    if (!planId || text.trim() === '') return;
    let current = true;
    ask(planId, text).then(
      (value) => current && setAnswer({ text, value, error: null }),
      (error: unknown) =>
        current &&
        setAnswer({
          text,
          value: empty,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [planId, text, empty, ask]);
  return text.trim() === '' ? { text, value: empty, error: null } : answer;
}

const NO_GROUPS: SearchGroup[] = [];
const NO_HITS: PaletteHit[] = [];
const askEverything = (planId: string, text: string) =>
  searchSession().everything(planId, text, RESULTS_PER_KIND);
const askPalette = (planId: string, text: string) =>
  searchSession().palette(planId, text, PALETTE_LIMIT);

export const RESULTS_PER_KIND = 5;
export const PALETTE_LIMIT = 30;

export function useEverything(planId: string | null, text: string): Answer<SearchGroup[]> {
  return useAnswer(planId, text, NO_GROUPS, askEverything);
}

export function usePaletteHits(planId: string | null, text: string): Answer<PaletteHit[]> {
  return useAnswer(planId, text, NO_HITS, askPalette);
}
