import { describe, expect, it } from 'vitest';
import { nextThemeSource, resolveTheme } from '../../../renderer/src/store/theme-source';

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
