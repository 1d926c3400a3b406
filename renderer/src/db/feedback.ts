/**
 * Feedback repository: the only code that writes feedback entries, and what closing the loop
 * records (who was told that the item they asked for shipped). Each function checks its
 * input, writes in one transaction and returns its changes for undo; a refused write throws
 * before anything is written.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { customerKey } from '../../../shared/domain/backlog';
import { isCalendarDate } from '../../../shared/domain/calendar';
import { checkLabel, MAX_SUMMARY_LENGTH } from '../../../shared/domain/product';
import { newId, nowIso } from '../../../shared/domain/records';
import { FEEDBACK_SOURCES, SENTIMENTS, type Feedback } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as windowDb } from './index';
import { InvalidInputError, commit, getRecord, updateRecords } from './repository';

export type FeedbackDraft = Pick<
  Feedback,
  'source' | 'customer' | 'quote' | 'date' | 'sentiment' | 'backlogItemId'
>;
export type FeedbackPatch = Partial<FeedbackDraft>;

const oneOf = (list: readonly string[], value: unknown) =>
  typeof value === 'string' && list.includes(value);

/** Checks the fields a patch sets, returning them tidied; throws on the first bad one. */
function checkPatch(patch: FeedbackPatch): FeedbackPatch {
  const checked: FeedbackPatch = { ...patch };
  if (patch.customer !== undefined) {
    const customer = checkLabel(patch.customer, 'customer');
    if (!customer.ok) throw new InvalidInputError(customer.message);
    checked.customer = customer.value;
  }
  if (patch.quote !== undefined) {
    checked.quote = patch.quote.trim();
    if (checked.quote === '') throw new InvalidInputError('Write what the customer said.');
    if (checked.quote.length > MAX_SUMMARY_LENGTH) {
      throw new InvalidInputError(
        `The quote is too long; keep it to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`,
      );
    }
  }
  if (patch.date !== undefined && !isCalendarDate(patch.date)) {
    throw new InvalidInputError('The date must be a calendar date (YYYY-MM-DD).');
  }
  if (patch.source !== undefined && !oneOf(FEEDBACK_SOURCES, patch.source)) {
    throw new InvalidInputError('Unknown feedback source.');
  }
  if (patch.sentiment !== undefined && !oneOf(SENTIMENTS, patch.sentiment)) {
    throw new InvalidInputError('Unknown sentiment.');
  }
  return checked;
}

/** A linked backlog item must exist and belong to the same product. */
async function checkLink(
  db: PlannerDb,
  productId: string,
  backlogItemId: string | null | undefined,
) {
  if (backlogItemId === undefined || backlogItemId === null) return;
  const backlogItem = await getRecord(db, 'backlogItems', backlogItemId);
  if (backlogItem.productId !== productId) {
    throw new InvalidInputError('Feedback can only back an item of the same product.');
  }
}

/** Adds entries to a product (one, or many pasted at once) as one undoable step. */
export function createFeedbackEntries(
  db: PlannerDb,
  productId: string,
  drafts: readonly FeedbackDraft[],
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = drafts.map((draft) => checkPatch(draft) as FeedbackDraft);
    const product = await getRecord(db, 'products', productId);
    for (const backlogItemId of new Set(checked.map((draft) => draft.backlogItemId))) {
      await checkLink(db, productId, backlogItemId);
    }
    const at = nowIso(now);
    // Lists show the newest first; a millisecond apart, pasted lines keep their order there.
    const createdAt = (index: number) => nowIso(new Date(now.getTime() - index));
    return commit(
      db,
      checked.map((draft, index) => ({
        table: 'feedback',
        before: null,
        after: {
          id: newId(),
          planId: product.planId,
          productId,
          source: draft.source,
          customer: draft.customer,
          quote: draft.quote,
          date: draft.date,
          sentiment: draft.sentiment,
          backlogItemId: draft.backlogItemId,
          notifiedAt: null,
          createdAt: createdAt(index),
          updatedAt: at,
        },
      })),
    );
  });
}

export function createFeedback(
  db: PlannerDb,
  productId: string,
  draft: FeedbackDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return createFeedbackEntries(db, productId, [draft], now);
}

/** Edits entries (one, or a selection linked at once to an item) in one transaction. */
export function updateFeedbackEntries(
  db: PlannerDb,
  ids: readonly string[],
  patch: FeedbackPatch,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkPatch(patch);
    return updateRecords(db, 'feedback', ids, async (before) => {
      await checkLink(db, before.productId, checked.backlogItemId);
      const next: Feedback = { ...before, ...checked };
      const changed = (Object.keys(checked) as (keyof FeedbackPatch)[]).some(
        (field) => next[field] !== before[field],
      );
      return changed ? { ...next, updatedAt: nowIso(now) } : null;
    });
  });
}

export function updateFeedback(
  db: PlannerDb,
  id: string,
  patch: FeedbackPatch,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return updateFeedbackEntries(db, [id], patch, now);
}

export function deleteFeedbackEntries(
  db: PlannerDb,
  ids: readonly string[],
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const changes: RecordChange[] = [];
    for (const id of new Set(ids)) {
      changes.push({ table: 'feedback', before: await getRecord(db, 'feedback', id), after: null });
    }
    return commit(db, changes);
  });
}

/**
 * Records that customers were told (or, with `told` false, not yet told) that the item they
 * asked for shipped: every one of their entries linked to the item. `customers` are compared
 * as customerKey does; an entry already marked keeps the day it was first marked.
 */
export function setCustomersTold(
  db: PlannerDb,
  backlogItemId: string,
  customers: readonly string[],
  told: boolean,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    await getRecord(db, 'backlogItems', backlogItemId);
    const keys = new Set(customers.map(customerKey).filter((key) => key !== ''));
    const at = nowIso(now);
    const changes: RecordChange[] = [];
    for (const entry of await db.feedback.where('backlogItemId').equals(backlogItemId).toArray()) {
      if (!keys.has(customerKey(entry.customer))) continue;
      if ((entry.notifiedAt !== null) === told) continue;
      changes.push({
        table: 'feedback',
        before: entry,
        after: { ...entry, notifiedAt: told ? at : null, updatedAt: at },
      });
    }
    return commit(db, changes);
  });
}

export function markCustomerTold(
  db: PlannerDb,
  backlogItemId: string,
  customer: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return setCustomersTold(db, backlogItemId, [customer], true, now);
}

/** The product's feedback, newest first; undefined while loading. */
export function useFeedback(productId: string): Feedback[] | undefined {
  return useLiveQuery(async () => {
    const entries = await windowDb.feedback.where('productId').equals(productId).toArray();
    return entries.sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        b.createdAt.localeCompare(a.createdAt) ||
        a.id.localeCompare(b.id),
    );
  }, [productId]);
}
