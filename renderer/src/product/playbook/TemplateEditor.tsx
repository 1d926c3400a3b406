/**
 * Edits the checklist template of one stage for the whole plan: one item per line. Products
 * entering the stage from now on start with it; lists products already have are left alone.
 */
import { useId, useState } from 'react';
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/lifecycle';
import {
  DEFAULT_TEMPLATES,
  isDefaultTemplate,
  parseTemplateText,
} from '../../../../shared/domain/playbook';
import type { StageTemplateView } from '../../db/templates';
import { Modal } from '../../ui/Modal';
import { resetTemplate, saveTemplate } from './checklist-commands';

interface TemplateEditorProps {
  planId: string;
  stage: Stage;
  template: StageTemplateView;
  onClose: () => void;
}

export function TemplateEditor({ planId, stage, template, onClose }: TemplateEditorProps) {
  const fieldId = useId();
  const stageName = STAGE_LABELS[stage];
  const [text, setText] = useState(template.items.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const parsed = parseTemplateText(text);
  const count = parsed.ok ? parsed.value.length : null;

  async function onSave() {
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    if (await saveTemplate(planId, stage, parsed.value)) onClose();
  }

  async function onReset() {
    if (!template.edited) {
      setText(DEFAULT_TEMPLATES[stage].join('\n'));
      setError(null);
      return;
    }
    if (await resetTemplate(planId, stage)) onClose();
  }

  const unchangedDefault = !template.edited && parsed.ok && isDefaultTemplate(stage, parsed.value);
  return (
    <Modal
      title={`${stageName} checklist template`}
      onClose={onClose}
      describedBy={`${fieldId}-lead`}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <p id={`${fieldId}-lead`} className="modal-note">
          Every product of this plan that enters {stageName} starts with these items. Checklists
          that products already have stay as they are.
        </p>
        <div className="field">
          <label htmlFor={fieldId}>Items, one per line</label>
          <textarea
            id={fieldId}
            className="template-items"
            rows={Math.min(14, Math.max(6, text.split('\n').length + 1))}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
            onChange={(event) => {
              setText(event.target.value);
              setError(null);
            }}
          />
          <p id={`${fieldId}-hint`} className="field-hint">
            {count === null
              ? 'Blank lines are skipped.'
              : count === 0
                ? 'No items: products entering this stage get no checklist.'
                : `${count} ${count === 1 ? 'item' : 'items'}. Blank lines are skipped.`}
          </p>
          {error && (
            <p id={`${fieldId}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Save template
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-quiet template-reset"
            disabled={unchangedDefault}
            onClick={() => void onReset()}
          >
            Reset to default
          </button>
        </div>
      </form>
    </Modal>
  );
}
