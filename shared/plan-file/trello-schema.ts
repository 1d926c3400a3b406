/**
 * The part of a Trello board export ("Export as JSON") that the import reads, as a zod schema.
 * Exports arrive as `unknown` and are trusted only once parsed here. Every object is loose
 * because Trello adds fields over time; fields that only feed the "not carried over" report are
 * nullish so an export without them still imports. A broken export gets one problem naming the
 * first thing wrong and where (`cards[3].pos: expected a number, found text "top"`), never an
 * exception.
 */
import { z } from 'zod';
import { describeFound, formatPath } from './describe';
import type { PlanFileProblem } from './types';

// zod compiles object parsers with `new Function`, and even its probe for that is reported as a
// violation of the renderer's CSP (no 'unsafe-eval'), which the end-to-end tests treat as a
// failure. Jitless must be set before the first object schema is built, so it is set here.
z.config({ jitless: true });

// Deck's and other tools' test exports use ids like "hashcard7", so ids are any non-empty text.
const trelloId = z.string().min(1);
// Years outside 1000–9999 would not survive as YYYY-MM-DD, and no Trello board has them.
const isoDateTime = z.string().refine((text) => {
  const year = new Date(text).getUTCFullYear();
  return year >= 1000 && year <= 9999;
}, 'expected a date and time (ISO 8601)');

/** `{ id, name }` references inside actions; only hints, so malformed ones are dropped. */
const actionRef = z.looseObject({ id: z.string() }).optional().catch(undefined);

export const trelloLabelSchema = z.looseObject({
  id: trelloId,
  name: z.string().nullish(),
  color: z.string().nullish(),
});

export const trelloListSchema = z.looseObject({
  id: trelloId,
  name: z.string(),
  closed: z.boolean().nullish(),
  pos: z.number(),
});

export const trelloCardSchema = z.looseObject({
  id: trelloId,
  name: z.string().nullish(),
  desc: z.string().nullish(),
  idList: trelloId,
  pos: z.number(),
  closed: z.boolean().nullish(),
  due: isoDateTime.nullish(),
  dueComplete: z.boolean().nullish(),
  start: z.string().nullish(),
  dateLastActivity: isoDateTime.nullish(),
  idLabels: z.array(z.string()).nullish(),
  labels: z.array(trelloLabelSchema).nullish(),
  idMembers: z.array(z.string()).nullish(),
  idMembersVoted: z.array(z.string()).nullish(),
  attachments: z.array(z.looseObject({ name: z.string().nullish() })).nullish(),
  customFieldItems: z.array(z.looseObject({ idCustomField: z.string().nullish() })).nullish(),
  stickers: z.array(z.unknown()).nullish(),
  idAttachmentCover: z.string().nullish(),
  cover: z
    .looseObject({
      idAttachment: z.string().nullish(),
      color: z.string().nullish(),
      idUploadedBackground: z.string().nullish(),
    })
    .nullish(),
  badges: z.looseObject({ comments: z.number().nullish() }).nullish(),
});

export const trelloCheckItemSchema = z.looseObject({
  id: trelloId,
  name: z.string(),
  state: z.string(),
  pos: z.number(),
  due: z.string().nullish(),
  idMember: z.string().nullish(),
});

export const trelloChecklistSchema = z.looseObject({
  id: trelloId,
  idCard: trelloId,
  name: z.string().nullish(),
  pos: z.number(),
  checkItems: z.array(trelloCheckItemSchema),
});

export const trelloCustomFieldSchema = z.looseObject({
  id: trelloId,
  name: z.string().nullish(),
});

export const trelloActionSchema = z.looseObject({
  type: z.string().catch(''),
  date: isoDateTime.optional().catch(undefined),
  data: z
    .looseObject({ card: actionRef, list: actionRef, listAfter: actionRef })
    .optional()
    .catch(undefined),
});

export const trelloBoardSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  desc: z.string().nullish(),
  lists: z.array(trelloListSchema),
  cards: z.array(trelloCardSchema),
  labels: z.array(trelloLabelSchema).nullish(),
  checklists: z.array(trelloChecklistSchema).nullish(),
  customFields: z.array(trelloCustomFieldSchema).nullish(),
  actions: z.array(trelloActionSchema).nullish(),
});

export type TrelloBoard = z.infer<typeof trelloBoardSchema>;
export type TrelloList = z.infer<typeof trelloListSchema>;
export type TrelloCard = z.infer<typeof trelloCardSchema>;
export type TrelloLabel = z.infer<typeof trelloLabelSchema>;
export type TrelloChecklist = z.infer<typeof trelloChecklistSchema>;
export type TrelloAction = z.infer<typeof trelloActionSchema>;

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

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const found = valueAt(root, issue.path);
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED.get(issue.expected) ?? issue.expected;
    return `expected ${expected}; found ${describeFound(found)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'expected a non-empty id';
  return `${issue.message}; found ${describeFound(found)}`;
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
  const parsed = trelloBoardSchema.safeParse(value);
  if (!parsed.success) {
    // The board is an object, so the first issue is always inside it and has a path.
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const path = formatPath(issue.path.map((key) => (typeof key === 'number' ? key : String(key))));
    const detail = `${describeIssue(issue, value)}${recordHint(value, issue.path)}`;
    return { ok: false, problem: { message: `${path}: ${detail}.`, path } };
  }
  return checkReferences(parsed.data);
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
