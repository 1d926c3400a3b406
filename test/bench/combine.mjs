/**
 * Several runs of one size as one record: every figure is the median of the runs that
 * measured it, with its lowest and highest beside it, so a single lucky or unlucky run
 * neither makes nor hides a result.
 */

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function combineRuns(runs) {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.metrics)))];
  const metrics = {};
  const ranges = {};
  const notMeasured = {};
  for (const key of keys) {
    const values = runs.map((r) => r.metrics[key]).filter((v) => v !== null && v !== undefined);
    const failed = runs.filter((r) => r.notMeasured[key] !== undefined);
    if (failed.length > 0) {
      const reason = failed[0].notMeasured[key];
      notMeasured[key] = `${failed.length} of ${runs.length} runs: ${reason}`;
    }
    if (values.length === 0) {
      metrics[key] = null;
    } else if (values.every((v) => typeof v === 'number')) {
      metrics[key] = median(values);
      ranges[key] = [Math.min(...values), Math.max(...values)];
    } else if (values.every((v) => typeof v === 'boolean')) {
      metrics[key] = values.every(Boolean);
    } else {
      metrics[key] = values[0];
    }
  }
  return { metrics, ranges, notMeasured };
}
