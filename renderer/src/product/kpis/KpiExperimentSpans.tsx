/**
 * When each experiment on a KPI ran, as shaded bands behind its chart, each labelled with the
 * experiment's title. The chart's one-sentence description names them for screen readers;
 * the Experiments section lists them in full.
 */
import '../experiments/experiments.css';
import { calendarDateToUtcMs } from '../../../../shared/domain/calendar';
import { experimentSpan, type Experiment } from '../../../../shared/domain/experiments';

const MS_PER_DAY = 86_400_000;

/** The days each experiment covers on the chart, as times; the end day is drawn in full. */
export function spanTimes(experiments: readonly Experiment[], today: string) {
  return experiments.flatMap((experiment) => {
    const span = experimentSpan(experiment, today);
    const start = calendarDateToUtcMs(span.start);
    const end = calendarDateToUtcMs(span.end);
    return start === null || end === null
      ? []
      : [{ id: experiment.id, title: experiment.title, start, end: end + MS_PER_DAY }];
  });
}

export type ExperimentSpanTimes = ReturnType<typeof spanTimes>;

export function KpiExperimentSpans({
  spans,
  x,
  width,
  height,
}: {
  spans: ExperimentSpanTimes;
  x: (time: Date) => number;
  width: number;
  height: number;
}) {
  return (
    <g className="kpi-chart-experiments" aria-hidden="true">
      {spans.map((span, i) => {
        const left = Math.max(0, x(new Date(span.start)));
        const right = Math.min(width, x(new Date(span.end)));
        if (right <= left) return null;
        // Labels sit at the foot of the band, clear of the target's label at the top, and are
        // cut to the band's width (about 6.5 px a character) so neighbours never overlap.
        const fits = Math.floor((right - left - 8) / 6.5);
        const label =
          fits < 4
            ? ''
            : span.title.length > fits
              ? `${span.title.slice(0, fits - 1)}…`
              : span.title;
        return (
          <g key={span.id} className="kpi-chart-experiment">
            <rect x={left} y={0} width={right - left} height={height} />
            {label !== '' && (
              <text x={left + 4} y={height - 6 - (i % 2) * 13}>
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** " Experiments shaded: Referral month free." for the chart's description. */
export function describeSpans(experiments: readonly Experiment[]): string {
  if (experiments.length === 0) return '';
  return ` Experiments shaded: ${experiments.map((e) => e.title).join(', ')}.`;
}
