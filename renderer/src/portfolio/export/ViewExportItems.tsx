/**
 * The file menu's items for the view on screen: PDF, PNG and Print. In the browser the PDF
 * goes through the print dialog, so its item says which choice there saves the file.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useId } from 'react';
import { runAppCommand } from '../../commands/app-commands';
import { platform } from '../../platform';

const PDF_HINT = 'Opens the print dialog: choose “Save as PDF” as the printer.';
const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);
const PRINT_KEYS = IS_MAC ? '⌘P' : 'Ctrl+P';

export function ViewExportItems() {
  const labelId = useId();
  const hintId = useId();
  const hinted = platform.pdfThroughPrintDialog;
  return (
    <>
      <DropdownMenu.Item
        className={hinted ? 'menu-item menu-item-with-hint' : 'menu-item'}
        aria-labelledby={hinted ? labelId : undefined}
        aria-describedby={hinted ? hintId : undefined}
        title={hinted ? PDF_HINT : undefined}
        onSelect={() => void runAppCommand('export-pdf')}
      >
        <span id={labelId}>Export view as PDF…</span>
        {hinted && (
          <span id={hintId} className="menu-item-hint">
            {PDF_HINT}
          </span>
        )}
      </DropdownMenu.Item>
      <DropdownMenu.Item className="menu-item" onSelect={() => void runAppCommand('export-png')}>
        Export view as PNG…
      </DropdownMenu.Item>
      <DropdownMenu.Item
        className="menu-item"
        aria-keyshortcuts={IS_MAC ? 'Meta+P' : 'Control+P'}
        onSelect={() => void runAppCommand('print')}
      >
        Print…
        <kbd className="menu-kbd" aria-hidden="true">
          {PRINT_KEYS}
        </kbd>
      </DropdownMenu.Item>
    </>
  );
}
