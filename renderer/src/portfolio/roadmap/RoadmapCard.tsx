/** One backlog item on the roadmap: its title opens its product's backlog. */
import '../../ui/card.css';
import { useDraggable } from '@dnd-kit/core';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useId, useRef, type KeyboardEvent } from 'react';
import { HORIZON_LABELS, type RoadmapItem } from '../../../../shared/domain/roadmap';
import { formatScore, riceScore } from '../../../../shared/domain/rice';
import { HORIZONS, MOSCOW_LABELS } from '../../../../shared/domain/workspace';
import { openRecord } from '../../store/open-record';
import { useFocusWhenRequested } from '../../commands/focus-request';
import { LazyCardMenu } from '../../ui/LazyCardMenu';
import { moveToHorizon, stepHorizon } from './roadmap-commands';

interface RoadmapCardProps {
  item: RoadmapItem;
  /** Its place in a long column, which draws only what is in view (and measures it). */
  index?: number;
  measureRef?: (element: HTMLElement | null) => void;
}

export function RoadmapCard({ item, index, measureRef }: RoadmapCardProps) {
  const { backlogItem, product } = item;
  const titleId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: backlogItem.id,
    data: { item },
  });
  useFocusWhenRequested({ list: 'roadmap', id: backlogItem.id, horizon: item.horizon }, () =>
    buttonRef.current?.focus(),
  );

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (step === 0) return;
    event.preventDefault();
    void stepHorizon(item, step);
  }

  const score = riceScore(backlogItem);
  const openInBacklog = () =>
    openRecord({ kind: 'backlogItems', id: backlogItem.id, productId: product.id });
  return (
    <li
      ref={(element) => {
        setNodeRef(element);
        measureRef?.(element);
      }}
      data-index={index}
      className={`roadmap-card${isDragging ? ' roadmap-card-dragging' : ''}`}
      data-stage={product.stage}
      data-backlogItem-id={backlogItem.id}
      {...listeners}
    >
      <div className="roadmap-card-top">
        <button
          ref={buttonRef}
          id={titleId}
          type="button"
          className="card-name"
          onClick={openInBacklog}
          onKeyDown={onKeyDown}
        >
          {backlogItem.title}
        </button>
        <LazyCardMenu label={`Actions for ${backlogItem.title}`} describedBy={titleId}>
          <DropdownMenu.Item className="menu-item" onSelect={openInBacklog}>
            Open in backlog…
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          {HORIZONS.map((horizon) => (
            <DropdownMenu.Item
              key={horizon}
              className="menu-item"
              disabled={horizon === item.horizon}
              onSelect={() => void moveToHorizon(item, horizon)}
            >
              Move to {HORIZON_LABELS[horizon]}
            </DropdownMenu.Item>
          ))}
        </LazyCardMenu>
      </div>
      <p className="roadmap-card-meta">
        <span className="roadmap-product">
          <span className="stage-dot" aria-hidden="true" />
          {product.name}
        </span>
        {backlogItem.moscow && <span className="pill">{MOSCOW_LABELS[backlogItem.moscow]}</span>}
        {score !== null && <span className="pill">RICE {formatScore(score)}</span>}
      </p>
    </li>
  );
}
