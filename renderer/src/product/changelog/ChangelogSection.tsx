/**
 * The product's changelog: its releases newest first, each with its notes and the shipped
 * items in it; shipped items not yet in a release, ready to be put in one; and the release
 * notes as Markdown for people without the app.
 */
import './changelog.css';
import { Download, Pencil, Plus, Trash2, X } from 'lucide-react';
import { useId, useState } from 'react';
import { firstLine, groupShipped } from '../../../../shared/domain/changelog';
import type { Product } from '../../../../shared/domain/product';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import type { BacklogItem, Release } from '../../../../shared/domain/workspace';
import { useProductBacklogItems, useReleases } from '../../db/releases';
import { exportReleaseNotes, putInRelease, removeRelease } from './changelog-commands';
import { ReleaseDialog } from './ReleaseDialog';

/** A YYYY-MM-DD day in the region's format. */
export function formatDay(day: string): string {
  return formatCalendarDate(day);
}

type Editing = { release: Release | null } | null;

export function ChangelogSection({ product }: { product: Product }) {
  const releases = useReleases(product.id);
  const backlogItems = useProductBacklogItems(product.id);
  const [editing, setEditing] = useState<Editing>(null);
  const loaded = releases !== undefined && backlogItems !== undefined;
  const groups = loaded ? groupShipped(backlogItems, releases) : null;

  return (
    <section
      className="workspace-section changelog"
      aria-labelledby="section-changelog"
      aria-busy={!loaded || undefined}
    >
      <div className="changelog-head">
        <h2 id="section-changelog">Changelog</h2>
        <div className="changelog-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditing({ release: null })}
          >
            <Plus size={15} aria-hidden="true" />
            New release
          </button>
          <button
            type="button"
            className="button"
            disabled={!loaded}
            onClick={() => loaded && void exportReleaseNotes(product, releases, backlogItems)}
          >
            <Download size={15} aria-hidden="true" />
            Export release notes
          </button>
        </div>
      </div>
      {loaded && groups && (
        <>
          {releases.length === 0 && groups.unreleased.length === 0 && (
            <p className="changelog-empty">
              Nothing has shipped yet. Backlog items marked Shipped show up here, ready to go into a
              release.
            </p>
          )}
          {groups.unreleased.length > 0 && (
            <Unreleased items={groups.unreleased} releases={releases} />
          )}
          {releases.length > 0 && (
            <ol className="release-list" aria-label="Releases, newest first">
              {releases.map((release) => (
                <ReleaseCard
                  key={release.id}
                  release={release}
                  items={groups.byRelease.get(release.id) ?? []}
                  onEdit={() => setEditing({ release })}
                />
              ))}
            </ol>
          )}
        </>
      )}
      {editing && loaded && groups && (
        <ReleaseDialog
          product={product}
          release={editing.release}
          releases={releases}
          unreleased={groups.unreleased}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function ItemText({ backlogItem }: { backlogItem: BacklogItem }) {
  const detail = firstLine(backlogItem.description);
  return (
    <span className="release-item-text">
      <span className="release-item-title">{backlogItem.title}</span>
      {detail && <span className="release-item-detail">{detail}</span>}
    </span>
  );
}

function Unreleased({ items, releases }: { items: BacklogItem[]; releases: Release[] }) {
  const headingId = useId();
  return (
    <section className="unreleased" aria-labelledby={headingId}>
      <h3 id={headingId}>Shipped, not in a release ({items.length})</h3>
      {releases.length === 0 && (
        <p className="field-hint">Create a release to put these items in it.</p>
      )}
      <ul className="release-items">
        {items.map((backlogItem) => (
          <UnreleasedItem key={backlogItem.id} backlogItem={backlogItem} releases={releases} />
        ))}
      </ul>
    </section>
  );
}

function UnreleasedItem({
  backlogItem,
  releases,
}: {
  backlogItem: BacklogItem;
  releases: Release[];
}) {
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const target = releases.find((r) => r.id === choice) ?? releases[0];
  return (
    <li className="release-item">
      <ItemText backlogItem={backlogItem} />
      {backlogItem.shippedOn && (
        <span className="release-item-date">shipped {formatDay(backlogItem.shippedOn)}</span>
      )}
      {target && (
        <span className="release-assign">
          <label htmlFor={selectId} className="sr-only">
            Release for “{backlogItem.title}”
          </label>
          <select id={selectId} value={target.id} onChange={(e) => setChoice(e.target.value)}>
            {releases.map((release) => (
              <option key={release.id} value={release.id}>
                {release.version}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            aria-label={`Add “${backlogItem.title}” to the release`}
            onClick={() => void putInRelease(backlogItem, target)}
          >
            Add
          </button>
        </span>
      )}
    </li>
  );
}

function ReleaseCard({
  release,
  items,
  onEdit,
}: {
  release: Release;
  items: BacklogItem[];
  onEdit: () => void;
}) {
  const headingId = useId();
  return (
    <li>
      <article className="release-card" aria-labelledby={headingId} data-record-id={release.id}>
        <header className="release-head">
          <h3 id={headingId}>{release.version}</h3>
          <time dateTime={release.date}>{formatDay(release.date)}</time>
          <span className="release-head-actions">
            <button
              type="button"
              className="icon-button"
              aria-label={`Edit release ${release.version}`}
              title="Edit"
              onClick={onEdit}
            >
              <Pencil size={15} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete release ${release.version}`}
              title="Delete"
              onClick={() => void removeRelease(release)}
            >
              <Trash2 size={15} aria-hidden="true" />
            </button>
          </span>
        </header>
        {release.notes && <p className="release-notes">{release.notes}</p>}
        {items.length === 0 ? (
          <p className="field-hint">No shipped items in this release yet.</p>
        ) : (
          <ul className="release-items" aria-label={`Items in ${release.version}`}>
            {items.map((backlogItem) => (
              <li key={backlogItem.id} className="release-item">
                <ItemText backlogItem={backlogItem} />
                {backlogItem.shippedOn && (
                  <span className="release-item-date">
                    shipped {formatDay(backlogItem.shippedOn)}
                  </span>
                )}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Take “${backlogItem.title}” out of ${release.version}`}
                  title="Take out of this release"
                  onClick={() => void putInRelease(backlogItem, null)}
                >
                  <X size={14} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}
