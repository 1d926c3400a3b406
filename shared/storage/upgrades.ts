/**
 * Row upgrades shared by the local database and plan files: the same pure function brings a
 * stored product and a product in an older plan file up to date, so the two never disagree.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Products gained links to personas and competitors, a decline decision and planned stage
 * dates (database version 3, plan file version 2). Fields already there are kept as they
 * are, so running the upgrade twice changes nothing.
 */
export function addWorkspaceFieldsToProduct(row: unknown): unknown {
  if (!isRecord(row)) return row;
  return {
    ...row,
    personaIds: row.personaIds ?? [],
    competitorIds: row.competitorIds ?? [],
    decision: row.decision ?? null,
    plannedStages: row.plannedStages ?? [],
  };
}

/**
 * Backlog items were stored as `features` until database version 4 and plan-file version 3,
 * and a feedback entry's link to one was `featureId`; now both use the screen's name.
 */
export function renameFeedbackLink(row: unknown): unknown {
  if (!isRecord(row) || !('featureId' in row)) return row;
  const { featureId, ...rest } = row;
  return { ...rest, backlogItemId: featureId };
}

/**
 * Products gained a vision, target customer, problem and strategy (database version 5, plan
 * file version 3). Fields already there are kept, so running it twice changes nothing.
 */
export function addVisionToProduct(row: unknown): unknown {
  if (!isRecord(row)) return row;
  return {
    ...row,
    vision: row.vision ?? '',
    targetCustomer: row.targetCustomer ?? '',
    problem: row.problem ?? '',
    strategy: row.strategy ?? '',
    strategyStage: row.strategyStage ?? null,
  };
}
