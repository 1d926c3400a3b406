export function TimelineView({ planId }: { planId: string }) {
  return (
    <div className="portfolio-view" data-plan-id={planId}>
      <h1 className="portfolio-view-title">Timeline</h1>
    </div>
  );
}
