/** Import and export in the toolbar: the two everyday actions as buttons, the rest in a menu. */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, Download, MoreHorizontal, Save, Upload } from 'lucide-react';
import { runAppCommand } from '../commands/app-commands';
import { useBinding } from '../db/documents';
import { setAutosave } from '../documents/document-commands';
import { ViewExportItems } from '../portfolio/export/ViewExportItems';

export function FileMenu({ planId }: { planId: string }) {
  const binding = useBinding(planId);
  return (
    <div className="file-actions">
      <button
        type="button"
        className="button button-quiet"
        title={binding ? `Save to “${binding.name}”` : 'Save as a plan file'}
        onClick={() => void runAppCommand('save-plan')}
      >
        <Save size={15} aria-hidden="true" />
        <span className="toolbar-label">Save</span>
      </button>
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
              onSelect={() => void runAppCommand('open-plan')}
            >
              Open…
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => void runAppCommand('save-plan-as')}
            >
              Save As…
            </DropdownMenu.Item>
            <DropdownMenu.CheckboxItem
              className="menu-item menu-item-radio"
              checked={binding?.autosave ?? false}
              disabled={!binding}
              onCheckedChange={(on) => binding && void setAutosave(planId, on)}
            >
              <DropdownMenu.ItemIndicator className="menu-indicator">
                <Check size={14} aria-hidden="true" />
              </DropdownMenu.ItemIndicator>
              <span className="menu-item-text">Autosave to the file</span>
            </DropdownMenu.CheckboxItem>
            <DropdownMenu.Separator className="menu-separator" />
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
