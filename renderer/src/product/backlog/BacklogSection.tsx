/**
 * The product's backlog: feature requests with status, MoSCoW and RICE, in a table edited in
 * place. Sorting and grouping are remembered per product on this computer (store/view-prefs);
 * the status filter and the selection are this view's own state; the items themselves are
 * read live from the database.
 */
import './backlog.css';
import { Layers } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  BACKLOG_SORT_LABELS,
  backingByBacklogItem,
  filterByStatus,
  groupByMoscow,
  isStatusFilter,
  sortBacklog,
  type BacklogSort,
  type MoscowGroup,
  type StatusFilter,
} from '../../../../shared/domain/backlog';
import type { Product } from '../../../../shared/domain/product';
import {
  BACKLOG_STATUSES,
  BACKLOG_STATUS_LABELS,
  type BacklogItem,
} from '../../../../shared/domain/workspace';
import { useBacklogItems } from '../../db/backlog-items';
import { useFeedback } from '../../db/feedback';
import { useUi } from '../../store';
import { useReveal } from '../../store/reveal';
import { useBacklogView, useViewPrefs } from '../../store/view-prefs';
import { ShippedFollowUps } from '../feedback/ShippedFollowUps';
import { AddBacklogItemForm } from './AddBacklogItemForm';
import { BacklogTable } from './BacklogTable';
import { bulkSet, moveBacklogItemAfter, removeBacklogItems } from './backlog-commands';
import { BulkBar } from './BulkBar';

/** The field to focus in a row once the table has re-drawn (after a move or a delete). */
function focusRowField(backlogItemId: string | null, column = 'title') {
  const row = backlogItemId
    ? document.querySelector(`[data-backlogItem-id="${CSS.escape(backlogItemId)}"]`)
    : null;
  const target =
    row?.querySelector<HTMLElement>(`[data-column="${column}"]`) ??
    document.querySelector<HTMLElement>('.backlog .add-row-input');
  target?.focus();
}

export function BacklogSection({ product }: { product: Product }) {
  const backlogItems = useBacklogItems(product.id);
  const feedback = useFeedback(product.id);
  const { sort, grouped } = useBacklogView(product.id);
  const setBacklogView = useViewPrefs((s) => s.setBacklogView);
  const setSort = (next: BacklogSort) => setBacklogView(product.id, { sort: next });
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all');
  const latestItems = useRef(backlogItems);
  useEffect(() => {
    latestItems.current = backlogItems;
  });
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const pendingFocus = useRef<string | null>(null);

  const backing = useMemo(() => backingByBacklogItem(feedback ?? []), [feedback]);
  const shown = useMemo(
    () => filterByStatus(sortBacklog(backlogItems ?? [], sort), statusFilter),
    [backlogItems, sort, statusFilter],
  );
  const groups: MoscowGroup<BacklogItem>[] = grouped
    ? groupByMoscow(shown)
    : [{ moscow: null, label: '', items: shown }];
  // Bulk actions act on what the user can see selected, never on rows a filter hides.
  const selectedShown = shown.filter((backlogItem) => selection.has(backlogItem.id));

  // An item search asks for while this backlog shows must not stay hidden behind the filter.
  useEffect(
    () =>
      useReveal.subscribe((state) => {
        const id = state.request?.id;
        if (id && latestItems.current?.some((item) => item.id === id)) setStatusFilter('all');
      }),
    [],
  );

  useEffect(() => {
    if (pendingFocus.current === null) return;
    focusRowField(pendingFocus.current);
    pendingFocus.current = null;
  }, [backlogItems]);

  function select(ids: readonly string[], on: boolean) {
    setSelection((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  async function remove(targets: readonly BacklogItem[]) {
    const gone = new Set(targets.map((backlogItem) => backlogItem.id));
    const index = shown.findIndex((backlogItem) => gone.has(backlogItem.id));
    const after = shown.slice(index).find((backlogItem) => !gone.has(backlogItem.id));
    const before = shown
      .slice(0, index)
      .reverse()
      .find((backlogItem) => !gone.has(backlogItem.id));
    if (await removeBacklogItems(targets)) {
      select([...gone], false);
      focusRowField((after ?? before)?.id ?? null);
    }
  }

  function move(backlogItem: BacklogItem, siblings: readonly BacklogItem[], step: -1 | 1) {
    const ui = useUi.getState();
    if (sort !== 'manual') {
      ui.announce('Sort by manual order to move items.');
      return;
    }
    const index = siblings.findIndex((item) => item.id === backlogItem.id);
    const target = index + step;
    if (target < 0 || target >= siblings.length) {
      ui.announce(`“${backlogItem.title}” is already at the ${step < 0 ? 'top' : 'bottom'}.`);
      return;
    }
    const afterId = step < 0 ? (siblings[target - 1]?.id ?? null) : (siblings[target]?.id ?? null);
    pendingFocus.current = backlogItem.id;
    void moveBacklogItemAfter(backlogItem, afterId, `position ${target + 1} of ${siblings.length}`);
  }

  return (
    <section className="workspace-section backlog" aria-labelledby="section-backlog">
      <h2 id="section-backlog">Backlog</h2>
      <ShippedFollowUps backlogItems={backlogItems} feedback={feedback} pendingOnly />
      <AddBacklogItemForm productId={product.id} />
      <div className="table-toolbar" role="group" aria-label="Backlog view">
        <label className="inline-field">
          <span>Sort by</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as BacklogSort)}>
            {(Object.keys(BACKLOG_SORT_LABELS) as BacklogSort[]).map((key) => (
              <option key={key} value={key}>
                {BACKLOG_SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Status</span>
          <select
            value={statusFilter}
            onChange={(event) => {
              if (isStatusFilter(event.target.value)) setStatusFilter(event.target.value);
            }}
          >
            <option value="all">All statuses</option>
            {BACKLOG_STATUSES.map((status) => (
              <option key={status} value={status}>
                {BACKLOG_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={grouped}
          onClick={() => setBacklogView(product.id, { grouped: !grouped })}
        >
          <Layers size={15} aria-hidden="true" />
          Group by MoSCoW
        </button>
        <span className="table-count">
          {backlogItems === undefined
            ? ''
            : shown.length === backlogItems.length
              ? `${backlogItems.length} ${backlogItems.length === 1 ? 'item' : 'items'}`
              : `${shown.length} of ${backlogItems.length} items`}
        </span>
      </div>
      {selectedShown.length > 0 && (
        <BulkBar
          count={selectedShown.length}
          onApply={(patch) =>
            bulkSet(
              selectedShown.map((backlogItem) => backlogItem.id),
              patch,
            )
          }
          onDelete={() => void remove(selectedShown)}
          onClear={() => setSelection(new Set())}
        />
      )}
      {backlogItems !== undefined && backlogItems.length === 0 ? (
        <p className="empty-note">
          No backlog items yet. Add feature requests above, then score them with RICE and sort by
          score to see what to build first.
        </p>
      ) : backlogItems !== undefined && shown.length === 0 ? (
        <p className="empty-note">No items have this status.</p>
      ) : (
        <BacklogTable
          productName={product.name}
          groups={groups}
          grouped={grouped}
          backing={backing}
          selected={selection}
          onSelect={select}
          onDelete={(backlogItem) => void remove([backlogItem])}
          onMove={move}
        />
      )}
    </section>
  );
}
