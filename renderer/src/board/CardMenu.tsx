/** The card's "More actions" menu: the non-drag way to move, plus edit, archive and delete. */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { MoreHorizontal } from 'lucide-react';
import { STAGES, STAGE_LABELS } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { useUi } from '../store';
import {
  deleteProductWithUndo,
  moveProductToStage,
  setProductArchived,
  stepProduct,
  type BoardColumns,
} from './board-commands';

interface CardMenuProps {
  product: Product;
  columns: BoardColumns;
  /** Id of the card's name, so the button is described by the product it acts on. */
  nameId: string;
}

export function CardMenu({ product, columns, nameId }: CardMenuProps) {
  const showView = useUi((s) => s.showView);
  const column = columns[product.stage];
  const index = column.findIndex((p) => p.id === product.id);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="icon-button card-menu-button"
        aria-label="More actions"
        aria-describedby={nameId}
      >
        <MoreHorizontal size={16} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() =>
              showView({ kind: 'product', productId: product.id, section: 'overview' })
            }
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
            onSelect={() => void stepProduct(product, 'up', columns)}
          >
            Move up <kbd className="menu-kbd">Alt+↑</kbd>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="menu-item"
            disabled={index < 0 || index >= column.length - 1}
            onSelect={() => void stepProduct(product, 'down', columns)}
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
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
