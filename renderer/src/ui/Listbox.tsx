/**
 * A list of choices under a text field, as the ARIA combobox pattern has it: the field keeps
 * the focus and names the active option with aria-activedescendant; options sit in groups in
 * one listbox. Arrow keys move, Enter chooses, a click chooses. Used by the toolbar's search
 * and the command palette.
 */
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ListOption {
  /** The option's element id: unique in the page. */
  id: string;
  content: ReactNode;
  choose(): void;
  /** Shortcut shown beside the option, for aria-keyshortcuts too. */
  keyshortcuts?: string;
}

export interface ListGroup {
  id: string;
  heading: string;
  /** Said after the options, such as "and 230 more". */
  note?: string;
  options: ListOption[];
}

const PAGE = 8;

/**
 * Which option is active, and the keys that move it. The first option is active whenever the
 * options change, so Enter always does what the top of the list says.
 */
export function useActiveOption(options: readonly ListOption[], onEscape: () => void) {
  const ids = options.map((option) => option.id).join('\n');
  // The choice holds only for the options it was made among.
  const [picked, setPicked] = useState<{ ids: string | null; id: string | null }>({
    ids: null,
    id: null,
  });
  const activeId = picked.ids === ids ? picked.id : (options[0]?.id ?? null);
  const setActiveId = (id: string | null) => setPicked({ ids, id });
  const active = options.find((option) => option.id === activeId) ?? null;

  // Only a move made by the user scrolls: new results start at the top of the list, and
  // scrolling to them would make the browser lay the page out again within the key press.
  const moved = picked.ids === ids;
  useEffect(() => {
    if (moved && activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [moved, activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const at = active ? options.indexOf(active) : -1;
    const move = (to: number) => {
      event.preventDefault();
      const count = options.length;
      if (count === 0) return;
      setActiveId(options[((to % count) + count) % count]?.id ?? null);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at < 0 ? -1 : at - 1);
      case 'PageDown':
        return move(Math.min(at + PAGE, options.length - 1));
      case 'PageUp':
        return move(Math.max(at - PAGE, 0));
      case 'Enter':
        if (!active) return;
        event.preventDefault();
        active.choose();
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        onEscape();
        return;
    }
  }

  return { activeId: active?.id ?? null, setActiveId, onKeyDown };
}

export function GroupedListbox({
  id,
  label,
  groups,
  activeId,
  onActivate,
  resultsFor,
}: {
  id: string;
  label: string;
  groups: readonly ListGroup[];
  activeId: string | null;
  onActivate: (id: string) => void;
  /** The text these results answer, for anyone waiting for them (the benchmark). */
  resultsFor?: string;
}) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label={label}
      className="listbox"
      data-results-for={resultsFor}
    >
      {groups.map((group) => (
        <div key={group.id} role="group" aria-labelledby={`${group.id}-heading`}>
          <div id={`${group.id}-heading`} role="presentation" className="listbox-heading">
            {group.heading}
          </div>
          {group.options.map((option) => (
            <div
              key={option.id}
              id={option.id}
              role="option"
              aria-selected={option.id === activeId}
              aria-keyshortcuts={option.keyshortcuts}
              className="listbox-option"
              // The field keeps the focus: a click must not blur it before it lands.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => option.id !== activeId && onActivate(option.id)}
              onClick={() => option.choose()}
            >
              {option.content}
            </div>
          ))}
          {group.note && (
            <div role="presentation" className="listbox-note">
              {group.note}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
