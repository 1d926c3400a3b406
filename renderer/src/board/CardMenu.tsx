/**
 * The card's "Actions" menu: open, the non-drag way to move, archive and delete. A roadmap
 * item's menu has the same name and the same order (open first, then moves).
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, useState } from 'react';
import { STAGES, STAGE_LABELS } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { useUi } from '../store';
import { deleteProductWithUndo, setProductArchived } from '../commands/product-commands';
import { moveProductToStage, stepProduct, type BoardColumns } from './board-commands';
import { latestColumns } from './latest-columns';
import { CardIcon } from '../ui/CardIcon';

interface CardMenuProps {
  product: Product;
  /** Id of the card's name, so the button is described by the product it acts on. */
  nameId: string;
}

/**
 * The menu reads the board's columns when it opens rather than taking them as a prop: a
 * prop that changes with every board render would redraw every card on each key press in
 * the search box and each step of a drag.
 */
function boardColumns(product: Product): BoardColumns {
  const columns = latestColumns();
  if (columns) return columns;
  const empty = Object.fromEntries(STAGES.map((stage) => [stage, []])) as unknown as BoardColumns;
  return { ...empty, [product.stage]: [product] };
}

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

/**
 * The menu's parts are drawn the first time it is opened: a board redrawn by every key of a
 * search mounts dozens of cards, and a menu's parts on each would cost more than the card.
 * Until then the button opens it the way the menu's own trigger would (pointer down, or
 * Enter, Space or Down arrow); the menu then focuses its first item when opened by keys.
 */
export function CardMenu({ product, nameId }: CardMenuProps) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const byKeyboard = useRef(false);
  const button = {
    className: 'icon-button card-menu-button',
    'aria-label': `Actions for ${product.name}`,
    'aria-describedby': nameId,
  };
  const icon = <CardIcon name="ellipsis" size={16} />;
  if (!mounted) {
    const openNow = (keyboard: boolean) => {
      byKeyboard.current = keyboard;
      setMounted(true);
      setOpen(true);
    };
    return (
      <button
        type="button"
        {...button}
        aria-haspopup="menu"
        aria-expanded={false}
        data-state="closed"
        onPointerDown={(event) => {
          if (event.button !== 0 || event.ctrlKey) return;
          // As the menu's trigger does: the focus stays put while the menu takes it.
          event.preventDefault();
          openNow(false);
        }}
        onKeyDown={(event) => {
          if (!OPENING_KEYS.has(event.key)) return;
          event.preventDefault();
          openNow(true);
        }}
      >
        {icon}
      </button>
    );
  }
  return (
    <DropdownMenu.Root
      modal={false}
      open={open}
      onOpenChange={(next) => {
        if (next) byKeyboard.current = false;
        setOpen(next);
      }}
    >
      <DropdownMenu.Trigger {...button}>{icon}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu"
          align="end"
          sideOffset={4}
          collisionPadding={8}
          ref={(content) => {
            // Opened by keys before the menu existed, it cannot know: once it has focused
            // itself, the first item takes the focus, as it would have.
            if (!content || !byKeyboard.current) return;
            byKeyboard.current = false;
            window.setTimeout(() =>
              content.querySelector<HTMLElement>('[role="menuitem"]')?.focus(),
            );
          }}
        >
          <CardMenuItems product={product} />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function CardMenuItems({ product }: { product: Product }) {
  const showView = useUi((s) => s.showView);
  const columns = boardColumns(product);
  const column = columns[product.stage];
  const index = column.findIndex((p) => p.id === product.id);
  return (
    <>
      <DropdownMenu.Item
        className="menu-item"
        onSelect={() => showView({ kind: 'product', productId: product.id, section: 'overview' })}
      >
        Open…
      </DropdownMenu.Item>
      <DropdownMenu.Sub>
        <DropdownMenu.SubTrigger className="menu-item menu-sub-trigger">
          Move to
        </DropdownMenu.SubTrigger>
        <DropdownMenu.Portal>
          <DropdownMenu.SubContent className="menu" sideOffset={2} collisionPadding={8}>
            {STAGES.map((stage) => (
              <DropdownMenu.Item
                key={stage}
                className="menu-item"
                data-stage={stage}
                disabled={stage === product.stage}
                onSelect={() => void moveProductToStage(product, stage, columns)}
              >
                <span className="stage-dot" aria-hidden="true" />
                {STAGE_LABELS[stage]}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.SubContent>
        </DropdownMenu.Portal>
      </DropdownMenu.Sub>
      <DropdownMenu.Item
        className="menu-item"
        disabled={index <= 0}
        onSelect={() => void stepProduct(product, 'up')}
      >
        Move up <kbd className="menu-kbd">Alt+↑</kbd>
      </DropdownMenu.Item>
      <DropdownMenu.Item
        className="menu-item"
        disabled={index < 0 || index >= column.length - 1}
        onSelect={() => void stepProduct(product, 'down')}
      >
        Move down <kbd className="menu-kbd">Alt+↓</kbd>
      </DropdownMenu.Item>
      <DropdownMenu.Separator className="menu-separator" />
      <DropdownMenu.Item
        className="menu-item"
        onSelect={() => void setProductArchived(product, !product.archived, columns)}
      >
        {product.archived ? 'Unarchive' : 'Archive'}
      </DropdownMenu.Item>
      <DropdownMenu.Item
        className="menu-item menu-item-danger"
        onSelect={() => void deleteProductWithUndo(product, columns)}
      >
        Delete
      </DropdownMenu.Item>
    </>
  );
}
