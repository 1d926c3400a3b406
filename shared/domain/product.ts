/** Products and plans: the records behind the board, and the rules for their fields. */
import type { PlanTable } from '../records/registry';
import type { Stage } from './lifecycle';
import type { RecordBase } from './records';
import type { DeclineDecision } from './workspace';

export interface StageEntry {
  stage: Stage;
  /** ISO 8601: when the product entered this stage. */
  enteredAt: string;
}

export interface Product extends RecordBase {
  name: string;
  summary: string;
  owner: string;
  tags: string[];
  stage: Stage;
  /** Fractional index: orders products within their stage; compared as plain strings. */
  rank: string;
  /** Every stage the product entered, oldest first; the last entry is the current stage. */
  stageHistory: StageEntry[];
  archived: boolean;
  /** Personas and competitors of the plan that concern this product, by id. */
  personaIds: string[];
  competitorIds: string[];
  /** Set in Decline: rejuvenate, retire or pivot, with the reason. */
  decision: DeclineDecision | null;
  /** When the PM plans to enter later stages: drawn on the timeline after today. */
  plannedStages: PlannedStage[];
  /** Vision and strategy (see ./vision.ts): one line of vision, who it is for, what it solves. */
  vision: string;
  targetCustomer: string;
  problem: string;
  /** How the product plays its current stage, and the stage it was written for. */
  strategy: string;
  strategyStage: Stage | null;
}

/** The workspace fields of a product that has none yet (fresh lists every call). */
export function emptyProductLinks(): Pick<
  Product,
  | 'personaIds'
  | 'competitorIds'
  | 'decision'
  | 'plannedStages'
  | 'vision'
  | 'targetCustomer'
  | 'problem'
  | 'strategy'
  | 'strategyStage'
> {
  return {
    personaIds: [],
    competitorIds: [],
    decision: null,
    plannedStages: [],
    ...emptyVision(),
  };
}

/** A product's vision and strategy before anyone wrote them. */
export function emptyVision(): Pick<
  Product,
  'vision' | 'targetCustomer' | 'problem' | 'strategy' | 'strategyStage'
> {
  return { vision: '', targetCustomer: '', problem: '', strategy: '', strategyStage: null };
}

export interface PlannedStage {
  stage: Stage;
  /** YYYY-MM-DD */
  plannedOn: string;
}

export interface Plan {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** One item of a product's checklist for one stage (the stage playbook). */
export interface ChecklistItem extends RecordBase {
  productId: string;
  stage: Stage;
  text: string;
  done: boolean;
  /** Fractional index within the product's checklist for that stage. */
  rank: string;
}

/** A dated checkpoint of a product. */
export interface Milestone extends RecordBase {
  productId: string;
  title: string;
  /** Calendar date, YYYY-MM-DD (no time zone: a milestone is a day, not an instant). */
  date: string;
  done: boolean;
}

/** Left behind when a record is removed, so a merge can tell "deleted" from "never had". */
export interface Deletion {
  /** The id of the removed record. */
  id: string;
  planId: string;
  table: PlanTable;
  deletedAt: string;
}

/** Long enough for any real name; the board clamps long names visually. */
export const MAX_NAME_LENGTH = 10_000;
export const MAX_SUMMARY_LENGTH = 20_000;
/** A person or a word: an owner, a customer, one tag. Longer is a paste gone wrong. */
export const MAX_LABEL_LENGTH = 200;
export const MAX_TAGS = 50;

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkName(raw: string, what = 'product'): FieldCheck<string> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '') return { ok: false, message: `Give the ${what} a name.` };
  if (value.length > MAX_NAME_LENGTH) {
    return {
      ok: false,
      message: `The name is ${value.length.toLocaleString('en')} characters; keep it to ${MAX_NAME_LENGTH.toLocaleString('en')}.`,
    };
  }
  return { ok: true, value };
}

export function checkSummary(raw: string): FieldCheck<string> {
  const value = raw.trim();
  if (value.length > MAX_SUMMARY_LENGTH) {
    return {
      ok: false,
      message: `The summary is too long; keep it to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`,
    };
  }
  return { ok: true, value };
}

/** An owner or a customer: a name, spaces collapsed, at most MAX_LABEL_LENGTH characters. */
export function checkLabel(raw: string, what: string): FieldCheck<string> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value.length > MAX_LABEL_LENGTH) {
    return {
      ok: false,
      message: `The ${what} is ${value.length.toLocaleString('en')} characters; keep it to ${MAX_LABEL_LENGTH}.`,
    };
  }
  return { ok: true, value };
}

/** Tags as typed, comma-separated: each one a label, and not too many of them. */
export function checkTags(raw: string): FieldCheck<string[]> {
  return checkTagList(parseTags(raw));
}

/** A list of tags: tidied and de-duplicated as typed ones are, each a label, not too many. */
export function checkTagList(list: readonly string[]): FieldCheck<string[]> {
  const tags = tidyTags(list);
  const long = tags.find((tag) => tag.length > MAX_LABEL_LENGTH);
  if (long !== undefined) {
    return {
      ok: false,
      message: `The tag “${long.slice(0, 40)}…” is ${long.length.toLocaleString('en')} characters; keep each tag to ${MAX_LABEL_LENGTH}.`,
    };
  }
  if (tags.length > MAX_TAGS) {
    return { ok: false, message: `There are ${tags.length} tags; keep them to ${MAX_TAGS}.` };
  }
  return { ok: true, value: tags };
}

/** "web, B2B ,web" → ["web", "B2B"]: trimmed, de-duplicated without regard to case. */
export function parseTags(raw: string): string[] {
  return tidyTags(raw.split(','));
}

/** Tags trimmed, blank ones dropped, repeats (ignoring case) dropped after the first. */
function tidyTags(parts: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of parts) {
    const tag = part.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
