/**
 * What should take focus once it is drawn: the item a keyboard move, an undo or a return from
 * a workspace just placed. A list item cannot hold focus across the redraw that moves it (it
 * may even be drawn anew, in another column), so the request waits in the store until the
 * item renders where it now is (see commands/focus-request.ts).
 */
import type { Stage } from '../../../shared/domain/lifecycle';
import type { Horizon } from '../../../shared/domain/workspace';

/**
 * Where the item lands (its column, its position) is part of the request: the item must not
 * take focus while it is still drawn where it was, since the redraw that moves it would then
 * take the focus away again. A request without a position (an undo, a return from the
 * workspace) is for the item wherever it is drawn in that column.
 */
export type FocusRequest =
  | { list: 'board'; id: string; stage: Stage; index?: number }
  /** `control` names which of the item's controls: the one the keys were pressed on. */
  | { list: 'checklist'; id: string; control: string; index: number }
  | { list: 'roadmap'; id: string; horizon: Horizon };

/** One item of one list, as drawn: what a request is matched against. */
export type FocusTarget =
  | { list: 'board'; id: string; stage: Stage; index: number }
  | { list: 'checklist'; id: string; index: number }
  | { list: 'roadmap'; id: string; horizon: Horizon };

export function requestNames(request: FocusRequest | null, target: FocusTarget): boolean {
  if (!request || request.list !== target.list || request.id !== target.id) return false;
  switch (request.list) {
    case 'board':
      return (
        target.list === 'board' &&
        request.stage === target.stage &&
        (request.index === undefined || request.index === target.index)
      );
    case 'checklist':
      return target.list === 'checklist' && request.index === target.index;
    case 'roadmap':
      return target.list === 'roadmap' && request.horizon === target.horizon;
  }
}
