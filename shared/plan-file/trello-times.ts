/**
 * When a Trello card was created, last changed and moved to its list, for the imported
 * product's createdAt, updatedAt and stage history. Trello ids (MongoDB ObjectIds) start with
 * the creation time in seconds, which survives the export's cap on actions; actions give the
 * date a card entered its current list when they reach back that far.
 */
import { trelloIsoTime } from './trello-dates';
import type { TrelloAction, TrelloBoard, TrelloCard } from './trello-schema';

export interface CardTimes {
  createdAt: string;
  updatedAt: string;
  enteredStageAt: string;
}

const OBJECT_ID = /^[0-9a-f]{24}$/i;
// Trello opened in 2011; an earlier "time" means the id is not a real ObjectId.
const EARLIEST = Date.UTC(2010, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Creation time from a 24-hex id's first 8 hex digits, or null when it cannot be one. */
export function timeFromTrelloId(id: string, now: Date): string | null {
  if (!OBJECT_ID.test(id)) return null;
  const ms = Number.parseInt(id.slice(0, 8), 16) * 1000;
  if (ms < EARLIEST || ms > now.getTime() + DAY_MS) return null;
  return new Date(ms).toISOString();
}

// Strict: an impossible time is no time at all, not one rolled over into the next month.
const iso = trelloIsoTime;

const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);
const earlier = (a: string, b: string | null) => (b !== null && b < a ? b : a);

// Actions that put a card on a list, naming that list in `data.list` rather than `listAfter`.
const ARRIVALS = new Set([
  'createCard',
  'copyCard',
  'moveCardToBoard',
  'convertToCardFromCheckItem',
  'emailCard',
]);

function arrivalList(action: TrelloAction): string | undefined {
  const data = action.data;
  if (data?.listAfter) return data.listAfter.id;
  return ARRIVALS.has(action.type) ? data?.list?.id : undefined;
}

/**
 * Reads the actions once; the returned function gives each card's times. A card entered its
 * stage when an action last put it on its current list; without one (older than the export's
 * actions), its last activity is the best bound there is: a move is activity, so the card was
 * on its list by then.
 */
export function buildTimeline(board: TrelloBoard, now: Date): (card: TrelloCard) => CardTimes {
  const firstSeen = new Map<string, string>();
  const arrived = new Map<string, string>();
  for (const action of board.actions ?? []) {
    const cardId = action.data?.card?.id;
    const date = iso(action.date);
    if (cardId === undefined || date === null) continue;
    if (ARRIVALS.has(action.type)) {
      firstSeen.set(cardId, earlier(date, firstSeen.get(cardId) ?? null));
    }
    const list = arrivalList(action);
    if (list !== undefined) {
      const key = `${cardId}\u0000${list}`;
      arrived.set(key, later(date, arrived.get(key) ?? null));
    }
  }
  return (card) => {
    const lastActivity = iso(card.dateLastActivity);
    const createdAt =
      timeFromTrelloId(card.id, now) ?? firstSeen.get(card.id) ?? lastActivity ?? now.toISOString();
    const updatedAt = later(createdAt, lastActivity);
    const arrival = arrived.get(`${card.id}\u0000${card.idList}`) ?? updatedAt;
    // Kept between creation and last change, whatever the clocks in the export say.
    const enteredStageAt = earlier(later(arrival, createdAt), updatedAt);
    return { createdAt, updatedAt, enteredStageAt };
  };
}
