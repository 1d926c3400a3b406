/** What the window shows, in words: for export file names and the printed page's header. */
import type { View } from '../../store/route';
import { SECTION_LABELS } from '../../store/sections';

const PORTFOLIO_VIEW_LABELS = {
  board: 'Board',
  timeline: 'Timeline',
  roadmap: 'Roadmap',
  health: 'Health',
} as const;

/** "Board", "Health", or "Receipt Scanner – Backlog" for a product's workspace. */
export function viewLabel(view: View, productName: string | undefined): string {
  if (view.kind !== 'product') return PORTFOLIO_VIEW_LABELS[view.kind];
  const section = SECTION_LABELS[view.section];
  return productName ? `${productName} – ${section}` : section;
}
