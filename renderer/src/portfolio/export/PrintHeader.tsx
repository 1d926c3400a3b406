/**
 * A line that exists only on paper (and in PDFs): the plan, the view and the day it was
 * printed, since the toolbar that names them on screen is not printed. Hidden on screen by
 * styles/print.css; the date is refreshed just before each print.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { localCalendarDate } from '../../../../shared/domain/calendar';
import { useProduct } from '../../db';
import { useUi } from '../../store';
import { viewLabel } from './view-label';
import { formatInstant } from '../../../../shared/domain/region';

export function PrintHeader({ planName }: { planName: string }) {
  const view = useUi((s) => s.view);
  const product = useProduct(view.kind === 'product' ? view.productId : null);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    // Synchronously, so the date is on the page before the browser lays it out for print.
    const refresh = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  return (
    <div className="print-header" aria-hidden="true">
      <span className="print-header-plan" dir="auto">
        {planName}
      </span>
      <span className="print-header-view" dir="auto">
        {viewLabel(view, product?.name ?? undefined)}
      </span>
      <time className="print-header-date" dateTime={localCalendarDate(printedAt)}>
        {formatInstant(printedAt.toISOString(), { dateStyle: 'long' })}
      </time>
    </div>
  );
}
