/**
 * Backlog and feedback actions, defined once: the table, the bulk bar, the feedback list and
 * the follow-up panel call these, so each records undo and speaks to the live region alike.
 */
import { formatCount } from '../../../../shared/domain/region';
import { BACKLOG_STATUS_LABELS, MOSCOW_LABELS } from '../../../../shared/domain/workspace';
import type { BacklogItem, BacklogStatus, Moscow } from '../../../../shared/domain/workspace';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import {
  bulkSetBacklogItems,
  createBacklogItem,
  deleteBacklogItems,
  moveBacklogItem,
  updateBacklogItem,
  type BacklogItemDraft,
  type BacklogItemPatch,
} from '../../db/backlog-items';
import {
  createFeedbackEntries,
  deleteFeedbackEntries,
  setCustomersTold,
  updateFeedback,
  type FeedbackDraft,
  type FeedbackPatch,
} from '../../db/feedback';
import { useUi } from '../../store';

const say = (message: string) => useUi.getState().announce(message);
const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

export async function addBacklogItem(productId: string, draft: BacklogItemDraft): Promise<boolean> {
  const done = await perform(`Add “${draft.title}”`, () => createBacklogItem(db, productId, draft));
  if (done) say(`Added “${draft.title}” to the backlog.`);
  return done;
}

export function editBacklogItem(
  backlogItem: BacklogItem,
  patch: BacklogItemPatch,
): Promise<boolean> {
  return perform(`Edit “${backlogItem.title}”`, () => updateBacklogItem(db, backlogItem.id, patch));
}

export async function setBacklogStatus(
  backlogItem: BacklogItem,
  status: BacklogStatus,
): Promise<void> {
  const done = await perform(`Set “${backlogItem.title}” to ${BACKLOG_STATUS_LABELS[status]}`, () =>
    updateBacklogItem(db, backlogItem.id, { status }),
  );
  if (done && status === 'shipped') say(`Shipped “${backlogItem.title}”.`);
}

export async function bulkSet(
  ids: readonly string[],
  patch: { status?: BacklogStatus; moscow?: Moscow | null },
): Promise<boolean> {
  const parts: string[] = [];
  if (patch.status !== undefined) parts.push(`status to ${BACKLOG_STATUS_LABELS[patch.status]}`);
  if (patch.moscow !== undefined) {
    parts.push(`MoSCoW to ${patch.moscow ? MOSCOW_LABELS[patch.moscow] : 'not set'}`);
  }
  const label = `Set ${parts.join(' and ')} for ${plural(ids.length, 'item')}`;
  const done = await perform(label, () => bulkSetBacklogItems(db, ids, patch));
  if (done) useUi.getState().showToast(`${label}.`, true);
  return done;
}

export async function removeBacklogItems(backlogItems: readonly BacklogItem[]): Promise<boolean> {
  const label =
    backlogItems.length === 1
      ? `Delete “${(backlogItems[0] as BacklogItem).title}”`
      : `Delete ${plural(backlogItems.length, 'backlog item')}`;
  const ids = backlogItems.map((backlogItem) => backlogItem.id);
  const done = await perform(label, () => deleteBacklogItems(db, ids));
  if (done) useUi.getState().showToast(`${label.replace(/^Delete/, 'Deleted')}.`, true);
  return done;
}

export async function moveBacklogItemAfter(
  backlogItem: BacklogItem,
  afterId: string | null,
  position: string,
): Promise<void> {
  const done = await perform(`Move “${backlogItem.title}”`, () =>
    moveBacklogItem(db, backlogItem.id, afterId),
  );
  if (done) say(`Moved “${backlogItem.title}” to ${position}.`);
}

export async function addFeedback(productId: string, drafts: readonly FeedbackDraft[]) {
  const label =
    drafts.length === 1
      ? 'Add feedback'
      : `Add ${plural(drafts.length, 'feedback entry', 'feedback entries')}`;
  const done = await perform(label, () => createFeedbackEntries(db, productId, drafts));
  if (done) {
    const message = `Added ${plural(drafts.length, 'feedback entry', 'feedback entries')}.`;
    if (drafts.length > 1) useUi.getState().showToast(message, true);
    else say(message);
  }
  return done;
}

export function editFeedback(id: string, patch: FeedbackPatch, label: string): Promise<boolean> {
  return perform(label, () => updateFeedback(db, id, patch));
}

export async function removeFeedback(id: string, who: string): Promise<boolean> {
  const done = await perform('Delete feedback', () => deleteFeedbackEntries(db, [id]));
  if (done) useUi.getState().showToast(`Deleted feedback${who ? ` from ${who}` : ''}.`, true);
  return done;
}

export async function markTold(
  backlogItem: BacklogItem,
  customers: readonly string[],
  told: boolean,
): Promise<boolean> {
  const who =
    customers.length === 1 ? (customers[0] as string) : plural(customers.length, 'customer');
  const label = told
    ? `Mark ${who} told about “${backlogItem.title}”`
    : `Mark ${who} not yet told about “${backlogItem.title}”`;
  const done = await perform(label, () => setCustomersTold(db, backlogItem.id, customers, told));
  if (done) say(`${label.replace(/^Mark/, 'Marked')}.`);
  return done;
}
