/**
 * The IPC contract between renderer and main: every channel with the schema of its request
 * and response. Main parses each payload against `request` before a handler sees it; the
 * preload's `planner` object is typed from this table so neither side can drift.
 */
import { z } from 'zod';
import { APP_COMMANDS } from '../commands';

export const themeSourceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeSource = z.infer<typeof themeSourceSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const editStateSchema = z.object({ canUndo: z.boolean(), canRedo: z.boolean() }).strict();
export type EditState = z.infer<typeof editStateSchema>;

export const invokeChannels = {
  'app:get-info': { request: z.undefined(), response: appInfoSchema },
  'shell:open-external': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.boolean(),
  },
  'theme:set-source': { request: themeSourceSchema, response: z.undefined() },
  'menu:set-edit-state': { request: editStateSchema, response: z.undefined() },
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type ChannelRequest<C extends InvokeChannel> = z.infer<
  (typeof invokeChannels)[C]['request']
>;
export type ChannelResponse<C extends InvokeChannel> = z.infer<
  (typeof invokeChannels)[C]['response']
>;

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const menuCommandSchema = z.enum(APP_COMMANDS);

/**
 * What the preload exposes as `window.planner`. One named method per channel, never a
 * generic invoke, so the renderer cannot reach a channel the contract does not list.
 */
export interface PlannerApi {
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<boolean>;
  setThemeSource(source: ThemeSource): Promise<void>;
  setEditState(state: EditState): Promise<void>;
  /** Returns a function that removes the listener. */
  onMenuCommand(listener: (command: z.infer<typeof menuCommandSchema>) => void): () => void;
}
