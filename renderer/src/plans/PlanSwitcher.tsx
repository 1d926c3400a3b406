/** The plan menu: switch between plans, create, rename and delete one. */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, ChevronDown, FolderKanban } from 'lucide-react';
import type { Plan } from '../../../shared/domain/product';
import { useBinding } from '../db/documents';
import { useUi } from '../store';

export function PlanSwitcher({ plans, current }: { plans: readonly Plan[]; current: Plan }) {
  const openPlan = useUi((s) => s.openPlan);
  const openDialog = useUi((s) => s.openDialog);
  const sorted = [...plans].sort((a, b) => a.name.localeCompare(b.name));
  const binding = useBinding(current.id);
  const file = binding ? ` — ${binding.name}${binding.dirty ? ', unsaved changes' : ''}` : '';
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="plan-switcher" aria-label={`Plan: ${current.name}${file}`}>
        <FolderKanban size={16} aria-hidden="true" />
        <span className="plan-switcher-name">{current.name}</span>
        {binding && (
          <span className="plan-switcher-file" title={binding.name}>
            {binding.dirty && (
              <span className="unsaved-mark" aria-hidden="true">
                •
              </span>
            )}
            {binding.name}
          </span>
        )}
        <ChevronDown size={14} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu menu-plans"
          align="start"
          sideOffset={6}
          collisionPadding={8}
        >
          <DropdownMenu.Label className="menu-label">Plans</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={current.id} onValueChange={(id) => openPlan(id)}>
            {sorted.map((plan) => (
              <DropdownMenu.RadioItem
                key={plan.id}
                value={plan.id}
                className="menu-item menu-item-radio"
              >
                <DropdownMenu.ItemIndicator className="menu-indicator">
                  <Check size={14} aria-hidden="true" />
                </DropdownMenu.ItemIndicator>
                <span className="menu-item-text">{plan.name}</span>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => openDialog({ kind: 'new-plan' })}
          >
            New plan…
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => openDialog({ kind: 'rename-plan', planId: current.id })}
          >
            Rename plan…
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => openDialog({ kind: 'people' })}>
            Personas and competitors…
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="menu-item menu-item-danger"
            onSelect={() => openDialog({ kind: 'delete-plan', planId: current.id })}
          >
            Delete plan…
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
