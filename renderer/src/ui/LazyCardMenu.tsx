/**
 * A card's "Actions" menu button, whose menu parts are drawn the first time it is opened: a
 * board redrawn by every key of a search, or a roadmap column scrolled at L, mounts dozens of
 * cards, and a menu's parts on each would cost more than the card. Until then the button opens
 * it the way the menu's own trigger would (pointer down, or Enter, Space or Down arrow); the
 * menu then focuses its first item when opened by keys.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, useState, type ReactNode } from 'react';
import { CardIcon } from './CardIcon';

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

interface LazyCardMenuProps {
  /** The button's name, such as "Actions for Ledger Desktop". */
  label: string;
  /** Id of the card's name, so the button is described by what it acts on. */
  describedBy: string;
  /** The menu's items, drawn only while the menu exists. */
  children: ReactNode;
}

export function LazyCardMenu({ label, describedBy, children }: LazyCardMenuProps) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const byKeyboard = useRef(false);
  const button = {
    className: 'icon-button card-menu-button',
    'aria-label': label,
    'aria-describedby': describedBy,
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
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
