/**
 * What search finds in each kind of record: the text it matches (folded once, when a record
 * is read or changes), the line a result shows, and where choosing it leads. Pure, so the
 * search index and its worker can be tested in Node.
 */
import { foldForSearch } from '../../../shared/domain/search';
import { EXPERIMENT_DECISION_LABELS } from '../../../shared/domain/experiments';
import { BACKLOG_STATUS_LABELS } from '../../../shared/domain/workspace';
import { TABLE_LABELS, type PlanRecords } from '../../../shared/records/registry';

/** The kinds search looks through, in the order their groups are shown. */
export const SEARCH_KINDS = [
  'products',
  'backlogItems',
  'feedback',
  'kpis',
  'milestones',
  'releases',
  'experiments',
  'personas',
  'competitors',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  ...(Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, TABLE_LABELS[kind]])) as Record<
    SearchKind,
    string
  >),
  feedback: 'Feedback',
};

/** The workspace section each product record opens in; plan-wide ones open their dialog. */

/** Long quotes are cut for the result list; the whole text is still searched. */
export const SHOWN_CHARACTERS = 160;

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** The product a record belongs to; null for plan-wide records and products themselves. */
  productId: string | null;
  title: string;
  detail: string;
  /** Folded title, for ranking matches in it first. */
  titleText: string;
  /** Folded title and every other searched field. */
  text: string;
  /** Products only: an archived product and its records are marked as such. */
  archived?: boolean;
}

const cut = (text: string) =>
  text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS - 1).trimEnd()}…` : text;

function entry(
  kind: SearchKind,
  record: { id: string },
  productId: string | null,
  title: string,
  detail: string,
  more: readonly string[],
): SearchEntry {
  const shown = title.replace(/\s+/g, ' ').trim();
  // Folded from the title as shown, so the palette's matched letters fall where they are seen.
  const titleText = foldForSearch(shown);
  return {
    kind,
    id: record.id,
    productId,
    title: cut(shown),
    detail: cut(detail),
    titleText,
    text: [titleText, ...more.map(foldForSearch)].join('\n'),
  };
}

type Searchable = { [K in SearchKind]: PlanRecords[K] };

const MAKERS: { [K in SearchKind]: (record: Searchable[K]) => SearchEntry } = {
  products: (p) => ({
    ...entry(
      'products',
      p,
      null,
      p.name,
      [p.owner, p.tags.join(', ')].filter(Boolean).join(' · '),
      [p.owner, ...p.tags, p.summary, p.vision, p.targetCustomer, p.problem, p.strategy],
    ),
    archived: p.archived,
  }),
  backlogItems: (b) =>
    entry('backlogItems', b, b.productId, b.title, BACKLOG_STATUS_LABELS[b.status], [
      b.description,
    ]),
  feedback: (f) => entry('feedback', f, f.productId, f.quote, f.customer, [f.customer]),
  kpis: (k) => entry('kpis', k, k.productId, k.name, k.unit, [k.unit]),
  milestones: (m) => entry('milestones', m, m.productId, m.title, m.date, []),
  releases: (r) => entry('releases', r, r.productId, r.version, r.date, [r.notes]),
  experiments: (e) =>
    entry('experiments', e, e.productId, e.title, EXPERIMENT_DECISION_LABELS[e.decision], [
      e.hypothesis,
      ...e.variants.flatMap((v) => [v.name, v.result]),
      e.rationale,
    ]),
  personas: (p) => entry('personas', p, null, p.name, p.notes, [p.notes]),
  competitors: (c) => entry('competitors', c, null, c.name, c.notes, [c.notes]),
};

export function entryOf<K extends SearchKind>(kind: K, record: Searchable[K]): SearchEntry {
  return MAKERS[kind](record);
}

/** For code that walks every kind alike: the record must be one of `kind`'s table. */
export function entryOfRecord(kind: SearchKind, record: Searchable[SearchKind]): SearchEntry {
  return (MAKERS[kind] as (record: Searchable[SearchKind]) => SearchEntry)(record);
}
