/**
 * The "not carried over" part of a Trello import's report: one plain sentence per kind of
 * Trello data that has no place in a plan, so the PM knows what to keep in Trello. Sentences
 * appear only for what the export actually holds.
 */
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH, MAX_SUMMARY_LENGTH, MAX_TAGS } from '../domain/product';
import type { TrelloBoard, TrelloCard } from './trello-schema';

/** The name a card without one gets, so every product has a name. */
export const UNTITLED_CARD = 'Untitled card';

/**
 * Trello's JSON export holds only the board's most recent 1,000 actions (comments are
 * actions), so a full page of actions means older comments are not in the file at all.
 */
export const TRELLO_ACTION_CAP = 1000;

export interface TrelloReport {
  boardName: string;
  counts: {
    lists: number;
    cards: number;
    products: number;
    checklistItems: number;
    milestones: number;
    archived: number;
  };
  notCarried: string[];
}

/** What the conversion itself dropped or changed, gathered while it ran. */
export interface ConversionNotes {
  skippedLists: { name: string; cardCount: number }[];
  untitledCards: number;
  shortenedNames: number;
  shortenedSummaries: number;
  emptyCheckItems: number;
  orphanChecklists: number;
  unknownLabels: number;
  dueTimesDropped: number;
  /** Due dates that are not a real day and time, as the export wrote them. */
  unreadableDues: { card: string; due: string }[];
  shortenedCheckItems: number;
  /** Labels longer than a tag may be, cut to fit. */
  shortenedTags: number;
  /** Labels beyond the number of tags a product may have. */
  droppedTags: number;
}

export function emptyNotes(): ConversionNotes {
  return {
    skippedLists: [],
    untitledCards: 0,
    shortenedNames: 0,
    shortenedSummaries: 0,
    emptyCheckItems: 0,
    orphanChecklists: 0,
    unknownLabels: 0,
    dueTimesDropped: 0,
    unreadableDues: [],
    shortenedCheckItems: 0,
    shortenedTags: 0,
    droppedTags: 0,
  };
}

const were = (count: number) => (count === 1 ? 'was' : 'were');

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** `"a", "b", "c" and 4 more`: quoted so empty or odd names stay visible, long ones cut. */
const cut = (name: string) => (name.length > 60 ? `${name.slice(0, 59)}…` : name);

function quoteSome(names: readonly string[], limit = 5): string {
  const shown = names.slice(0, limit).map((name) => JSON.stringify(cut(name)));
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function sum(cards: readonly TrelloCard[], count: (card: TrelloCard) => number): number {
  return cards.reduce((total, card) => total + count(card), 0);
}

function countCards(cards: readonly TrelloCard[], has: (card: TrelloCard) => boolean): number {
  return cards.filter(has).length;
}

function hasCover(card: TrelloCard): boolean {
  const cover = card.cover;
  return Boolean(
    card.idAttachmentCover || cover?.idAttachment || cover?.color || cover?.idUploadedBackground,
  );
}

function attachmentSentence(cards: readonly TrelloCard[]): string | null {
  const names = cards.flatMap((card) => (card.attachments ?? []).map((a) => a.name ?? ''));
  if (names.length === 0) return null;
  const onCards = countCards(cards, (card) => (card.attachments?.length ?? 0) > 0);
  return `${plural(names.length, 'attachment')} on ${plural(onCards, 'card')} (${quoteSome(names)}) ${were(names.length)} not carried over; the files and links stay in Trello.`;
}

function customFieldSentence(board: TrelloBoard): string | null {
  const fields = board.customFields ?? [];
  const values = sum(board.cards, (card) => card.customFieldItems?.length ?? 0);
  if (fields.length === 0 && values === 0) return null;
  const onCards = countCards(board.cards, (card) => (card.customFieldItems?.length ?? 0) > 0);
  const names = fields.map((field) => field.name ?? '');
  const which = names.length > 0 ? ` (${quoteSome(names, 10)})` : '';
  return `Custom fields were not carried over: ${plural(fields.length, 'field')}${which} with ${plural(values, 'value')} on ${plural(onCards, 'card')}.`;
}

function commentSentences(board: TrelloBoard): string[] {
  const actions = board.actions ?? [];
  const found = actions.filter((action) => action.type === 'commentCard').length;
  // Card badges count every comment, even those older than the export's actions.
  const shown = sum(board.cards, (card) => card.badges?.comments ?? 0);
  const sentences: string[] = [];
  if (shown > found) {
    sentences.push(
      `Comments were not carried over: the cards show ${plural(shown, 'comment')}, ${found.toLocaleString('en')} of them in the export.`,
    );
  } else if (found > 0) {
    sentences.push(
      `${plural(found, 'comment')} found in the export ${were(found)} not carried over.`,
    );
  }
  if (actions.length >= TRELLO_ACTION_CAP) {
    sentences.push(
      `The export holds ${plural(actions.length, 'action')}, Trello's cap, so comments beyond it are missing from the file itself.`,
    );
  }
  return sentences;
}

function cardDataSentences(cards: readonly TrelloCard[]): string[] {
  const sentences: string[] = [];
  const withMembers = countCards(cards, (card) => (card.idMembers?.length ?? 0) > 0);
  if (withMembers > 0) {
    sentences.push(
      `Members were not carried over: ${plural(withMembers, 'card')} had members assigned; owners are left empty.`,
    );
  }
  const votes = sum(cards, (card) => card.idMembersVoted?.length ?? 0);
  if (votes > 0)
    sentences.push(`${plural(votes, 'vote')} on cards ${were(votes)} not carried over.`);
  const stickers = sum(cards, (card) => card.stickers?.length ?? 0);
  if (stickers > 0)
    sentences.push(`${plural(stickers, 'sticker')} on cards ${were(stickers)} not carried over.`);
  const covers = countCards(cards, hasCover);
  if (covers > 0) sentences.push(`Card covers on ${plural(covers, 'card')} were not carried over.`);
  const starts = countCards(cards, (card) => Boolean(card.start));
  if (starts > 0) {
    sentences.push(
      `Start dates on ${plural(starts, 'card')} were not carried over; only due dates became milestones.`,
    );
  }
  return sentences;
}

function checklistSentences(board: TrelloBoard): string[] {
  const items = (board.checklists ?? []).flatMap((checklist) => checklist.checkItems);
  const dated = items.filter((item) => Boolean(item.due) || Boolean(item.idMember)).length;
  return dated > 0
    ? [
        `Due dates and members of ${plural(dated, 'checklist item')} were not carried over; the items themselves were.`,
      ]
    : [];
}

function noteSentences(notes: ConversionNotes): string[] {
  const sentences: string[] = [];
  if (notes.skippedLists.length > 0) {
    const lists = notes.skippedLists
      .map((list) => `${JSON.stringify(list.name)} (${plural(list.cardCount, 'card')})`)
      .join(', ');
    sentences.push(`Lists without a stage were skipped with their cards: ${lists}.`);
  }
  if (notes.untitledCards > 0) {
    sentences.push(
      `${plural(notes.untitledCards, 'card')} had no name and became "${UNTITLED_CARD}".`,
    );
  }
  if (notes.shortenedNames > 0) {
    sentences.push(
      `${plural(notes.shortenedNames, 'card name')} too long for a product ${were(notes.shortenedNames)} shortened to ${MAX_NAME_LENGTH.toLocaleString('en')} characters.`,
    );
  }
  if (notes.shortenedSummaries > 0) {
    sentences.push(
      `${plural(notes.shortenedSummaries, 'description')} too long for a summary ${were(notes.shortenedSummaries)} shortened to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`,
    );
  }
  if (notes.shortenedCheckItems > 0) {
    sentences.push(
      `${plural(notes.shortenedCheckItems, 'checklist item')} too long for a checklist ${were(notes.shortenedCheckItems)} shortened to ${MAX_NAME_LENGTH.toLocaleString('en')} characters.`,
    );
  }
  if (notes.shortenedTags > 0) {
    sentences.push(
      `${plural(notes.shortenedTags, 'label')} too long for a tag ${were(notes.shortenedTags)} shortened to ${MAX_LABEL_LENGTH} characters.`,
    );
  }
  if (notes.droppedTags > 0) {
    sentences.push(
      `${plural(notes.droppedTags, 'label')} beyond the ${MAX_TAGS} tags a product may have ${were(notes.droppedTags)} left out.`,
    );
  }
  if (notes.unreadableDues.length > 0) {
    const count = notes.unreadableDues.length;
    const shown = notes.unreadableDues
      .slice(0, 5)
      .map(({ card, due }) => `${quoteSome([card])} (${JSON.stringify(cut(due))})`);
    const rest = count > shown.length ? ` and ${count - shown.length} more` : '';
    sentences.push(
      `${plural(count, 'due date')} that ${count === 1 ? 'is' : 'are'} not a real day ${were(count)} left out, not moved to another day: ${shown.join(', ')}${rest}.`,
    );
  }
  if (notes.emptyCheckItems > 0) {
    sentences.push(
      `${plural(notes.emptyCheckItems, 'checklist item')} with no text ${were(notes.emptyCheckItems)} left out.`,
    );
  }
  if (notes.orphanChecklists > 0) {
    sentences.push(
      `${plural(notes.orphanChecklists, 'checklist')} of cards not in the export ${were(notes.orphanChecklists)} left out.`,
    );
  }
  if (notes.unknownLabels > 0) {
    sentences.push(
      `${plural(notes.unknownLabels, 'label')} on cards ${were(notes.unknownLabels)} left out: no name and no colour, or missing from the export.`,
    );
  }
  if (notes.dueTimesDropped > 0) {
    sentences.push(
      `Times of day of ${plural(notes.dueTimesDropped, 'due date')} were dropped: milestones are whole days (in UTC).`,
    );
  }
  return sentences;
}

/** Every sentence of the report's "not carried over" list, board data first. */
export function describeNotCarried(board: TrelloBoard, notes: ConversionNotes): string[] {
  const description = board.desc?.trim() ? ["The board's description was not carried over."] : [];
  return [
    ...noteSentences(notes),
    attachmentSentence(board.cards),
    customFieldSentence(board),
    ...commentSentences(board),
    ...cardDataSentences(board.cards),
    ...checklistSentences(board),
    ...description,
  ].filter((sentence): sentence is string => sentence !== null);
}
