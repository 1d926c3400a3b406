/**
 * Closing the loop: for each shipped item, the customers whose feedback asked for it, and
 * whether each has been told. Shown in the Feedback section, and in the Backlog section
 * (pendingOnly) as soon as an item ships with customers still to tell.
 */
import { Megaphone } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { shippedFollowUps, type FollowUp } from '../../../../shared/domain/backlog';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import type { BacklogItem, Feedback } from '../../../../shared/domain/workspace';
import { markTold } from '../backlog/backlog-commands';
import { formatInstant } from '../../../../shared/domain/region';

const toldDate = (iso: string) => formatInstant(iso, { dateStyle: 'medium' });

interface CustomerRowProps {
  backlogItem: BacklogItem;
  followUp: FollowUp;
  onMark: (customers: readonly string[], told: boolean) => void;
}

/**
 * Whether a customer was told, as a checkbox: its state is the answer, and ticking or clearing
 * it is the action, so the control never reads like a status it is not. Focus stays on it.
 */
function CustomerRow({ backlogItem, followUp, onMark }: CustomerRowProps) {
  const entries = followUp.entryIds.length;
  const { customer, told, toldAt } = followUp;
  return (
    <li className="follow-up-customer" data-told={told || undefined}>
      <span className="follow-up-name">{customer}</span>
      <span className="follow-up-entries">
        {entries} {entries === 1 ? 'entry' : 'entries'}
      </span>
      <label className="follow-up-toggle">
        <input type="checkbox" checked={told} onChange={() => onMark([customer], !told)} />
        <span>Told</span>
        <span className="sr-only">
          {' '}
          {customer} about {backlogItem.title}
        </span>
        {told && toldAt && (
          <span className="follow-up-told">
            <time dateTime={toldAt}>{toldDate(toldAt)}</time>
          </span>
        )}
      </label>
    </li>
  );
}

interface ShippedFollowUpsProps {
  /**
   * The product's backlog and feedback as the section holding this reads them (undefined while
   * loading): read once for both, since a product may have thousands of each.
   */
  backlogItems: BacklogItem[] | undefined;
  feedback: Feedback[] | undefined;
  /** Only items with someone still to tell (and those that were, while this stays open). */
  pendingOnly?: boolean;
}

export function ShippedFollowUps({
  backlogItems,
  feedback,
  pendingOnly = false,
}: ShippedFollowUpsProps) {
  const headingId = useId();
  const all = useMemo(
    () => shippedFollowUps(backlogItems ?? [], feedback ?? []),
    [backlogItems, feedback],
  );
  // An item whose last customer was just marked stays in view, so the button pressed does
  // not vanish from under the keyboard focus.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const keep = (backlogItemId: string) =>
    setKept((current) =>
      current.has(backlogItemId) ? current : new Set([...current, backlogItemId]),
    );
  const pending = (item: (typeof all)[number]) => item.followUps.some((f) => !f.told);
  const mark = (backlogItem: BacklogItem, customers: readonly string[], told: boolean) => {
    keep(backlogItem.id);
    void markTold(backlogItem, customers, told);
  };

  const items = pendingOnly
    ? all.filter((item) => pending(item) || kept.has(item.backlogItem.id))
    : all;
  if (backlogItems === undefined || feedback === undefined) return null;
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
          These customers asked for something that has shipped. Tell them, then tick them as told.
        </p>
      )}
      <ul className="follow-up-items">
        {items.map(({ backlogItem, followUps }) => {
          const untold = followUps.filter((f) => !f.told);
          return (
            <li key={backlogItem.id} className="follow-up-item">
              <div className="follow-up-head">
                <h4 className="follow-up-backlogItem">{backlogItem.title}</h4>
                {backlogItem.shippedOn && (
                  <span className="follow-up-meta">
                    Shipped{' '}
                    <time dateTime={backlogItem.shippedOn}>
                      {formatCalendarDate(backlogItem.shippedOn)}
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
                    aria-label={`Mark all told about ${backlogItem.title}`}
                    onClick={(event) => {
                      // This button goes once everyone is told: focus the list it acted on.
                      const list = event.currentTarget.closest('li')?.querySelector('ul button');
                      if (list instanceof HTMLElement) list.focus();
                      mark(
                        backlogItem,
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
                aria-label={`Customers who asked for ${backlogItem.title}`}
              >
                {followUps.map((followUp) => (
                  <CustomerRow
                    key={followUp.key}
                    backlogItem={backlogItem}
                    followUp={followUp}
                    onMark={(customers, told) => mark(backlogItem, customers, told)}
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
