/**
 * The toolbar's search. Typing filters the board's cards (and the timeline's rows) as before,
 * and lists every kind of record that matches under the field, grouped by kind: choosing one
 * opens it in its product's section. A combobox: the focus stays in the field, arrow keys move
 * through the results, Enter opens, Escape closes the list and then clears the field.
 */
import './search.css';
import { Search, X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { formatCount } from '../../../shared/domain/region';
import { SEARCH_INPUT_ID } from '../commands/app-commands';
import { useUi } from '../store';
import { resultsShown } from '../store/board-filter';
import { GroupedListbox, useActiveOption, type ListGroup } from '../ui/Listbox';
import { SEARCH_KIND_LABELS } from './entries';
import { HitContent } from './HitContent';
import { openRecord } from '../store/open-record';
import { MIN_LETTERS, type SearchGroup } from './search-index';
import { searchSession } from './search-session';
import { useEverything } from './useSearchResults';

function toGroups(listId: string, groups: readonly SearchGroup[], choose: () => void): ListGroup[] {
  return groups.map((group) => ({
    id: `${listId}-${group.kind}`,
    heading: `${SEARCH_KIND_LABELS[group.kind]} · ${formatCount(group.total)}`,
    note:
      group.total > group.hits.length
        ? `${formatCount(group.total - group.hits.length)} more: add a word to narrow the search.`
        : undefined,
    options: group.hits.map((hit) => ({
      id: `${listId}-${group.kind}-${hit.id}`,
      content: <HitContent hit={hit} />,
      choose: () => {
        choose();
        openRecord(hit);
      },
    })),
  }));
}

export function SearchBox({ planId }: { planId: string }) {
  const listId = useId().replace(/:/g, '');
  const search = useUi((s) => s.search);
  const setSearch = useUi((s) => s.setSearch);
  const [focused, setFocused] = useState(false);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const answer = useEverything(planId, search);
  // Once the results are drawn, the board follows (see board-filter.ts). Its redraw is deferred
  // and gives way to the browser every few milliseconds, so the results still paint first;
  // waiting for their frame to paint before starting it left the board a frame or more behind.
  useEffect(() => {
    resultsShown(answer.text);
  }, [answer.text]);
  const typed = search.trim() !== '';
  const open = focused && typed && dismissedFor !== search;
  const groups = toGroups(listId, answer.value, () => setDismissedFor(search));
  const options = groups.flatMap((group) => group.options);
  const { activeId, setActiveId, onKeyDown } = useActiveOption(options, () => {
    if (open) setDismissedFor(search);
    else setSearch('');
  });
  const waiting = answer.text !== search;
  const showList = open && groups.length > 0;

  return (
    <div className="search" role="search">
      <Search size={15} className="search-icon" aria-hidden="true" />
      <input
        id={SEARCH_INPUT_ID}
        type="text"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList && activeId ? activeId : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search the plan…"
        value={search}
        onFocus={() => {
          setFocused(true);
          searchSession().warm(planId);
        }}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          setSearch(e.target.value);
          setDismissedFor(null);
          // Searching finds products: from inside one product's workspace, show the board.
          if (useUi.getState().view.kind === 'product')
            useUi.getState().showView({ kind: 'board' });
        }}
        onKeyDown={(e) => {
          if (!open && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && typed) {
            setDismissedFor(null);
            e.preventDefault();
            return;
          }
          if (e.key === 'Escape' && !open && !search) return;
          onKeyDown(e);
        }}
      />
      {search && (
        <button
          type="button"
          className="icon-button search-clear"
          aria-label="Clear search"
          onClick={() => setSearch('')}
        >
          <X size={14} aria-hidden="true" />
        </button>
      )}
      {open && (
        <div className="search-popup" data-results-for={answer.text}>
          <p className="search-status" role="status">
            {answer.error
              ? `Search failed: ${answer.error}`
              : search.replace(/\s/g, '').length < MIN_LETTERS
                ? 'Type another letter to search backlog items, feedback and more.'
                : waiting && groups.length === 0
                  ? 'Searching…'
                  : groups.length === 0
                    ? 'Nothing matches.'
                    : ''}
          </p>
          {showList && (
            <GroupedListbox
              id={listId}
              label="Search results"
              groups={groups}
              activeId={activeId}
              onActivate={setActiveId}
              resultsFor={answer.text}
            />
          )}
        </div>
      )}
    </div>
  );
}
