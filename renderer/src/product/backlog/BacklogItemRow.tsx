/** One backlog item as a table row: every field editable in place, by keyboard. */
import { Trash2 } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { backingLabel, type Backing } from '../../../../shared/domain/backlog';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import { checkName } from '../../../../shared/domain/product';
import {
  checkRiceInput,
  formatScore,
  riceFormula,
  riceScore,
  type RiceField,
} from '../../../../shared/domain/rice';
import {
  BACKLOG_STATUSES,
  BACKLOG_STATUS_LABELS,
  IMPACT_SCALE,
  MOSCOW,
  MOSCOW_LABELS,
  type BacklogItem,
  type BacklogStatus,
  type Impact,
  type Moscow,
} from '../../../../shared/domain/workspace';
import { editBacklogItem, setBacklogStatus } from './backlog-commands';
import { CommitInput } from './CommitInput';
import { formatRegionNumber } from '../../../../shared/domain/region';

const IMPACT_WORDS: Record<Impact, string> = {
  3: 'massive',
  2: 'high',
  1: 'medium',
  0.5: 'low',
  0.25: 'minimal',
};

const RICE_WORDS: Record<RiceField, string> = {
  reach: 'reach',
  impact: 'impact',
  confidence: 'confidence',
  effort: 'effort',
};

interface BacklogItemRowProps {
  backlogItem: BacklogItem;
  backing: Backing;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDelete: () => void;
  /** Alt+↑/↓ on the title: move the item in the manual order. */
  onMove: (step: -1 | 1) => void;
  /** Its place in a long table, which draws only the rows in view (and measures them). */
  index?: number;
  measureRef?: ((element: HTMLElement | null) => void) | undefined;
}

/** A stored number as the field shows it, in the region's style ("1,200", "0,5"), never rounded. */
const showNumber = (value: number | null) => (value === null ? '' : formatRegionNumber(value, 20));

/** What the score cell says under the number: the formula, or what is still missing. */
function scoreNote(backlogItem: BacklogItem): string {
  const missing = (Object.keys(RICE_WORDS) as RiceField[]).filter((f) => backlogItem[f] === null);
  if (missing.length > 0) return `Needs ${missing.map((f) => RICE_WORDS[f]).join(', ')}`;
  return riceFormula(backlogItem);
}

export function BacklogItemRow({
  backlogItem,
  backing,
  selected,
  onSelect,
  onDelete,
  onMove,
  index,
  measureRef,
}: BacklogItemRowProps) {
  const title = backlogItem.title;
  const score = riceScore(backlogItem);

  const riceInput = (field: Exclude<RiceField, 'impact'>, label: string, suffix?: string) => (
    <td className={`rice-cell rice-${field}`}>
      <CommitInput
        label={`${label} of ${title}`}
        className="cell-input cell-number"
        column={field}
        inputMode="decimal"
        autoComplete="off"
        placeholder="—"
        value={showNumber(backlogItem[field])}
        check={(raw) => checkRiceInput(field, raw)}
        onCommit={(value) => editBacklogItem(backlogItem, { [field]: value })}
      />
      {suffix && (
        <span className="cell-suffix" aria-hidden="true">
          {suffix}
        </span>
      )}
    </td>
  );

  function onTitleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onMove(event.key === 'ArrowUp' ? -1 : 1);
    }
  }

  return (
    <tr
      ref={measureRef}
      data-index={index}
      className="backlogItem-row"
      data-backlogItem-id={backlogItem.id}
      data-record-id={backlogItem.id}
      data-selected={selected || undefined}
    >
      <td className="select-cell">
        <input
          type="checkbox"
          aria-label={`Select ${title}`}
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
        />
      </td>
      <th scope="row" className="title-cell">
        <CommitInput
          label={`Title of ${title}`}
          className="cell-input cell-title"
          column="title"
          multiline
          autoComplete="off"
          value={title}
          check={(raw) => checkName(raw, 'backlog item')}
          onCommit={(value) => editBacklogItem(backlogItem, { title: value })}
          onKeyDown={onTitleKeyDown}
        />
        <span className="backing" data-empty={backing.entries === 0 || undefined}>
          {backingLabel(backing)}
        </span>
      </th>
      <td>
        <select
          className="cell-select"
          aria-label={`Status of ${title}`}
          data-status={backlogItem.status}
          value={backlogItem.status}
          onChange={(event) =>
            void setBacklogStatus(backlogItem, event.target.value as BacklogStatus)
          }
        >
          {BACKLOG_STATUSES.map((status) => (
            <option key={status} value={status}>
              {BACKLOG_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        {backlogItem.shippedOn && (
          <span className="shipped-on">
            Shipped{' '}
            <time dateTime={backlogItem.shippedOn}>
              {formatCalendarDate(backlogItem.shippedOn)}
            </time>
          </span>
        )}
      </td>
      <td>
        <select
          className="cell-select"
          aria-label={`MoSCoW of ${title}`}
          value={backlogItem.moscow ?? ''}
          onChange={(event) =>
            void editBacklogItem(backlogItem, {
              moscow: (event.target.value || null) as Moscow | null,
            })
          }
        >
          <option value="">Not set</option>
          {MOSCOW.map((moscow) => (
            <option key={moscow} value={moscow}>
              {MOSCOW_LABELS[moscow]}
            </option>
          ))}
        </select>
      </td>
      {riceInput('reach', 'Reach')}
      <td className="rice-cell rice-impact">
        <select
          className="cell-select"
          aria-label={`Impact of ${title}`}
          value={backlogItem.impact === null ? '' : String(backlogItem.impact)}
          onChange={(event) =>
            void editBacklogItem(backlogItem, {
              impact: event.target.value === '' ? null : (Number(event.target.value) as Impact),
            })
          }
        >
          <option value="">—</option>
          {[...IMPACT_SCALE].reverse().map((impact) => (
            <option key={impact} value={String(impact)}>
              {impact} · {IMPACT_WORDS[impact]}
            </option>
          ))}
        </select>
      </td>
      {riceInput('confidence', 'Confidence', '%')}
      {riceInput('effort', 'Effort')}
      <td className="score-cell" title={riceFormula(backlogItem)}>
        <span className="score-value" data-empty={score === null || undefined}>
          {score === null ? '—' : formatScore(score)}
        </span>
        <span className="score-formula">{scoreNote(backlogItem)}</span>
      </td>
      <td className="actions-cell">
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete ${title}`}
          title="Delete"
          onClick={onDelete}
        >
          <Trash2 size={15} aria-hidden="true" />
        </button>
      </td>
    </tr>
  );
}
