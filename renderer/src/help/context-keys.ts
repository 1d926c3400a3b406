/**
 * Keys that belong to one place rather than to a command: moving a card, stepping through a
 * list. Their handlers live with their screens; this list is what the shortcut sheet and the
 * user guide show, in Electron's key syntax so they format like the commands' keys.
 */
export interface ContextKey {
  keys: readonly string[];
  does: string;
}

export interface ContextKeyGroup {
  where: string;
  keys: readonly ContextKey[];
}

export const CONTEXT_KEYS: readonly ContextKeyGroup[] = [
  {
    where: 'On the board',
    keys: [
      { keys: ['Enter'], does: 'Open the product whose name has the focus' },
      { keys: ['Alt+Left', 'Alt+Right'], does: 'Move the card one stage back or on' },
      { keys: ['Alt+Up', 'Alt+Down'], does: 'Move the card up or down in its stage' },
    ],
  },
  {
    where: 'In a product’s workspace',
    keys: [
      { keys: ['Up', 'Down'], does: 'Step through the sections in the list on the left' },
      { keys: ['Escape'], does: 'Back to where the workspace was opened from' },
      { keys: ['Alt+Up', 'Alt+Down'], does: 'Move a backlog item or checklist item' },
      { keys: ['CmdOrCtrl+Enter'], does: 'Add the feedback typed in the quote' },
    ],
  },
  {
    where: 'Timeline and roadmap',
    keys: [
      { keys: ['Up', 'Down'], does: 'Move between the timeline’s rows' },
      { keys: ['+', '-'], does: 'Zoom the timeline in or out' },
      { keys: ['Alt+Left', 'Alt+Right'], does: 'Move a roadmap item to Now, Next or Later' },
    ],
  },
  {
    where: 'Search, the palette and menus',
    keys: [
      { keys: ['Up', 'Down'], does: 'Move through the results' },
      { keys: ['Enter'], does: 'Open the result, or run the command' },
      { keys: ['Escape'], does: 'Close the list; in the search field, press again to clear it' },
    ],
  },
];
