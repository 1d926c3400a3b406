/**
 * The product's checklist for its current stage: progress, the items (check, edit, delete,
 * reorder by drag or Alt+Arrow) and a field to add one. A product with no items for the
 * stage is offered the plan's template.
 */
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { STAGE_LABELS } from '../../../../shared/domain/lifecycle';
import {
  checkChecklistText,
  checklistProgress,
  formatProgress,
} from '../../../../shared/domain/playbook';
import type { ChecklistItem, Product } from '../../../../shared/domain/product';
import { useChecklist } from '../../db/checklists';
import { useStageTemplate } from '../../db/templates';
import { addItem, deleteItem, moveItemTo, stepItem, startFromTemplate } from './checklist-commands';
import { ChecklistItemRow } from './ChecklistItemRow';

/** After a delete: which item's checkbox (or the add field) holds focus once the list redraws. */
type FocusTarget = { itemId: string; control: string } | { itemId: null; control: 'add' };

/** After a drop the new order shows at once, until the database's answer replaces `items`. */
function useDropPreview(items: ChecklistItem[]) {
  const [preview, setPreview] = useState<{ against: ChecklistItem[]; ids: string[] } | null>(null);
  const shown =
    preview && preview.against === items
      ? preview.ids.flatMap((id) => items.filter((item) => item.id === id))
      : items;
  return { shown, setPreview: (ids: string[]) => setPreview({ against: items, ids }) };
}

export function StageChecklist({ product }: { product: Product }) {
  const stage = product.stage;
  const headingId = useId();
  const items = useChecklist(product.id, stage);
  const template = useStageTemplate(product.planId, stage);
  const { shown, setPreview } = useDropPreview(items ?? []);
  const addInput = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const focusTarget = useRef<FocusTarget | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

  // A delete redraws the list without the item; focus goes to its neighbour. (A moved item
  // takes focus itself: see ChecklistItemRow.)
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    if (target.itemId === null) {
      addInput.current?.focus();
      return;
    }
    const row = listRef.current?.querySelector(`[data-checklist-item="${target.itemId}"]`);
    row?.querySelector<HTMLElement>(`[data-control="${target.control}"]`)?.focus();
  }, [items]);

  if (items === undefined) return <div className="checklist" aria-busy="true" />;
  const progress = checklistProgress(items, stage);
  const stageName = STAGE_LABELS[stage];

  function onStep(item: ChecklistItem, step: -1 | 1, control: string) {
    void stepItem(item, step, control, shown);
  }

  function onDelete(item: ChecklistItem) {
    const index = shown.findIndex((other) => other.id === item.id);
    const neighbour = shown[index + 1] ?? shown[index - 1];
    focusTarget.current = neighbour
      ? { itemId: neighbour.id, control: 'check' }
      : { itemId: null, control: 'add' };
    void deleteItem(item);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = shown.findIndex((item) => item.id === active.id);
    const to = shown.findIndex((item) => item.id === over.id);
    const item = shown[from];
    if (!item || to < 0) return;
    setPreview(arrayMove(shown, from, to).map((other) => other.id));
    void moveItemTo(item, to, shown.length);
  }

  return (
    <div className="checklist" data-stage={stage}>
      <div className="checklist-head">
        <h3 id={headingId}>{stageName} checklist</h3>
        {progress.total > 0 && <span className="checklist-count">{formatProgress(progress)}</span>}
      </div>
      {progress.total > 0 && (
        <progress
          className="checklist-progress"
          max={progress.total}
          value={progress.done}
          aria-label={`${stageName} checklist: ${formatProgress(progress)}`}
        />
      )}
      {items.length === 0 ? (
        <div className="checklist-empty">
          <p>No checklist for {stageName} yet.</p>
          {template && template.items.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => void startFromTemplate(product.id, stage)}
            >
              Start from the {stageName} template ({template.items.length} items)
            </button>
          )}
        </div>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={shown.map((i) => i.id)} strategy={verticalListSortingStrategy}>
            <ol ref={listRef} className="checklist-items" aria-labelledby={headingId}>
              {shown.map((item, index) => (
                <ChecklistItemRow
                  key={item.id}
                  item={item}
                  position={index}
                  onStep={onStep}
                  onDelete={onDelete}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <AddItemForm
        inputRef={addInput}
        stageName={stageName}
        onAdd={(text) => addItem(product.id, stage, text)}
      />
      {items.length > 1 && (
        <p className="checklist-hint">
          Drag the handle to reorder, or press Alt+↑ / Alt+↓ on an item’s checkbox.
        </p>
      )}
    </div>
  );
}

function AddItemForm({
  inputRef,
  stageName,
  onAdd,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  stageName: string;
  onAdd: (text: string) => Promise<boolean>;
}) {
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = checkChecklistText(text);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    if (await onAdd(check.value)) setText('');
  }

  return (
    <form className="checklist-add" onSubmit={(event) => void onSubmit(event)}>
      <input
        ref={inputRef}
        type="text"
        aria-label={`New ${stageName} checklist item`}
        placeholder="Add an item…"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button">
        Add
      </button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
