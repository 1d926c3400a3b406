/** The top bar: plan menu, search, archive filter, theme, and the "New product" button. */
import { Archive, Monitor, Moon, Plus, Settings, Sun } from 'lucide-react';
import type { Plan } from '../../../shared/domain/product';
import { runAppCommand } from '../commands/app-commands';
import { PlanSwitcher } from '../plans/PlanSwitcher';
import { SearchBox } from '../search/SearchBox';
import { FileMenu } from './FileMenu';
import { ViewSwitcher } from './ViewSwitcher';
import { useUi } from '../store';
import { useSettings } from '../store/settings';

const THEME_LABEL = { system: 'System', light: 'Light', dark: 'Dark' } as const;

export function Toolbar({
  plans,
  plan,
  archivedCount,
}: {
  plans: readonly Plan[];
  plan: Plan;
  archivedCount: number;
}) {
  const showArchived = useUi((s) => s.showArchived);
  const setShowArchived = useUi((s) => s.setShowArchived);
  const themeSource = useSettings((s) => s.theme);
  const ThemeIcon = themeSource === 'dark' ? Moon : themeSource === 'light' ? Sun : Monitor;
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark" />
      </div>
      <PlanSwitcher plans={plans} current={plan} />
      <ViewSwitcher />
      <SearchBox planId={plan.id} />
      <div className="toolbar-spacer" />
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={showArchived}
        title="Show archived products"
        onClick={() => setShowArchived(!showArchived)}
      >
        <Archive size={15} aria-hidden="true" />
        <span className="toolbar-label">Show archived</span>
        {archivedCount > 0 && <span className="pill">{archivedCount}</span>}
      </button>
      <FileMenu planId={plan.id} />
      <button
        type="button"
        className="icon-button"
        aria-label={`Theme: ${THEME_LABEL[themeSource]}`}
        title={`Theme: ${THEME_LABEL[themeSource]} (click to change)`}
        onClick={() => void runAppCommand('toggle-theme')}
      >
        <ThemeIcon size={17} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Settings"
        title="Settings"
        onClick={() => void runAppCommand('open-settings')}
      >
        <Settings size={17} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="button button-primary"
        data-focus-fallback
        onClick={() => void runAppCommand('new-product')}
      >
        <Plus size={16} aria-hidden="true" />
        New product
      </button>
    </header>
  );
}
