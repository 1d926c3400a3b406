/**
 * Opening a record where it lives: its product's section of the workspace, with the record
 * scrolled into view and marked (search results, the palette and the roadmap all do this).
 */
import type { PlanTable } from '../../../shared/records/registry';
import { useUi } from '.';
import { useReveal } from './reveal';
import type { WorkspaceSection } from './sections';

/** The section of a product's workspace that shows each kind of record. */
export const SECTION_OF_KIND = {
  products: 'overview',
  backlogItems: 'backlog',
  feedback: 'feedback',
  kpis: 'kpis',
  milestones: 'milestones',
  releases: 'changelog',
  experiments: 'experiments',
} as const satisfies Partial<Record<PlanTable, WorkspaceSection>>;

/** A record, as far as opening it needs: personas and competitors live in a dialog. */
export interface RecordAddress {
  kind: keyof typeof SECTION_OF_KIND | 'personas' | 'competitors';
  id: string;
  productId: string | null;
}

export function openRecord(record: RecordAddress): void {
  const ui = useUi.getState();
  const reveal = useReveal.getState().reveal;
  if (record.kind === 'personas' || record.kind === 'competitors') {
    ui.openDialog({ kind: 'people' });
    reveal(record.id);
    return;
  }
  if (record.kind === 'products') {
    ui.showView({ kind: 'product', productId: record.id, section: 'overview' });
    return;
  }
  if (!record.productId) return;
  ui.showView({
    kind: 'product',
    productId: record.productId,
    section: SECTION_OF_KIND[record.kind],
  });
  reveal(record.id);
}
