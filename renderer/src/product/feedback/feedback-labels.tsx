/** Words and small pieces the feedback form, list and paste dialog share. */
import type { BacklogItem } from '../../../../shared/domain/workspace';

/** The value of "no backlog item" in a select (an <option> value cannot be null). */
export const NO_BACKLOG_ITEM = '';

/** The options of a "backs backlog item" select: none, then the backlog in its order. */
export function BacklogItemOptions({ backlogItems }: { backlogItems: readonly BacklogItem[] }) {
  return (
    <>
      <option value={NO_BACKLOG_ITEM}>No backlog item</option>
      {backlogItems.map((backlogItem) => (
        <option key={backlogItem.id} value={backlogItem.id}>
          {backlogItem.title}
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
