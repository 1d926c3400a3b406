import { describe, expect, it } from 'vitest';
import { shortcutCommand, type KeyLike } from '../../../renderer/src/app/shortcut-keys';
import { nextThemeSource, resolveTheme } from '../../../renderer/src/app/theme-source';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('page shortcuts', () => {
  it.each([
    [key('z', { ctrlKey: true }), false, 'undo'],
    [key('z', { metaKey: true }), false, 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), false, 'redo'],
    [key('y', { ctrlKey: true }), false, 'redo'],
    [key(',', { ctrlKey: true }), false, 'open-settings'],
    [key(',', { metaKey: true }), true, 'open-settings'],
    [key('/'), false, 'focus-search'],
    [key('n'), false, 'new-product'],
    [key('n'), true, null],
    [key('/'), true, null],
    [key('z', { ctrlKey: true, altKey: true }), false, null],
    [key('ArrowRight', { altKey: true }), false, null],
  ])('%o (typing: %s) runs %s', (event, typing, expected) => {
    expect(shortcutCommand(event, typing)).toBe(expected);
  });
});

describe('theme', () => {
  it('cycles system, light, dark and follows the system only when asked to', () => {
    expect(nextThemeSource('system')).toBe('light');
    expect(nextThemeSource('light')).toBe('dark');
    expect(nextThemeSource('dark')).toBe('system');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
});
