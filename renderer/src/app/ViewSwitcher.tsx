/**
 * The portfolio's views: the board, the timeline, the roadmap and the health view. A product's
 * workspace is reached from its card, so while one is open no view button is current.
 */
import { Activity, CalendarRange, Columns3, Map as MapIcon } from 'lucide-react';
import type { ComponentType } from 'react';
import { useUi } from '../store';
import type { View } from '../store/route';

type PortfolioView = Exclude<View['kind'], 'product'>;

const VIEWS: { kind: PortfolioView; label: string; Icon: ComponentType<{ size?: number }> }[] = [
  { kind: 'board', label: 'Board', Icon: Columns3 },
  { kind: 'timeline', label: 'Timeline', Icon: CalendarRange },
  { kind: 'roadmap', label: 'Roadmap', Icon: MapIcon },
  { kind: 'health', label: 'Health', Icon: Activity },
];

export function ViewSwitcher() {
  const current = useUi((s) => s.view.kind);
  const showView = useUi((s) => s.showView);
  return (
    <nav className="view-switcher" aria-label="Views">
      {VIEWS.map(({ kind, label, Icon }) => (
        <button
          key={kind}
          type="button"
          className="view-switcher-item"
          aria-current={current === kind ? 'page' : undefined}
          title={label}
          onClick={() => showView({ kind } as View)}
        >
          <Icon size={15} aria-hidden="true" />
          <span className="view-switcher-label">{label}</span>
        </button>
      ))}
    </nav>
  );
}
