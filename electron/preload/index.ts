/**
 * The whole bridge: one `planner` object with one named method per contract channel. The
 * renderer never receives ipcRenderer, an event object or a way to name a channel itself.
 *
 * Only types come from the contract: a sandboxed preload bundles everything it uses, and the
 * zod schemas belong in main, where payloads are checked.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isAppCommand } from '../../shared/commands';
import type {
  ChannelRequest,
  ChannelResponse,
  InvokeChannel,
  MENU_COMMAND_CHANNEL,
  PlannerApi,
} from '../../shared/ipc/contract';

const menuCommandChannel: typeof MENU_COMMAND_CHANNEL = 'menu:command';

/** Typed so a misspelt channel or a wrong payload fails to compile. */
function invoke<C extends InvokeChannel>(
  channel: C,
  request: ChannelRequest<C>,
): Promise<ChannelResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<ChannelResponse<C>>;
}

const planner = {
  getAppInfo: () => invoke('app:get-info', undefined),
  openExternal: (url) => invoke('shell:open-external', { url }),
  setThemeSource: (source) => invoke('theme:set-source', source),
  setEditState: (state) =>
    invoke('menu:set-edit-state', { canUndo: state.canUndo, canRedo: state.canRedo }),
  onMenuCommand(listener) {
    // Main is trusted, but the value is still checked: the listener's type promises an AppCommand.
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward);
    };
  },
} satisfies PlannerApi;

contextBridge.exposeInMainWorld('planner', planner);
