/**
 * Handlers for settings only main can carry out: the backup folder (a path the renderer never
 * names; main shows the folder dialog itself) and writing rich text to the clipboard (the
 * page's own clipboard API needs a permission every page is refused). Each runs behind the
 * gate in handle.ts.
 */
import { BrowserWindow, ClipboardItem, clipboard, dialog } from 'electron';
import type { OpenDialogOptions, WebContents } from 'electron';
import type { BackupFolderStore } from '../files/backup-folder';
import type { Handle } from './handle';
import { errorMessage } from './save-dialog';

function showFolderDialog(sender: WebContents, options: OpenDialogOptions) {
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

export function registerSettingsHandlers(handle: Handle, folders: BackupFolderStore): void {
  handle('backup:get-folder', async () => {
    await folders.load();
    return folders.describe();
  });
  handle('backup:choose-folder', async (_request, sender) => {
    await folders.load();
    const choice = await showFolderDialog(sender, {
      title: 'Choose a folder for backups',
      defaultPath: folders.current(),
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    const [folder] = choice.filePaths;
    if (choice.canceled || folder === undefined) return { status: 'cancelled' };
    try {
      return { status: 'chosen', folder: await folders.choose(folder) };
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  });
  handle('backup:reset-folder', async () => {
    await folders.load();
    return folders.reset();
  });
  // One item with both forms: an email or a document takes the HTML, a plain editor the text.
  handle('clipboard:write', async ({ text, html }) => {
    try {
      await clipboard.write([new ClipboardItem({ 'text/plain': text, 'text/html': html })]);
      return true;
    } catch {
      return false;
    }
  });
}
