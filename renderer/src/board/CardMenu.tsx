/**
 * The card's "Actions" menu: open, the non-drag way to move, archive and delete. A roadmap
 * item's menu has the same name and the same order (open first, then moves).
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { STAGES, STAGE_LABELS } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { useUi } from '../store';
import { deleteProductWithUndo, setProductArchived } from '../commands/product-commands';
import { moveProductToStage, stepProduct, type BoardColumns } from './board-commands';
import { latestColumns } from './latest-columns';
import { LazyCardMenu } from '../ui/LazyCardMenu';

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

/** The card's menu; its items are read and drawn only once it is opened. */
export function CardMenu({ product, nameId }: CardMenuProps) {
  return (
    <LazyCardMenu label={`Actions for ${product.name}`} describedBy={nameId}>
      <CardMenuItems product={product} />
    </LazyCardMenu>
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
