/**
 * How a list gives focus back after it redraws: the board's cards, a stage's checklist and the
 * roadmap all work this way. The command asks, once its change is committed, for the item it
 * placed; the item, when it renders where it now is, focuses itself and clears the request.
 * Nothing waits on a timer and nothing is kept outside the store, so a request made on a busy
 * machine is honoured whenever the redraw comes, and a newer request replaces an older one.
 */
import { useEffect, useRef } from 'react';
import { useUi } from '../store';
import { requestNames, type FocusRequest, type FocusTarget } from '../store/focus-request';

export type { FocusRequest, FocusTarget };

/** After a change commits: the item it placed takes focus once it is drawn. */
export function requestFocus(request: FocusRequest): void {
  useUi.getState().requestFocus(request);
}

/**
 * Takes the pending request if it names `target`: returns it and clears it, so exactly one
 * drawing of the item takes focus. Any other request is left for its own item.
 */
export function takeFocusRequest(target: FocusTarget): FocusRequest | null {
  const request = useUi.getState().focusRequest;
  if (!requestNames(request, target)) return null;
  useUi.getState().requestFocus(null);
  return request;
}

/** The pending request for the board, if any: the card whose focus is on its way. */
export function pendingBoardFocus(): Extract<FocusRequest, { list: 'board' }> | null {
  const request = useUi.getState().focusRequest;
  return request?.list === 'board' ? request : null;
}

/**
 * For one item of a list: runs `focus` (with the request, which may name a control) when a
 * request names the item as drawn, and clears the request.
 */
export function useFocusWhenRequested(
  target: FocusTarget,
  focus: (request: FocusRequest) => void,
): void {
  const named = useUi((s) => requestNames(s.focusRequest, target));
  const latest = useRef({ target, focus });
  useEffect(() => {
    latest.current = { target, focus };
  });
  useEffect(() => {
    if (!named) return;
    const request = takeFocusRequest(latest.current.target);
    if (request) latest.current.focus(request);
  }, [named]);
}
