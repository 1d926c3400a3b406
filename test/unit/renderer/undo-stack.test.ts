import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  recordAction,
  stepBack,
  stepForward,
  type UndoHistory,
} from '../../../renderer/src/store/undo-stack';

const entry = (label: string) => ({ label, changes: [label] });

describe('undo history', () => {
  it('undoes the latest action first and redoes in the original order', () => {
    let history: UndoHistory<string> = emptyHistory();
    history = recordAction(history, entry('create'));
    history = recordAction(history, entry('move'));
    const back1 = stepBack(history);
    expect(back1?.entry.label).toBe('move');
    const back2 = stepBack(back1?.history as UndoHistory<string>);
    expect(back2?.entry.label).toBe('create');
    expect(stepBack(back2?.history as UndoHistory<string>)).toBeNull();
    const fwd = stepForward(back2?.history as UndoHistory<string>);
    expect(fwd?.entry.label).toBe('create');
    expect(stepForward(fwd?.history as UndoHistory<string>)?.entry.label).toBe('move');
  });

  it('forgets the redo branch when a new action is taken', () => {
    let history: UndoHistory<string> = recordAction(emptyHistory(), entry('a'));
    history = (stepBack(history) as { history: UndoHistory<string> }).history;
    history = recordAction(history, entry('b'));
    expect(stepForward(history)).toBeNull();
    expect(history.past.map((e) => e.label)).toEqual(['b']);
  });

  it('ignores actions that changed nothing and keeps only the newest entries', () => {
    let history: UndoHistory<string> = recordAction(emptyHistory(), { label: 'noop', changes: [] });
    expect(history.past).toEqual([]);
    for (let i = 0; i < 5; i += 1) history = recordAction(history, entry(`e${i}`), 3);
    expect(history.past.map((e) => e.label)).toEqual(['e2', 'e3', 'e4']);
  });
});
