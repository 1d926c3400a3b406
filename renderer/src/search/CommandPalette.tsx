/**
 * The command palette (Ctrl/Cmd+K): every command that can run now, with its shortcut, and
 * every product and backlog item of the plan, matched fuzzily as you type. Keyboard only if
 * you like: arrows move, Enter runs a command or opens a record, Escape closes.
 */
import '../search/search.css';
import './palette.css';
import fuzzysort from 'fuzzysort';
import { useId, useMemo, useState } from 'react';
import { COMMANDS, isEnabled } from '../../../shared/commands';
import { commandState, runAppCommand } from '../commands/app-commands';
import { commandAriaKeys, commandKeys, commandLabel } from '../commands/presentation';
import { HitContent, Marked } from './HitContent';
import { openRecord } from '../store/open-record';
import type { PaletteHit } from './search-index';
import { usePaletteHits } from './useSearchResults';
import { useUi } from '../store';
import { GroupedListbox, useActiveOption, type ListGroup, type ListOption } from '../ui/Listbox';
import { Modal } from '../ui/Modal';

type AnyCommand = (typeof COMMANDS)[number];

interface Offered {
  command: AnyCommand;
  label: string;
  keywords: string;
}

/** Commands that can run once the palette has closed. */
function offeredCommands(): Offered[] {
  const state = { ...commandState(), dialogOpen: false };
  return COMMANDS.filter((command) => isEnabled(command, state)).map((command) => ({
    command,
    label: commandLabel(command),
    keywords: command.keywords ?? '',
  }));
}

function matchingCommands(offered: readonly Offered[], query: string) {
  if (query.trim() === '') return offered.map((entry) => ({ entry, indexes: [] as number[] }));
  return fuzzysort
    .go(query, offered, { keys: ['label', 'keywords'], threshold: 0.2 })
    .map((result) => ({ entry: result.obj, indexes: [...(result[0]?.indexes ?? [])] }));
}

function CommandContent({ offered, indexes }: { offered: Offered; indexes: number[] }) {
  const keys = commandKeys(offered.command);
  return (
    <>
      <span className="hit-title">
        <Marked text={offered.label} indexes={indexes} />
      </span>
      {keys.length > 0 && (
        <span className="palette-keys" aria-hidden="true">
          {keys.map((k) => (
            <kbd key={k}>{k}</kbd>
          ))}
        </span>
      )}
    </>
  );
}

export function CommandPalette({ planId }: { planId: string }) {
  const listId = useId().replace(/:/g, '');
  const closeDialog = useUi((s) => s.closeDialog);
  const [query, setQuery] = useState('');
  const offered = useMemo(() => offeredCommands(), []);
  const commands = useMemo(() => matchingCommands(offered, query), [offered, query]);
  const hits = usePaletteHits(planId, query);

  // Commands run once the palette has gone, so focus is back where the user was.
  const run = (command: AnyCommand) => {
    closeDialog();
    window.setTimeout(() => void runAppCommand(command.id));
  };
  const open = (hit: PaletteHit) => {
    closeDialog();
    openRecord(hit);
  };

  const hitOption = (hit: PaletteHit): ListOption => ({
    id: `${listId}-${hit.kind}-${hit.id}`,
    content: <HitContent hit={hit} indexes={hit.indexes} />,
    choose: () => open(hit),
  });
  const groups: ListGroup[] = [
    {
      id: `${listId}-commands`,
      heading: 'Commands',
      options: commands.map(({ entry, indexes }) => ({
        id: `${listId}-command-${entry.command.id}`,
        content: <CommandContent offered={entry} indexes={indexes} />,
        keyshortcuts: commandAriaKeys(entry.command),
        choose: () => run(entry.command),
      })),
    },
    {
      id: `${listId}-products`,
      heading: 'Products',
      options: hits.value.filter((h) => h.kind === 'products').map(hitOption),
    },
    {
      id: `${listId}-backlog`,
      heading: 'Backlog items',
      options: hits.value.filter((h) => h.kind === 'backlogItems').map(hitOption),
    },
  ].filter((group) => group.options.length > 0);
  const options = groups.flatMap((group) => group.options);
  const { activeId, setActiveId, onKeyDown } = useActiveOption(options, closeDialog);
  const searching = query.trim() !== '' && hits.text !== query;

  return (
    <Modal title="Command palette" onClose={closeDialog} variant="palette" hideTitle>
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-label="Command, product or backlog item"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={options.length > 0 ? listId : undefined}
        aria-activedescendant={activeId ?? undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        placeholder="Type a command, a product or a backlog item…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="palette-status" role="status">
        {options.length === 0 ? (searching ? 'Searching…' : 'Nothing matches.') : ''}
      </p>
      {options.length > 0 && (
        <GroupedListbox
          id={listId}
          label="Commands and records"
          groups={groups}
          activeId={activeId}
          onActivate={setActiveId}
          resultsFor={hits.text}
        />
      )}
    </Modal>
  );
}
