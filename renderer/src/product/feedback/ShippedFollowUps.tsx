/**
 * Closing the loop: for each shipped item, the customers whose feedback asked for it, and
 * whether each has been told. Shown in the Feedback section, and in the Backlog section
 * (pendingOnly) as soon as an item ships with customers still to tell.
 */
import { Check, Megaphone } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { shippedFollowUps, type FollowUp } from '../../../../shared/domain/backlog';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import type { Product } from '../../../../shared/domain/product';
import type { Feature } from '../../../../shared/domain/workspace';
import { useFeatures } from '../../db/features';
import { useFeedback } from '../../db/feedback';
import { markTold } from '../backlog/backlog-commands';

const toldDate = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

interface CustomerRowProps {
  feature: Feature;
  followUp: FollowUp;
  onMark: (customers: readonly string[], told: boolean) => void;
}

/** The same button toggles both ways, so keyboard focus stays on it after a press. */
function CustomerRow({ feature, followUp, onMark }: CustomerRowProps) {
  const entries = followUp.entryIds.length;
  const { customer, told, toldAt } = followUp;
  return (
    <li className="follow-up-customer" data-told={told || undefined}>
      <span className="follow-up-name">{customer}</span>
      <span className="follow-up-entries">
        {entries} {entries === 1 ? 'entry' : 'entries'}
      </span>
      <span className="follow-up-state">
        {told && toldAt ? (
          <span className="follow-up-told">
            <Check size={14} aria-hidden="true" />
            Told <time dateTime={toldAt}>{toldDate(toldAt)}</time>
          </span>
        ) : (
          <span className="follow-up-untold">Not told yet</span>
        )}
      </span>
      <button
        type="button"
        className={told ? 'button button-quiet button-small' : 'button button-small'}
        aria-label={`Mark ${customer} ${told ? 'not told' : 'told'} about ${feature.title}`}
        onClick={() => onMark([customer], !told)}
      >
        {told ? 'Not told' : 'Mark told'}
      </button>
    </li>
  );
}

export function ShippedFollowUps({
  product,
  pendingOnly = false,
}: {
  product: Product;
  /** Only items with someone still to tell (and those that were, while this stays open). */
  pendingOnly?: boolean;
}) {
  const headingId = useId();
  const features = useFeatures(product.id);
  const feedback = useFeedback(product.id);
  const all = useMemo(() => shippedFollowUps(features ?? [], feedback ?? []), [features, feedback]);
  // An item whose last customer was just marked stays in view, so the button pressed does
  // not vanish from under the keyboard focus.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const keep = (featureId: string) =>
    setKept((current) => (current.has(featureId) ? current : new Set([...current, featureId])));
  const pending = (item: (typeof all)[number]) => item.followUps.some((f) => !f.told);
  const mark = (feature: Feature, customers: readonly string[], told: boolean) => {
    keep(feature.id);
    void markTold(feature, customers, told);
  };

  const items = pendingOnly
    ? all.filter((item) => pending(item) || kept.has(item.feature.id))
    : all;
  if (features === undefined || feedback === undefined) return null;
  if (items.length === 0 && pendingOnly) return null;

  return (
    <section className="follow-ups" aria-labelledby={headingId}>
      <h3 id={headingId} className="follow-ups-title">
        <Megaphone size={16} aria-hidden="true" />
        Close the loop
      </h3>
      {items.length === 0 ? (
        <p className="follow-ups-lead">
          When a backlog item that feedback asked for ships, the customers who asked appear here so
          you can tell them.
        </p>
      ) : (
        <p className="follow-ups-lead">
          These customers asked for something that has shipped. Tell them, then mark them told.
        </p>
      )}
      <ul className="follow-up-items">
        {items.map(({ feature, followUps }) => {
          const untold = followUps.filter((f) => !f.told);
          return (
            <li key={feature.id} className="follow-up-item">
              <div className="follow-up-head">
                <h4 className="follow-up-feature">{feature.title}</h4>
                {feature.shippedOn && (
                  <span className="follow-up-meta">
                    Shipped{' '}
                    <time dateTime={feature.shippedOn}>
                      {formatCalendarDate(feature.shippedOn)}
                    </time>
                  </span>
                )}
                <span className="follow-up-meta">
                  {followUps.length - untold.length} of {followUps.length} told
                </span>
                {untold.length > 0 && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Mark all told about ${feature.title}`}
                    onClick={(event) => {
                      // This button goes once everyone is told: focus the list it acted on.
                      const list = event.currentTarget.closest('li')?.querySelector('ul button');
                      if (list instanceof HTMLElement) list.focus();
                      mark(
                        feature,
                        untold.map((f) => f.customer),
                        true,
                      );
                    }}
                  >
                    Mark all told
                  </button>
                )}
              </div>
              <ul
                className="follow-up-customers"
                aria-label={`Customers who asked for ${feature.title}`}
              >
                {followUps.map((followUp) => (
                  <CustomerRow
                    key={followUp.key}
                    feature={feature}
                    followUp={followUp}
                    onMark={(customers, told) => mark(feature, customers, told)}
                  />
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
