/** The six lifecycle stages, in order, and the rules for stepping between them. */
export const STAGES = [
  'ideation',
  'development',
  'launch',
  'growth',
  'maturity',
  'decline',
] as const;

export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  ideation: 'Ideation',
  development: 'Development',
  launch: 'Launch',
  growth: 'Growth',
  maturity: 'Maturity',
  decline: 'Decline',
};

/** One line per stage for empty columns and tooltips: what the PM is doing there. */
export const STAGE_PURPOSE: Record<Stage, string> = {
  ideation: 'Find and validate the idea with the people who would use it.',
  development: 'Build what users need most, test early, iterate.',
  launch: 'Take it to market and listen closely to first feedback.',
  growth: 'Scale acquisition and retention; learn from usage data.',
  maturity: 'Defend position and profit; extend and refine.',
  decline: 'Decide: rejuvenate, retire, or pivot.',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage one step left (-1) or right (+1), or null at either end of the lifecycle. */
export function adjacentStage(stage: Stage, step: -1 | 1): Stage | null {
  return STAGES[stageIndex(stage) + step] ?? null;
}
