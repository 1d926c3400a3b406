/**
 * The part of a Trello board export ("Export as JSON") that the import reads, as a valibot
 * schema. Exports arrive as `unknown` and are trusted only once parsed here. Every object is
 * loose because Trello adds fields over time; fields that only feed the "not carried over"
 * report are nullish so an export without them still imports. A broken export gets one problem
 * naming the first thing wrong and where (`cards[3].pos: expected a number, found text "top"`),
 * never an exception.
 */
import * as v from 'valibot';
import { describeFound, formatPath } from './describe';
import type { PlanFileProblem } from './types';

const text = v.string();
const number = v.number();
const flag = v.boolean();
// Deck's and other tools' test exports use ids like "hashcard7", so ids are any non-empty text.
const trelloId = v.pipe(v.string(), v.minLength(1, 'expected a non-empty id'));
// Years outside 1000–9999 would not survive as YYYY-MM-DD, and no Trello board has them.
const isoDateTime = v.pipe(
  v.string(),
  v.check((value) => {
    const year = new Date(value).getUTCFullYear();
    return year >= 1000 && year <= 9999;
  }, 'expected a date and time (ISO 8601)'),
);

/** `{ id, name }` references inside actions; only hints, so malformed ones are dropped. */
const actionRef = v.fallback(v.optional(v.looseObject({ id: text })), undefined);

export const trelloLabelSchema = v.looseObject({
  id: trelloId,
  name: v.nullish(text),
  color: v.nullish(text),
});

export const trelloListSchema = v.looseObject({
  id: trelloId,
  name: text,
  closed: v.nullish(flag),
  pos: number,
});

export const trelloCardSchema = v.looseObject({
  id: trelloId,
  name: v.nullish(text),
  desc: v.nullish(text),
  idList: trelloId,
  pos: number,
  closed: v.nullish(flag),
  due: v.nullish(isoDateTime),
  dueComplete: v.nullish(flag),
  start: v.nullish(text),
  dateLastActivity: v.nullish(isoDateTime),
  idLabels: v.nullish(v.array(text)),
  labels: v.nullish(v.array(trelloLabelSchema)),
  idMembers: v.nullish(v.array(text)),
  idMembersVoted: v.nullish(v.array(text)),
  attachments: v.nullish(v.array(v.looseObject({ name: v.nullish(text) }))),
  customFieldItems: v.nullish(v.array(v.looseObject({ idCustomField: v.nullish(text) }))),
  stickers: v.nullish(v.array(v.unknown())),
  idAttachmentCover: v.nullish(text),
  cover: v.nullish(
    v.looseObject({
      idAttachment: v.nullish(text),
      color: v.nullish(text),
      idUploadedBackground: v.nullish(text),
    }),
  ),
  badges: v.nullish(v.looseObject({ comments: v.nullish(number) })),
});

export const trelloCheckItemSchema = v.looseObject({
  id: trelloId,
  name: text,
  state: text,
  pos: number,
  due: v.nullish(text),
  idMember: v.nullish(text),
});

export const trelloChecklistSchema = v.looseObject({
  id: trelloId,
  idCard: trelloId,
  name: v.nullish(text),
  pos: number,
  checkItems: v.array(trelloCheckItemSchema),
});

export const trelloCustomFieldSchema = v.looseObject({
  id: trelloId,
  name: v.nullish(text),
});

export const trelloActionSchema = v.looseObject({
  type: v.fallback(text, ''),
  date: v.fallback(v.optional(isoDateTime), undefined),
  data: v.fallback(
    v.optional(v.looseObject({ card: actionRef, list: actionRef, listAfter: actionRef })),
    undefined,
  ),
});

export const trelloBoardSchema = v.looseObject({
  id: v.nullish(text),
  name: v.nullish(text),
  desc: v.nullish(text),
  lists: v.array(trelloListSchema),
  cards: v.array(trelloCardSchema),
  labels: v.nullish(v.array(trelloLabelSchema)),
  checklists: v.nullish(v.array(trelloChecklistSchema)),
  customFields: v.nullish(v.array(trelloCustomFieldSchema)),
  actions: v.nullish(v.array(trelloActionSchema)),
});

export type TrelloBoard = v.InferOutput<typeof trelloBoardSchema>;
export type TrelloList = v.InferOutput<typeof trelloListSchema>;
export type TrelloCard = v.InferOutput<typeof trelloCardSchema>;
export type TrelloLabel = v.InferOutput<typeof trelloLabelSchema>;
export type TrelloChecklist = v.InferOutput<typeof trelloChecklistSchema>;
export type TrelloAction = v.InferOutput<typeof trelloActionSchema>;

/** Same shape as a plan file's problem; no path means the file as a whole. */
export type TrelloProblem = PlanFileProblem;

export type TrelloReadResult =
  { ok: true; board: TrelloBoard } | { ok: false; problem: TrelloProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX_ID = /^[0-9a-f]{24}$/i;

function isTrelloUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    return new URL(url).hostname === 'trello.com';
  } catch {
    return false;
  }
}

function hasIdBoard(items: unknown): boolean {
  return (
    Array.isArray(items) && items.some((item) => isRecord(item) && typeof item.idBoard === 'string')
  );
}

/**
 * A Trello board export, recognised by content rather than file name: an object with `lists`
 * or `cards` and something only Trello writes (`labelNames`, `prefs`, a trello.com URL). Weaker
 * signs (a 24-hex id, `idBoard` on lists or cards) count only when both are arrays. A damaged
 * export with strong signs is still recognised, so it gets a Trello-specific message from
 * `readTrelloBoard` rather than a plan-file one.
 */
export function isTrelloExport(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (value.format === 'lifecycle-plan') return false;
  if (!('lists' in value) && !('cards' in value)) return false;
  const strong =
    isRecord(value.labelNames) ||
    isRecord(value.prefs) ||
    isTrelloUrl(value.url) ||
    isTrelloUrl(value.shortUrl);
  if (strong) return true;
  if (!Array.isArray(value.lists) || !Array.isArray(value.cards)) return false;
  return (
    (typeof value.id === 'string' && HEX_ID.test(value.id)) ||
    hasIdBoard(value.lists) ||
    hasIdBoard(value.cards)
  );
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key === 'string') value = value[key];
    else return undefined;
  }
  return value;
}

const EXPECTED = new Map([
  ['string', 'text'],
  ['number', 'a number'],
  ['boolean', 'true or false'],
  ['array', 'a list ([…])'],
  ['object', 'an object ({…})'],
  ['loose_object', 'an object ({…})'],
]);

const RECORD_KINDS = new Map([
  ['cards', 'card'],
  ['lists', 'list'],
  ['checklists', 'checklist'],
]);

/** `(card "Write code")`: which record a path points into, in words the PM recognises. */
function recordHint(root: unknown, path: readonly PropertyKey[]): string {
  const [table, index] = path;
  const what = RECORD_KINDS.get(String(table));
  if (what === undefined || typeof index !== 'number' || path.length < 3) return '';
  const record = valueAt(root, [String(table), index]);
  return isRecord(record) && typeof record.name === 'string' && record.name.trim() !== ''
    ? ` (${what} ${JSON.stringify(record.name.trim())})`
    : '';
}

function describeIssue(issue: v.BaseIssue<unknown>, path: readonly PropertyKey[], root: unknown) {
  const found = valueAt(root, path);
  if (issue.kind === 'schema') {
    // A missing field is reported by its object; say what the field itself should be.
    const type = found === undefined ? typeAt(trelloBoardSchema, path) : issue.type;
    const expected = EXPECTED.get(type) ?? type;
    return `expected ${expected}; found ${describeFound(found)}`;
  }
  if (issue.type === 'min_length') return issue.message;
  return `${issue.message}; found ${describeFound(found)}`;
}

/** The type of the schema at `path` below `schema` (through lists and nullish wrappers). */
function typeAt(schema: v.GenericSchema, path: readonly PropertyKey[]): string {
  let at: unknown = schema;
  for (const key of path) {
    while (isRecord(at) && 'wrapped' in at) at = at.wrapped;
    if (isRecord(at) && isRecord(at.entries) && typeof key === 'string') at = at.entries[key];
    else if (isRecord(at) && 'item' in at && typeof key === 'number') at = at.item;
  }
  while (isRecord(at) && 'wrapped' in at) at = at.wrapped;
  return isRecord(at) && typeof at.type === 'string' ? at.type : 'a value';
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}

/** Parses an export (already JSON-parsed) into the subset of a board the import uses. */
export function readTrelloBoard(value: unknown): TrelloReadResult {
  if (!isRecord(value)) {
    return {
      ok: false,
      problem: {
        message: `A Trello board export is a JSON object; this file holds ${describeFound(value)}.`,
      },
    };
  }
  const parsed = v.safeParse(trelloBoardSchema, value, { abortEarly: true });
  if (!parsed.success) {
    // The board is an object, so the first issue is always inside it and has a path.
    const [issue] = parsed.issues;
    const keys = issuePath(issue);
    const path = formatPath(keys);
    const detail = `${describeIssue(issue, keys, value)}${recordHint(value, keys)}`;
    return { ok: false, problem: { message: `${path}: ${detail}.`, path } };
  }
  return checkReferences(parsed.output);
}

/** Cards must sit on a list of the export; otherwise there is no stage to give them. */
function checkReferences(board: TrelloBoard): TrelloReadResult {
  const listIds = new Set(board.lists.map((list) => list.id));
  const index = board.cards.findIndex((card) => !listIds.has(card.idList));
  const card = board.cards[index];
  if (card === undefined) return { ok: true, board };
  const path = `cards[${index}].idList`;
  const name = card.name?.trim() ? ` "${card.name.trim()}"` : '';
  return {
    ok: false,
    problem: {
      message: `${path}: the card${name} is on list ${JSON.stringify(card.idList)}, which is not among the export's lists.`,
      path,
    },
  };
}
