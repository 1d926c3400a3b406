/**
 * The toolbar's File menu: opening and saving the plan's file, imports, exports, printing,
 * updates and backups, each with its shortcut. One labelled button rather than a row of icons,
 * so every action says what it does at any width.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, ChevronDown, FileText } from 'lucide-react';
import { Fragment } from 'react';
import { commandsAt, offeredIn, type MenuPlace } from '../../../shared/commands';
import { CommandMenuItem } from '../commands/CommandMenuItem';
import { useBinding } from '../db/documents';
import { setAutosave } from '../plan-io/documents/document-commands';
import { platform } from '../platform';

const PDF_HINT = 'Opens the print dialog: choose “Save as PDF” as the printer.';
const GROUPS: readonly MenuPlace[] = [
  'file/open',
  'file/save',
  'file/import',
  'file/export',
  'file/view-export',
  'file/share',
  'file/backup',
];

/** Autosave as the page can show it: a checkbox with the plan's own setting. */
function AutosaveItem({ planId }: { planId: string }) {
  const binding = useBinding(planId);
  return (
    <DropdownMenu.CheckboxItem
      className="menu-item menu-item-radio"
      checked={binding?.autosave ?? false}
      disabled={!binding}
      title={binding ? undefined : 'Save the plan to a file first.'}
      onCheckedChange={(on) => binding && void setAutosave(planId, on)}
    >
      <DropdownMenu.ItemIndicator className="menu-indicator">
        <Check size={14} aria-hidden="true" />
      </DropdownMenu.ItemIndicator>
      <span className="menu-item-text">Autosave to the file</span>
    </DropdownMenu.CheckboxItem>
  );
}

export function FileMenu({ planId }: { planId: string }) {
  return (
    // Not modal: the rest of the window stays in the accessibility tree, as for the card menus.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="button button-quiet file-menu-button">
        <FileText size={15} aria-hidden="true" />
        File
        <ChevronDown size={14} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6} collisionPadding={8}>
          {GROUPS.map((place, index) => (
            <Fragment key={place}>
              {index > 0 && <DropdownMenu.Separator className="menu-separator" />}
              {commandsAt(place)
                .filter((command) => offeredIn(command, platform.kind))
                .map((command) =>
                  command.id === 'toggle-autosave' ? (
                    <AutosaveItem key={command.id} planId={planId} />
                  ) : (
                    <CommandMenuItem
                      key={command.id}
                      id={command.id}
                      hint={
                        command.id === 'export-pdf' && platform.pdfThroughPrintDialog
                          ? PDF_HINT
                          : undefined
                      }
                    />
                  ),
                )}
            </Fragment>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
