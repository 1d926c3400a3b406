/**
 * When the PM plans a product to enter its later stages. Only stages after the current one
 * can be planned, and their dates must follow the lifecycle's order: a product cannot be
 * planned into Growth before it launches.
 */
import { isCalendarDate } from './calendar';
import { STAGES, STAGE_LABELS, stageIndex, type Stage } from './lifecycle';
import type { FieldCheck, PlannedStage, Product } from './product';

/** The stages a product can still be planned into: those after its current one. */
export function plannableStages(current: Stage): Stage[] {
  return STAGES.slice(stageIndex(current) + 1);
}

/**
 * Checks and orders planned dates typed per stage ('' means "not planned"). Returns them in
 * lifecycle order, or the first problem, naming the stage.
 */
export function checkPlannedStages(
  product: Pick<Product, 'stage'>,
  dates: Partial<Record<Stage, string>>,
): FieldCheck<PlannedStage[]> {
  const planned: PlannedStage[] = [];
  for (const stage of plannableStages(product.stage)) {
    const text = dates[stage]?.trim() ?? '';
    if (text === '') continue;
    if (!isCalendarDate(text)) {
      return { ok: false, message: `${STAGE_LABELS[stage]}: “${text}” is not a date.` };
    }
    const previous = planned.at(-1);
    if (previous && text < previous.plannedOn) {
      return {
        ok: false,
        message: `${STAGE_LABELS[stage]} is planned before ${STAGE_LABELS[previous.stage]}; plan the stages in order.`,
      };
    }
    planned.push({ stage, plannedOn: text });
  }
  return { ok: true, value: planned };
}

/** The planned dates still ahead of a product that has moved on (earlier stages dropped). */
export function plannedAfter(current: Stage, planned: readonly PlannedStage[]): PlannedStage[] {
  return planned.filter((entry) => stageIndex(entry.stage) > stageIndex(current));
}
