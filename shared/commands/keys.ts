/**
 * Key bindings written once, in Electron's accelerator syntax ("CmdOrCtrl+Shift+Z", "F1",
 * "?"), and read three ways: the native menu takes the text as it is, the page tests key
 * presses against it, and the palette and the shortcut sheet show it in the platform's style.
 * Pure, so every rule is tested without a browser.
 */

/** The parts of a KeyboardEvent a binding is tested against. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface ParsedKeys {
  /** Cmd on macOS, Ctrl elsewhere. */
  primary: boolean;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  /** The key itself, lower case for letters: "z", "/", "?", "f1", "arrowup". */
  key: string;
}

const MODIFIERS: Record<string, keyof Omit<ParsedKeys, 'key'>> = {
  cmdorctrl: 'primary',
  commandorcontrol: 'primary',
  ctrl: 'ctrl',
  control: 'ctrl',
  cmd: 'meta',
  command: 'meta',
  meta: 'meta',
  super: 'meta',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};

/** Electron's names for keys whose KeyboardEvent.key differs. */
const KEY_NAMES: Record<string, string> = {
  plus: '+',
  space: ' ',
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
  esc: 'escape',
  return: 'enter',
};

const NAMED_KEYS = new Set([
  'arrowup',
  'arrowdown',
  'arrowleft',
  'arrowright',
  'escape',
  'enter',
  'tab',
  'backspace',
  'delete',
  'home',
  'end',
  'pageup',
  'pagedown',
]);

/** Splits an accelerator into its modifiers and key; throws on text that is not one. */
export function parseKeys(text: string): ParsedKeys {
  const parsed: ParsedKeys = {
    primary: false,
    ctrl: false,
    meta: false,
    alt: false,
    shift: false,
    key: '',
  };
  // "CmdOrCtrl++" ends in the "+" key: split on the pluses between parts only.
  const parts = text.split(/\+(?!$)/);
  const key = parts.pop();
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) throw new Error(`"${text}": "${part}" is not a modifier.`);
    parsed[modifier] = true;
  }
  if (!key) throw new Error(`"${text}" names no key.`);
  const lower = key.toLowerCase();
  parsed.key = KEY_NAMES[lower] ?? lower;
  if (
    parsed.key.length !== 1 &&
    !NAMED_KEYS.has(parsed.key) &&
    !/^f([1-9]|1\d|2[0-4])$/.test(parsed.key)
  ) {
    throw new Error(`"${text}": "${key}" is not a key.`);
  }
  return parsed;
}

const isLetter = (key: string) => /^\p{L}$/u.test(key);
/** Characters such as "/", "?" or "+": which of them need Shift depends on the keyboard. */
const isSymbol = (key: string) => key.length === 1 && !isLetter(key) && !/\d/.test(key);

/** Whether a key press is the binding, with macOS mapping CmdOrCtrl to Cmd. */
export function matchesKeys(keys: ParsedKeys, press: KeyPress, isMac: boolean): boolean {
  const wantCtrl = keys.ctrl || (keys.primary && !isMac);
  const wantMeta = keys.meta || (keys.primary && isMac);
  if (press.ctrlKey !== wantCtrl || press.metaKey !== wantMeta || press.altKey !== keys.alt) {
    return false;
  }
  const key = press.key.toLowerCase();
  if (isSymbol(keys.key)) return key === keys.key && (!keys.shift || press.shiftKey);
  return key === keys.key && press.shiftKey === keys.shift;
}

/** Whether the binding types a character when pressed in a text field (no Ctrl, Cmd or Alt). */
export function typesText(keys: ParsedKeys): boolean {
  return !keys.primary && !keys.ctrl && !keys.meta && !keys.alt;
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' } as const;
const KEY_LABELS: Record<string, string> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  escape: 'Esc',
  enter: 'Enter',
  ' ': 'Space',
};

function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? key.toUpperCase();
}

/** "Ctrl+Shift+Z" on Windows and Linux, "⇧⌘Z" on macOS. */
export function formatKeys(text: string, isMac: boolean): string {
  const keys = parseKeys(text);
  const key = keyLabel(keys.key);
  if (isMac) {
    const ctrl = keys.ctrl ? MAC_SYMBOLS.ctrl : '';
    const alt = keys.alt ? MAC_SYMBOLS.alt : '';
    const shift = keys.shift ? MAC_SYMBOLS.shift : '';
    const meta = keys.meta || keys.primary ? MAC_SYMBOLS.meta : '';
    return `${ctrl}${alt}${shift}${meta}${key}`;
  }
  const parts = [
    keys.ctrl || keys.primary ? 'Ctrl' : '',
    keys.meta ? 'Win' : '',
    keys.alt ? 'Alt' : '',
    keys.shift ? 'Shift' : '',
  ].filter(Boolean);
  return [...parts, key].join('+');
}

/** The binding as aria-keyshortcuts wants it: "Control+Shift+Z", "Meta+K". */
export function ariaKeys(text: string, isMac: boolean): string {
  const keys = parseKeys(text);
  const parts = [
    keys.ctrl || (keys.primary && !isMac) ? 'Control' : '',
    keys.meta || (keys.primary && isMac) ? 'Meta' : '',
    keys.alt ? 'Alt' : '',
    keys.shift ? 'Shift' : '',
  ].filter(Boolean);
  const key = keys.key.length === 1 ? keys.key.toUpperCase() : keys.key;
  const named = { arrowup: 'ArrowUp', arrowdown: 'ArrowDown', escape: 'Escape', enter: 'Enter' };
  return [...parts, named[key as keyof typeof named] ?? key.replace(/^f(\d+)$/, 'F$1')].join('+');
}
