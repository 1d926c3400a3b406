import { describe, expect, it } from 'vitest';
import { localCalendarDate } from '../../../shared/domain/calendar';
import { offTargetKpis, overdueMilestones } from '../../../shared/domain/health';
import { latestReading } from '../../../shared/domain/kpi';
import { samplePortfolio } from '../../../shared/domain/sample';
import { sampleWorkspace } from '../../../shared/domain/sample-workspace';
import { validatePlanFile } from '../../../shared/plan-file/schema';
import { buildPlanFile } from '../../../shared/plan-file/serialize';

describe('the sample workspace', () => {
  const now = new Date(2026, 10, 25, 12);
  const tables = sampleWorkspace(samplePortfolio('plan-1', now), now);
  const plan = {
    id: 'plan-1',
    name: 'Sample',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const file = buildPlanFile({ plan, ...tables, deletions: [] });

  it('is a valid plan: every link resolves, every value passes the schema', () => {
    expect(validatePlanFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file });
  });

  it('gives every live product its checklist and the PM something to act on', () => {
    const live = file.products.filter((p) => !p.archived);
    for (const product of live) {
      expect(
        file.checklistItems.some((i) => i.productId === product.id && i.stage === product.stage),
      ).toBe(true);
    }
    const latest = new Map(
      file.kpis.flatMap((kpi) => {
        const value = latestReading(file.kpiValues.filter((v) => v.kpiId === kpi.id));
        return value ? [[kpi.id, value] as const] : [];
      }),
    );
    expect(offTargetKpis(file.kpis, latest, file.products).length).toBeGreaterThan(0);
    expect(overdueMilestones(file.milestones, file.products, localCalendarDate(now))).toHaveLength(
      1,
    );
    expect(file.feedback.filter((f) => f.backlogItemId !== null).length).toBeGreaterThanOrEqual(6);
    expect(file.products.some((p) => p.plannedStages.length > 0)).toBe(true);
  });
});
