/**
 * The stage playbook of a product: what its current stage is about, tips, the stage's
 * checklist, the checklists of other stages (read-only), and the plan's template for the stage.
 */
import './playbook.css';
import { Check, Circle, Lightbulb, ListChecks } from 'lucide-react';
import { useId, useState } from 'react';
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/lifecycle';
import {
  STAGE_GUIDES,
  checklistProgress,
  formatProgress,
  otherStagesWithItems,
  stageChecklist,
} from '../../../../shared/domain/playbook';
import type { ChecklistItem, Product } from '../../../../shared/domain/product';
import { useProductChecklists } from '../../db/checklists';
import { useStageTemplate } from '../../db/templates';
import { StageChecklist } from './StageChecklist';
import { TemplateEditor } from './TemplateEditor';

export function PlaybookSection({ product }: { product: Product }) {
  const stage = product.stage;
  return (
    <section className="workspace-section playbook" aria-labelledby="section-playbook">
      <h2 id="section-playbook">Playbook</h2>
      <div className="playbook-grid">
        <div className="playbook-main">
          <StageChecklist product={product} />
          <OtherStages product={product} />
        </div>
        <StageGuide planId={product.planId} stage={stage} />
      </div>
    </section>
  );
}

function StageGuide({ planId, stage }: { planId: string; stage: Stage }) {
  const guide = STAGE_GUIDES[stage];
  const template = useStageTemplate(planId, stage);
  const [editing, setEditing] = useState(false);
  const titleId = useId();
  const stageName = STAGE_LABELS[stage];
  return (
    <aside className="playbook-guide" data-stage={stage} aria-labelledby={titleId}>
      <h3 id={titleId} className="playbook-guide-title">
        <span className="stage-dot" aria-hidden="true" />
        {stageName}: what this stage is about
      </h3>
      <p className="playbook-about">{guide.about}</p>
      <h4 className="playbook-tips-title">
        <Lightbulb size={14} aria-hidden="true" />
        Tips
      </h4>
      <ul className="playbook-tips">
        {guide.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <div className="playbook-template">
        <p className="playbook-template-note">
          <ListChecks size={14} aria-hidden="true" />
          {template === undefined
            ? 'Checklist template'
            : template.edited
              ? `This plan’s ${stageName} template: ${template.items.length} items (edited).`
              : `This plan’s ${stageName} template: ${template.items.length} items (the default).`}
        </p>
        <button
          type="button"
          className="button"
          disabled={template === undefined}
          onClick={() => setEditing(true)}
        >
          Edit the {stageName} template for this plan
        </button>
      </div>
      {editing && template && (
        <TemplateEditor
          planId={planId}
          stage={stage}
          template={template}
          onClose={() => setEditing(false)}
        />
      )}
    </aside>
  );
}

function OtherStages({ product }: { product: Product }) {
  const items = useProductChecklists(product.id);
  if (!items) return null;
  const stages = otherStagesWithItems(items, product.stage);
  if (stages.length === 0) return null;
  return (
    <details className="playbook-other">
      <summary>Checklists of other stages ({stages.length})</summary>
      {stages.map((stage) => (
        <ReadOnlyChecklist key={stage} stage={stage} items={stageChecklist(items, stage)} />
      ))}
    </details>
  );
}

function ReadOnlyChecklist({ stage, items }: { stage: Stage; items: ChecklistItem[] }) {
  const progress = checklistProgress(items, stage);
  return (
    <div className="playbook-other-stage" data-stage={stage}>
      <h4>
        <span className="stage-dot" aria-hidden="true" />
        {STAGE_LABELS[stage]} <span className="checklist-count">{formatProgress(progress)}</span>
      </h4>
      <ul className="checklist-readonly">
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'is-done' : undefined}>
            {item.done ? (
              <Check size={14} aria-hidden="true" />
            ) : (
              <Circle size={14} aria-hidden="true" />
            )}
            <span className="sr-only">{item.done ? 'Done: ' : 'Not done: '}</span>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
