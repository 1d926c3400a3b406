/**
 * Stage template repository: each plan may edit the checklist a product gets on entering a
 * stage. One StageTemplate record per plan and stage, with an id derived from both, so copies
 * of a plan that edit the same template merge as one record. No record means the default.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Stage } from '../../../shared/domain/lifecycle';
import {
  MAX_TEMPLATE_ITEMS,
  checkChecklistText,
  templateItems,
} from '../../../shared/domain/playbook';
import { nowIso } from '../../../shared/domain/records';
import { templateId, type StageTemplate } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as appDb } from './index';
import { commit, RecordNotFoundError } from './repository';

function checkedItems(items: readonly string[]): string[] {
  if (items.length > MAX_TEMPLATE_ITEMS) {
    throw new Error(`A template holds at most ${MAX_TEMPLATE_ITEMS} items.`);
  }
  return items.map((raw, i) => {
    const check = checkChecklistText(raw);
    if (!check.ok) throw new Error(`Item ${i + 1}: ${check.message}`);
    return check.value;
  });
}

/** Saves the plan's template for `stage`, creating it if the plan still used the default. */
export function saveStageTemplate(
  db: PlannerDb,
  planId: string,
  stage: Stage,
  items: readonly string[],
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkedItems(items);
    if (!(await db.plans.get(planId))) throw new RecordNotFoundError('plan', planId);
    const before = (await db.stageTemplates.get(templateId(planId, stage))) ?? null;
    const at = nowIso(now);
    const after: StageTemplate = before
      ? { ...before, items: checked, updatedAt: at }
      : {
          id: templateId(planId, stage),
          planId,
          stage,
          items: checked,
          createdAt: at,
          updatedAt: at,
        };
    const changes: RecordChange[] = [{ table: 'stageTemplates', before, after }];
    return commit(db, changes);
  });
}

/** "Reset to default": forgets the plan's edits to the stage's template. */
export function resetStageTemplate(
  db: PlannerDb,
  planId: string,
  stage: Stage,
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await db.stageTemplates.get(templateId(planId, stage));
    if (!before) return [];
    const changes: RecordChange[] = [{ table: 'stageTemplates', before, after: null }];
    return commit(db, changes);
  });
}

export interface StageTemplateView {
  items: string[];
  /** Whether the plan has its own version (else the default applies). */
  edited: boolean;
}

export async function readStageTemplate(
  db: PlannerDb,
  planId: string,
  stage: Stage,
): Promise<StageTemplateView> {
  const stored = await db.stageTemplates.get(templateId(planId, stage));
  return { items: templateItems(stage, stored), edited: stored !== undefined };
}

export function useStageTemplate(planId: string, stage: Stage): StageTemplateView | undefined {
  return useLiveQuery(() => readStageTemplate(appDb, planId, stage), [planId, stage]);
}
