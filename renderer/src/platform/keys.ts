/** Whether the computer is a Mac: Cmd instead of Ctrl, and keys shown as ⌘K. */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);
