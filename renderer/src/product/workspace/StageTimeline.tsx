/** When the product entered each stage and how long it spent there; and "Move to". */
import { useId, useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../../shared/domain/lifecycle';
import { daysInStage, formatDays } from '../../../../shared/domain/moves';
import type { Product } from '../../../../shared/domain/product';
import { moveProductFromWorkspace } from '../../board/board-commands';
import { formatInstant } from '../../../../shared/domain/region';

export function StageHistory({ product }: { product: Product }) {
  const now = new Date();
  return (
    <ol className="stage-history">
      {product.stageHistory.map((entry, i) => {
        const next = product.stageHistory[i + 1];
        const end = next ? new Date(next.enteredAt) : now;
        const days = Math.max(
          0,
          Math.floor((end.getTime() - Date.parse(entry.enteredAt)) / 86_400_000),
        );
        return (
          <li key={`${entry.stage}-${entry.enteredAt}`} data-stage={entry.stage}>
            <span className="stage-dot" aria-hidden="true" />
            <span className="stage-history-name">{STAGE_LABELS[entry.stage]}</span>
            <span className="stage-history-date">
              entered{' '}
              <time dateTime={entry.enteredAt}>
                {formatInstant(entry.enteredAt, { dateStyle: 'medium' })}
              </time>
              {' · '}
              {next ? formatDays(days) : `${formatDays(daysInStage(product, now))} so far`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

export function MoveTo({ product }: { product: Product }) {
  const id = useId();
  const firstOther = STAGES.find((stage) => stage !== product.stage) as Stage;
  const [stage, setStage] = useState<Stage>(firstOther);
  const target = stage === product.stage ? firstOther : stage;
  return (
    <div className="move-to">
      <label htmlFor={id}>Move to</label>
      <select id={id} value={target} onChange={(e) => setStage(e.target.value as Stage)}>
        {STAGES.filter((s) => s !== product.stage).map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        onClick={() => void moveProductFromWorkspace(product, target)}
      >
        Move
      </button>
    </div>
  );
}
