/** Words and small pieces the feedback form, list and paste dialog share. */
import type { Feature } from '../../../../shared/domain/workspace';

/** The value of "no backlog item" in a select (an <option> value cannot be null). */
export const NO_FEATURE = '';

/** The options of a "backs backlog item" select: none, then the backlog in its order. */
export function FeatureOptions({ features }: { features: readonly Feature[] }) {
  return (
    <>
      <option value={NO_FEATURE}>No backlog item</option>
      {features.map((feature) => (
        <option key={feature.id} value={feature.id}>
          {feature.title}
        </option>
      ))}
    </>
  );
}

/** A quote cut to fit a label: "We need single sign-on for…" */
export function shortQuote(quote: string, length = 40): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
