/** One search result as a list shows it: the record, what kind it is and whose. */
import './search.css';
import { Fragment } from 'react';
import { formatCalendarDate } from '../../../shared/domain/calendar';
import type { SearchHit } from './search-index';

const DATED = new Set(['milestones', 'releases']);

/** The title with the letters the palette matched in bold. */
export function Marked({
  text,
  indexes,
}: {
  text: string;
  indexes: readonly number[] | undefined;
}) {
  if (!indexes || indexes.length === 0) return <>{text}</>;
  const marked = new Set(indexes);
  const parts: { text: string; mark: boolean }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const mark = marked.has(i);
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text.charAt(i);
    else parts.push({ text: text.charAt(i), mark });
  }
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

export function HitContent({ hit, indexes }: { hit: SearchHit; indexes?: readonly number[] }) {
  const detail = DATED.has(hit.kind) ? formatCalendarDate(hit.detail) : hit.detail;
  const where = [hit.productName, detail].filter(Boolean).join(' · ');
  return (
    <>
      <span className="hit-title">
        <Marked text={hit.title} indexes={indexes} />
      </span>
      {(where || hit.archived) && (
        <span className="hit-detail">
          {where}
          {hit.archived && <span className="hit-archived"> · archived</span>}
        </span>
      )}
    </>
  );
}
