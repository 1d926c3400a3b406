/** Import and export in the toolbar: the two everyday actions as buttons, the rest in a menu. */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Download, MoreHorizontal, Upload } from 'lucide-react';
import { runAppCommand } from '../commands/app-commands';
import { ViewExportItems } from '../portfolio/export/ViewExportItems';

export function FileMenu() {
  return (
    <div className="file-actions">
      <button
        type="button"
        className="button button-quiet"
        title="Import plan…"
        onClick={() => void runAppCommand('import-plan')}
      >
        <Upload size={15} aria-hidden="true" />
        <span className="toolbar-label">Import plan…</span>
      </button>
      <button
        type="button"
        className="button button-quiet"
        title="Export plan…"
        onClick={() => void runAppCommand('export-plan')}
      >
        <Download size={15} aria-hidden="true" />
        <span className="toolbar-label">Export plan…</span>
      </button>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="icon-button" aria-label="More file actions">
          <MoreHorizontal size={17} aria-hidden="true" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={6} collisionPadding={8}>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => void runAppCommand('export-markdown')}
            >
              Export as Markdown…
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => void runAppCommand('export-csv')}
            >
              Export products as CSV…
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => void runAppCommand('export-backlog-csv')}
            >
              Export backlog as CSV…
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => void runAppCommand('export-html')}
            >
              Export as web page (HTML)…
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => void runAppCommand('stakeholder-update')}
            >
              Stakeholder update…
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <ViewExportItems />
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => void runAppCommand('restore-backup')}
            >
              Restore from backup…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
