import '../window-storage';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUi } from '../../../../renderer/src/store';
import {
  RESULTS_FIRST_MS,
  resultsShown,
  useBoardFilter,
} from '../../../../renderer/src/store/board-filter';

const boardText = () => useBoardFilter.getState().text;

describe('the text the board filters by', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    useUi.getState().setSearch('');
    vi.useRealTimers();
  });

  it('follows a typed text once its results are drawn, not before', () => {
    useUi.getState().setSearch('fin');
    expect(boardText()).toBe('');
    resultsShown('fi'); // an answer for an earlier text moves nothing
    expect(boardText()).toBe('');
    resultsShown('fin');
    expect(boardText()).toBe('fin');
  });

  it('follows anyway when the results are slow, and only the latest text', () => {
    useUi.getState().setSearch('f');
    vi.advanceTimersByTime(RESULTS_FIRST_MS - 1);
    useUi.getState().setSearch('fi');
    vi.advanceTimersByTime(RESULTS_FIRST_MS - 1);
    expect(boardText()).toBe('');
    vi.advanceTimersByTime(1);
    expect(boardText()).toBe('fi');
  });

  it('shows the whole board at once when the search is cleared', () => {
    useUi.getState().setSearch('fintech');
    resultsShown('fintech');
    useUi.getState().setSearch('');
    expect(boardText()).toBe('');
    // A text typed and cleared before its results came never reaches the board.
    useUi.getState().setSearch('x');
    useUi.getState().setSearch('');
    vi.advanceTimersByTime(RESULTS_FIRST_MS * 2);
    expect(boardText()).toBe('');
  });
});
