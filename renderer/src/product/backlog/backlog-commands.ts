/**
 * Backlog and feedback actions, defined once: the table, the bulk bar, the feedback list and
 * the follow-up panel call these, so each records undo and speaks to the live region alike.
 */
import { FEATURE_STATUS_LABELS, MOSCOW_LABELS } from '../../../../shared/domain/workspace';
import type { Feature, FeatureStatus, Moscow } from '../../../../shared/domain/workspace';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import {
  bulkSetFeatures,
  createFeature,
  deleteFeatures,
  moveFeature,
  updateFeature,
  type FeatureDraft,
  type FeaturePatch,
} from '../../db/features';
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
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export async function addFeature(productId: string, draft: FeatureDraft): Promise<boolean> {
  const done = await perform(`Add “${draft.title}”`, () => createFeature(db, productId, draft));
  if (done) say(`Added “${draft.title}” to the backlog.`);
  return done;
}

export function editFeature(feature: Feature, patch: FeaturePatch): Promise<boolean> {
  return perform(`Edit “${feature.title}”`, () => updateFeature(db, feature.id, patch));
}

export async function setFeatureStatus(feature: Feature, status: FeatureStatus): Promise<void> {
  const done = await perform(`Set “${feature.title}” to ${FEATURE_STATUS_LABELS[status]}`, () =>
    updateFeature(db, feature.id, { status }),
  );
  if (done && status === 'shipped') say(`Shipped “${feature.title}”.`);
}

export async function bulkSet(
  ids: readonly string[],
  patch: { status?: FeatureStatus; moscow?: Moscow | null },
): Promise<boolean> {
  const parts: string[] = [];
  if (patch.status !== undefined) parts.push(`status to ${FEATURE_STATUS_LABELS[patch.status]}`);
  if (patch.moscow !== undefined) {
    parts.push(`MoSCoW to ${patch.moscow ? MOSCOW_LABELS[patch.moscow] : 'not set'}`);
  }
  const label = `Set ${parts.join(' and ')} for ${plural(ids.length, 'item')}`;
  const done = await perform(label, () => bulkSetFeatures(db, ids, patch));
  if (done) useUi.getState().showToast(`${label}.`, true);
  return done;
}

export async function removeFeatures(features: readonly Feature[]): Promise<boolean> {
  const label =
    features.length === 1
      ? `Delete “${(features[0] as Feature).title}”`
      : `Delete ${plural(features.length, 'backlog item')}`;
  const ids = features.map((feature) => feature.id);
  const done = await perform(label, () => deleteFeatures(db, ids));
  if (done) useUi.getState().showToast(`${label.replace(/^Delete/, 'Deleted')}.`, true);
  return done;
}

export async function moveFeatureAfter(
  feature: Feature,
  afterId: string | null,
  position: string,
): Promise<void> {
  const done = await perform(`Move “${feature.title}”`, () => moveFeature(db, feature.id, afterId));
  if (done) say(`Moved “${feature.title}” to ${position}.`);
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
  feature: Feature,
  customers: readonly string[],
  told: boolean,
): Promise<boolean> {
  const who =
    customers.length === 1 ? (customers[0] as string) : plural(customers.length, 'customer');
  const label = told
    ? `Mark ${who} told about “${feature.title}”`
    : `Mark ${who} not yet told about “${feature.title}”`;
  const done = await perform(label, () => setCustomersTold(db, feature.id, customers, told));
  if (done) say(`${label.replace(/^Mark/, 'Marked')}.`);
  return done;
}
