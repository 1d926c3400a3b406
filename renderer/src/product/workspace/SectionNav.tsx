/**
 * The list of a workspace's sections. Buttons rather than tabs: each section is a page of
 * its own (with its own address), and Up/Down arrows step through them as in a sidebar.
 */
import type { KeyboardEvent } from 'react';
import type { Product } from '../../../../shared/domain/product';
import { useUi } from '../../store';
import { SECTION_LABELS, WORKSPACE_SECTIONS, type WorkspaceSection } from '../../store/sections';

export function SectionNav({ product, section }: { product: Product; section: WorkspaceSection }) {
  const showView = useUi((s) => s.showView);
  const open = (next: WorkspaceSection) =>
    showView({ kind: 'product', productId: product.id, section: next });

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(index + step + buttons.length) % buttons.length];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  return (
    <nav className="section-nav" aria-label="Product sections" onKeyDown={onKeyDown}>
      <ul>
        {WORKSPACE_SECTIONS.map((entry) => (
          <li key={entry}>
            <button
              type="button"
              className="section-nav-item"
              aria-current={entry === section ? 'page' : undefined}
              onClick={() => open(entry)}
            >
              {SECTION_LABELS[entry]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
