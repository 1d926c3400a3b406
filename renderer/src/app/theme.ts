/** Light and dark themes: follow the system unless the user picked one. */
import { useEffect, useSyncExternalStore } from 'react';
import type { ThemeSource } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { resolveTheme, type Theme } from '../store/theme-source';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribeToSystemTheme, () => darkQuery().matches);
}

/** Puts the resolved theme on <html> and tells the host, so native menus match. */
export function useAppliedTheme(source: ThemeSource): Theme {
  const theme = resolveTheme(source, useSystemPrefersDark());
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    void platform.setThemeSource(source);
  }, [source]);
  return theme;
}
