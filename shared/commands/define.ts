/**
 * What one command is: everything about it in one object, in the manner of Excalidraw's
 * actions. Main reads the id, label, menu place and accelerator to build the native menu; the
 * renderer reads the rest to run it from that menu, its keys, the palette and the shortcut
 * sheet. `run` only calls the host the renderer hands it, so this file needs nothing from
 * either side and main can import it without pulling in the page.
 */

export type Host = 'electron' | 'browser';
export type PortfolioViewKind = 'board' | 'timeline' | 'roadmap' | 'health';
export type ViewKind = PortfolioViewKind | 'product';

/** Dialogs a command can open; the renderer decides what each needs (the current plan, say). */
export type CommandDialog =
  | 'new-product'
  | 'new-plan'
  | 'rename-plan'
  | 'delete-plan'
  | 'people'
  | 'backups'
  | 'palette'
  | 'shortcuts'
  | 'guide'
  | 'settings'
  | 'stakeholder-update'
  | 'feedback-csv';

export type PlanExportKind = 'plan' | 'markdown' | 'csv' | 'backlog-csv' | 'html';
export type ViewExportKind = 'pdf' | 'png' | 'print';

/** What a command may ask of the window; the renderer implements it (renderer/src/commands). */
export interface CommandHost {
  openDialog(dialog: CommandDialog): void;
  loadSample(): Promise<void>;
  /** In a text field these undo typing; elsewhere the last change to the plan. */
  undo(): Promise<void>;
  redo(): Promise<void>;
  focusSearch(): void;
  toggleArchived(): void;
  cycleTheme(): void;
  importPlan(): Promise<void>;
  /** Plans as documents bound to files (docs/sharing.md). */
  openDocument(): Promise<void>;
  saveDocument(): Promise<void>;
  saveDocumentAs(): Promise<void>;
  toggleAutosave(): Promise<void>;
  exportPlan(kind: PlanExportKind): Promise<void>;
  exportView(kind: ViewExportKind): Promise<void>;
  showView(view: PortfolioViewKind): void;
}

/** What decides whether a command can run now. */
export interface CommandState {
  host: Host;
  canUndo: boolean;
  canRedo: boolean;
  view: ViewKind;
  showArchived: boolean;
  /** A dialog is open: commands that open another wait until it closes. */
  dialogOpen: boolean;
}

/**
 * Where the native menu lists a command: the menu, then the group between two separators.
 * The palette and the shortcut sheet group commands by the same menu names.
 */
export const MENU_PLACES = [
  'file/new',
  'file/open',
  'file/save',
  'file/import',
  'file/plan',
  'file/export',
  'file/view-export',
  'file/share',
  'file/backup',
  'file/settings',
  'edit/history',
  'edit/find',
  'view/views',
  'view/display',
  'help/guide',
] as const;
export type MenuPlace = (typeof MENU_PLACES)[number];
export type MenuName = 'file' | 'edit' | 'view' | 'help';

export const MENU_TITLES: Record<MenuName, string> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  help: 'Help',
};

export function menuOf(place: MenuPlace): MenuName {
  return place.slice(0, place.indexOf('/')) as MenuName;
}

/** A key the page listens for besides the menu's accelerator. */
export interface ExtraKeys {
  keys: string;
  /** Left out on macOS, where the key means something else (Ctrl+Y is not Redo there). */
  notOnMac?: boolean;
}

export interface CommandKeys {
  /**
   * The native menu's accelerator, in Electron's syntax. The browser build listens for it
   * too, unless `browser` names other keys.
   */
  accelerator?: string;
  /** What the browser build listens for instead: the browser keeps Ctrl+N for a new window. */
  browser?: readonly string[];
  /** Further keys the page listens for in both builds ("?" for the shortcut sheet). */
  extra?: readonly ExtraKeys[];
}

export interface Command<Id extends string = string> {
  id: Id;
  /** As menus show it, in title case: "Export Plan…". */
  label: string;
  /** Where the native menu lists it, or null for a command only the palette offers. */
  menu: MenuPlace | null;
  keys?: CommandKeys;
  /** More words the palette matches: "open" finds Import Plan. */
  keywords?: string;
  /** The builds that offer it; both when absent. */
  hosts?: readonly Host[];
  /**
   * Inside a text field its keys are left to the field (its own undo), and the command does
   * the field's version of itself.
   */
  keepsTextFieldKeys?: boolean;
  enabled?(state: CommandState): boolean;
  /** Said when the command is asked for while it cannot run ("Nothing to undo."). */
  unavailable?: string;
  run(host: CommandHost): void | Promise<void>;
}

/** Declares one command, keeping its id's literal type. */
export function defineCommand<const Id extends string>(command: Command<Id>): Command<Id> {
  return command;
}

/** Commands that open a dialog wait for the open one to close. */
export const noDialogOpen = (state: CommandState) => !state.dialogOpen;
