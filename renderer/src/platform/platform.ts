/** What the renderer needs from its host, with one implementation per host. */
import type { AppCommand } from '../../../shared/commands';
import type { AppInfo, EditState, ThemeSource } from '../../../shared/ipc/contract';

export interface Platform {
  kind: 'electron' | 'browser';
  /** True where a native menu owns the shortcuts (so the page must not handle them too). */
  hasNativeMenu: boolean;
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<boolean>;
  setThemeSource(source: ThemeSource): Promise<void>;
  setEditState(state: EditState): Promise<void>;
  onMenuCommand(listener: (command: AppCommand) => void): () => void;
}
