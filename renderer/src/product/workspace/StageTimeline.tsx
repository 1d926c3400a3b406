/** When the product entered each stage and how long it spent there; and "Move to". */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ChevronDown } from 'lucide-react';
import { STAGES, STAGE_LABELS } from '../../../../shared/domain/lifecycle';
import { daysInStage, formatDays } from '../../../../shared/domain/moves';
import type { Product } from '../../../../shared/domain/product';
import { moveProductFromWorkspace } from '../../commands/product-commands';
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

/**
 * "Move to": one choice moves the product, as the card's menu does; the toast that follows
 * offers Undo, and Ctrl/Cmd+Z undoes it too.
 */
export function MoveTo({ product }: { product: Product }) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="button move-to-button">
        <span className="stage-dot" data-stage={product.stage} aria-hidden="true" />
        {STAGE_LABELS[product.stage]}
        <span className="sr-only">: move to another stage</span>
        <ChevronDown size={14} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="start" sideOffset={4} collisionPadding={8}>
          <DropdownMenu.Label className="menu-label">Move to</DropdownMenu.Label>
          {STAGES.map((stage) => (
            <DropdownMenu.Item
              key={stage}
              className="menu-item"
              data-stage={stage}
              disabled={stage === product.stage}
              onSelect={() => void moveProductFromWorkspace(product, stage)}
            >
              <span className="stage-dot" aria-hidden="true" />
              {STAGE_LABELS[stage]}
              {stage === product.stage && <span className="menu-kbd">current</span>}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
