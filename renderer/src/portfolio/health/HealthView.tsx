/**
 * Portfolio health at a glance: products per stage, the ones stuck longest, KPIs off target
 * (each with its recent trend), overdue milestones (with how late), and feedback volume, each
 * table with a small chart beside its numbers. Every product named opens its workspace.
 */
import '../portfolio-view.css';
import './health.css';
import { useMemo } from 'react';
import { localCalendarDate } from '../../../../shared/domain/calendar';
import {
  feedbackVolume,
  offTargetKpis,
  overdueMilestones,
  productsPerStage,
  stuckLongest,
} from '../../../../shared/domain/health';
import { latestValue, type TrendValues } from '../../../../shared/domain/kpi-trend';
import { db } from '../../db';
import type { PortfolioViewProps } from '../portfolio-view';
import { useFeedbackCounts, useHealthData } from '../../db/portfolio';
import { FeedbackVolumeCard, StageCountsCard, StuckCard } from './HealthCards';
import { OffTargetCard, OverdueCard } from './HealthTables';

function latestValues(trends: ReadonlyMap<string, TrendValues>): Map<string, { value: number }> {
  const latest = new Map<string, { value: number }>();
  for (const [kpiId, trend] of trends) {
    const value = latestValue(trend);
    if (value !== undefined) latest.set(kpiId, { value });
  }
  return latest;
}

export function HealthView({ planId, products }: PortfolioViewProps) {
  const data = useHealthData(db, planId);
  // Counted after the rest is in, so the view draws without waiting for every entry.
  const feedbackCounts = useFeedbackCounts(db, data ? planId : null);
  const now = useMemo(() => new Date(), []);
  const today = localCalendarDate(now);
  const health = useMemo(() => {
    if (!products || !data) return null;
    return {
      perStage: productsPerStage(products),
      stuck: stuckLongest(products, now),
      offTarget: offTargetKpis(data.kpis, latestValues(data.trends), products),
      overdue: overdueMilestones(data.milestones, products, today),
      trends: data.trends,
    };
  }, [products, data, now, today]);
  const feedback = useMemo(
    () => (products && feedbackCounts ? feedbackVolume(feedbackCounts, products) : null),
    [products, feedbackCounts],
  );

  return (
    <div className="portfolio-view health" aria-busy={health === null}>
      <div className="portfolio-view-header">
        <h1 className="portfolio-view-title">Portfolio health</h1>
      </div>
      {health && (
        <div className="health-grid">
          <StageCountsCard counts={health.perStage} />
          <StuckCard stuck={health.stuck} />
          <OffTargetCard entries={health.offTarget} trends={health.trends} />
          <OverdueCard entries={health.overdue} today={today} />
          <FeedbackVolumeCard volumes={feedback} />
        </div>
      )}
    </div>
  );
}
