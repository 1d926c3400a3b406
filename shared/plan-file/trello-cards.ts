/**
 * One Trello card's parts as plan records: the product's name, summary and tags, the checklist
 * items of its stage and the milestone of its due date. Whatever is dropped or changed on the
 * way is counted in the conversion notes for the report.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import type { Stage } from '../domain/lifecycle';
import {
  MAX_NAME_LENGTH,
  MAX_SUMMARY_LENGTH,
  checkName,
  parseTags,
  type ChecklistItem,
  type Milestone,
  MAX_LABEL_LENGTH,
  MAX_TAGS,
} from '../domain/product';
import { isCalendarDate } from '../domain/calendar';
import { readTrelloInstant } from './trello-dates';
import { UNTITLED_CARD, type ConversionNotes } from './trello-report';
import type { TrelloBoard, TrelloCard, TrelloChecklist, TrelloLabel } from './trello-schema';
import type { CardTimes } from './trello-times';

/**
 * `text` cut to at most `max` characters (UTF-16 code units, as the plan format counts them),
 * never between the two halves of a character outside the Basic Multilingual Plane.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, end).trim();
}

/** Trello's own order: by `pos` (a float), ties by id so the result never depends on input order. */
export function byPos(a: { pos: number; id: string }, b: { pos: number; id: string }): number {
  if (a.pos !== b.pos) return a.pos - b.pos;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function productName(card: TrelloCard, notes: ConversionNotes): string {
  const checked = checkName(card.name ?? '', 'card');
  if (checked.ok) return checked.value;
  const folded = (card.name ?? '').replace(/\s+/g, ' ').trim();
  if (folded === '') {
    notes.untitledCards += 1;
    return UNTITLED_CARD;
  }
  notes.shortenedNames += 1;
  return cutText(folded, MAX_NAME_LENGTH);
}

export function productSummary(card: TrelloCard, notes: ConversionNotes): string {
  const summary = (card.desc ?? '').trim();
  if (summary.length <= MAX_SUMMARY_LENGTH) return summary;
  notes.shortenedSummaries += 1;
  return cutText(summary, MAX_SUMMARY_LENGTH);
}

/** Label names, or the colour for a label without one, under the app's own tag rules. */
export function productTags(
  card: TrelloCard,
  boardLabels: ReadonlyMap<string, TrelloLabel>,
  notes: ConversionNotes,
): string[] {
  const cardLabels = new Map((card.labels ?? []).map((label) => [label.id, label]));
  const ids = [...new Set([...(card.idLabels ?? []), ...cardLabels.keys()])];
  const texts: string[] = [];
  for (const id of ids) {
    const label = boardLabels.get(id) ?? cardLabels.get(id);
    const text = label?.name?.trim() || label?.color?.trim() || '';
    if (text === '') notes.unknownLabels += 1;
    else texts.push(text);
  }
  // parseTags splits on commas, so a label "Q1, Q2" becomes the tags the app would make of it.
  const tags = parseTags(texts.join(',')).map((tag) => {
    if (tag.length <= MAX_LABEL_LENGTH) return tag;
    notes.shortenedTags += 1;
    return cutText(tag, MAX_LABEL_LENGTH);
  });
  notes.droppedTags += Math.max(0, tags.length - MAX_TAGS);
  return tags.slice(0, MAX_TAGS);
}

export interface ChildParts {
  productId: string;
  planId: string;
  stage: Stage;
  times: CardTimes;
}

/** Each card's checklists in Trello's order, read once for the whole board. */
export function checklistsByCard(board: TrelloBoard): Map<string, TrelloChecklist[]> {
  const byCard = new Map<string, TrelloChecklist[]>();
  for (const checklist of board.checklists ?? []) {
    const checklists = byCard.get(checklist.idCard);
    if (checklists === undefined) byCard.set(checklist.idCard, [checklist]);
    else checklists.push(checklist);
  }
  for (const checklists of byCard.values()) checklists.sort(byPos);
  return byCard;
}

export function checklistItemsFor(
  checklists: readonly TrelloChecklist[],
  parts: ChildParts,
  newId: () => string,
  notes: ConversionNotes,
): ChecklistItem[] {
  // One checklist reads as the stage's checklist; several keep their names as a prefix.
  const prefixed = checklists.length > 1;
  const texts = checklists.flatMap((checklist) =>
    [...checklist.checkItems].sort(byPos).flatMap((item) => {
      const text = item.name.replace(/\s+/g, ' ').trim();
      if (text === '') {
        notes.emptyCheckItems += 1;
        return [];
      }
      const prefix = prefixed && checklist.name?.trim() ? `${checklist.name.trim()}: ` : '';
      const full = `${prefix}${text}`;
      // A checklist item's text is held to a name's length, as in the app's own checklists.
      if (full.length > MAX_NAME_LENGTH) notes.shortenedCheckItems += 1;
      return [{ text: cutText(full, MAX_NAME_LENGTH), done: item.state === 'complete' }];
    }),
  );
  const ranks = generateNKeysBetween(null, null, texts.length);
  return texts.map((item, i) => ({
    id: newId(),
    planId: parts.planId,
    createdAt: parts.times.createdAt,
    updatedAt: parts.times.updatedAt,
    productId: parts.productId,
    stage: parts.stage,
    text: item.text,
    done: item.done,
    rank: ranks[i] as string,
  }));
}

export function dueMilestone(
  card: TrelloCard,
  parts: ChildParts,
  newId: () => string,
  notes: ConversionNotes,
): Milestone[] {
  if (!card.due) return [];
  // Trello stores an instant; a milestone is a day. Taking the UTC day makes the file the same
  // whichever time zone it was imported in, at the price of a day's shift for some dues.
  const instant = readTrelloInstant(card.due);
  const due = instant === null ? null : new Date(instant).toISOString();
  if (due === null || !isCalendarDate(due.slice(0, 10))) {
    // "2026-02-30" is no day at all: left out and reported, never moved to 2 March.
    notes.unreadableDues.push({ card: card.name ?? '', due: card.due });
    return [];
  }
  if (!due.endsWith('T00:00:00.000Z')) notes.dueTimesDropped += 1;
  return [
    {
      id: newId(),
      planId: parts.planId,
      createdAt: parts.times.createdAt,
      updatedAt: parts.times.updatedAt,
      productId: parts.productId,
      title: 'Due date',
      date: due.slice(0, 10),
      done: card.dueComplete === true,
    },
  ];
}
