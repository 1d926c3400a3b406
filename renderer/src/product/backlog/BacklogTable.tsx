/**
 * The backlog as a real table: one row per item, optionally in MoSCoW groups (one <tbody>
 * each, with a header row naming the group). The caption carries the RICE formula so the
 * score column explains itself to everyone, not only to those who hover. A long backlog draws
 * only the rows in view, and brings a row search asks for into view first.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useReveal } from '../../store/reveal';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { SpacerRow } from '../../ui/VirtualSpacer';
import { backingOf, type Backing, type MoscowGroup } from '../../../../shared/domain/backlog';
import type { BacklogItem } from '../../../../shared/domain/workspace';
import { BacklogItemRow } from './BacklogItemRow';

const COLUMNS = 10;

interface BacklogTableProps {
  productName: string;
  /** One group without a label when not grouping. */
  groups: MoscowGroup<BacklogItem>[];
  grouped: boolean;
  backing: ReadonlyMap<string, Backing>;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], selected: boolean) => void;
  onDelete: (backlogItem: BacklogItem) => void;
  onMove: (backlogItem: BacklogItem, groupItems: readonly BacklogItem[], step: -1 | 1) => void;
}

function SelectAll({
  ids,
  selected,
  onSelect,
}: {
  ids: readonly string[];
  selected: ReadonlySet<string>;
  onSelect: BacklogTableProps['onSelect'];
}) {
  const ref = useRef<HTMLInputElement>(null);
  const count = ids.filter((id) => selected.has(id)).length;
  const all = ids.length > 0 && count === ids.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all shown items"
      checked={all}
      disabled={ids.length === 0}
      onChange={(event) => onSelect(ids, event.target.checked)}
    />
  );
}

/** A row of the table: an item, or (item null) the header row of its MoSCoW group. */
interface TableEntry {
  group: MoscowGroup<BacklogItem>;
  item: BacklogItem | null;
}

function tableEntries(groups: readonly MoscowGroup<BacklogItem>[], grouped: boolean): TableEntry[] {
  return groups.flatMap((group) => [
    ...(grouped ? [{ group, item: null }] : []),
    ...group.items.map((item) => ({ group, item })),
  ]);
}

/** The drawn rows split by group, each run becoming the <tbody> of its group. */
function runsOfGroups(entries: readonly TableEntry[], indexes: readonly number[]) {
  const runs: { group: MoscowGroup<BacklogItem>; indexes: number[] }[] = [];
  for (const index of indexes) {
    const entry = entries[index];
    if (!entry) continue;
    const last = runs.at(-1);
    if (last?.group === entry.group) last.indexes.push(index);
    else runs.push({ group: entry.group, indexes: [index] });
  }
  return runs;
}

export function BacklogTable({
  productName,
  groups,
  grouped,
  backing,
  selected,
  onSelect,
  onDelete,
  onMove,
}: BacklogTableProps) {
  const shownIds = groups.flatMap((group) => group.items.map((item) => item.id));
  const entries = useMemo(() => tableEntries(groups, grouped), [groups, grouped]);
  const revealId = useReveal((s) => s.request?.id ?? null);
  const keys = useMemo(
    () => entries.map((entry) => entry.item?.id ?? `group:${entry.group.moscow}`),
    [entries],
  );
  const {
    attach,
    indexes: drawn,
    before,
    after,
    measure,
  } = useVirtualRows<HTMLTableElement>({
    keys,
    estimateSize: 56,
    wanted: revealId === null ? -1 : keys.indexOf(revealId),
  });
  return (
    <div className="backlog-table-wrap">
      <table ref={attach} className="data-table backlog-table">
        <caption>
          <span className="sr-only">Backlog of {productName}. </span>
          <span className="formula-legend">RICE score = Reach × Impact × Confidence ÷ Effort</span>
          <span className="formula-hint">
            Reach: people or events a period · Impact: 0.25 minimal to 3 massive · Confidence: % ·
            Effort: person-months
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <SelectAll ids={shownIds} selected={selected} onSelect={onSelect} />
            </th>
            <th scope="col">Backlog item</th>
            <th scope="col">Status</th>
            <th scope="col">MoSCoW</th>
            <th scope="col" className="num">
              Reach
            </th>
            <th scope="col">Impact</th>
            <th scope="col" className="num">
              Confidence
            </th>
            <th scope="col" className="num">
              Effort
            </th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        {runsOfGroups(entries, drawn).map(({ group, indexes }, run, runs) => (
          <tbody key={group.moscow ?? 'none'} data-moscow={group.moscow ?? 'none'}>
            {run === 0 && <SpacerRow height={before} columns={COLUMNS} />}
            {indexes.map((index) => {
              const backlogItem = entries[index]?.item;
              if (!backlogItem) {
                return (
                  <tr key="group" className="group-row" data-index={index} ref={measure}>
                    <th scope="rowgroup" colSpan={COLUMNS}>
                      {group.label} <span className="pill">{group.items.length}</span>
                    </th>
                  </tr>
                );
              }
              return (
                <BacklogItemRow
                  key={backlogItem.id}
                  backlogItem={backlogItem}
                  backing={backingOf(backing, backlogItem.id)}
                  selected={selected.has(backlogItem.id)}
                  onSelect={(on) => onSelect([backlogItem.id], on)}
                  onDelete={() => onDelete(backlogItem)}
                  onMove={(step) => onMove(backlogItem, group.items, step)}
                  index={index}
                  measureRef={measure}
                />
              );
            })}
            {run === runs.length - 1 && <SpacerRow height={after} columns={COLUMNS} />}
          </tbody>
        ))}
      </table>
    </div>
  );
}
