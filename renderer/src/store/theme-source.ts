/** Which theme to show: the user's choice, or the system's when they chose "system". */
import type { ThemeSource } from '../../../shared/ipc/contract';

export type Theme = 'light' | 'dark';

const ORDER: ThemeSource[] = ['system', 'light', 'dark'];

export function nextThemeSource(source: ThemeSource): ThemeSource {
  return ORDER[(ORDER.indexOf(source) + 1) % ORDER.length] as ThemeSource;
}

export function resolveTheme(source: ThemeSource, systemPrefersDark: boolean): Theme {
  if (source === 'system') return systemPrefersDark ? 'dark' : 'light';
  return source;
}
