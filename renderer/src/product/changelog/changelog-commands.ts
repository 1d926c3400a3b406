/**
 * Changelog actions as the user takes them (undoable, said aloud), and the release-notes
 * export, saved through the host like the plan's Markdown summary.
 */
import type { ReleaseDraft } from '../../../../shared/domain/changelog';
import type { Product } from '../../../../shared/domain/product';
import {
  releaseNotesFileName,
  releaseNotesMarkdown,
} from '../../../../shared/domain/release-notes';
import type { BacklogItem, Release } from '../../../../shared/domain/workspace';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import { assignToRelease, createRelease, deleteRelease, updateRelease } from '../../db/releases';
import { platform } from '../../platform';
import { useUi } from '../../store';

const say = (text: string) => useUi.getState().announce(text);

export async function addRelease(
  product: Product,
  draft: ReleaseDraft,
  backlogItemIds: readonly string[],
): Promise<boolean> {
  const done = await perform(`Create release ${draft.version}`, () =>
    createRelease(db, product.id, draft, backlogItemIds),
  );
  if (done) say(`Created release ${draft.version.trim()}.`);
  return done;
}

export async function editRelease(release: Release, draft: ReleaseDraft): Promise<boolean> {
  const done = await perform(`Edit release ${release.version}`, () =>
    updateRelease(db, release.id, draft),
  );
  if (done) say(`Saved release ${draft.version.trim()}.`);
  return done;
}

export async function removeRelease(release: Release): Promise<void> {
  if (await perform(`Delete release ${release.version}`, () => deleteRelease(db, release.id))) {
    useUi
      .getState()
      .showToast(`Deleted release ${release.version}; its items are unreleased again.`, true);
  }
}

export async function putInRelease(
  backlogItem: BacklogItem,
  release: Release | null,
): Promise<boolean> {
  const label = release
    ? `Add “${backlogItem.title}” to ${release.version}`
    : `Take “${backlogItem.title}” out of its release`;
  const done = await perform(label, () =>
    assignToRelease(db, [backlogItem.id], release?.id ?? null),
  );
  if (done) {
    say(
      release
        ? `Added “${backlogItem.title}” to ${release.version}.`
        : `“${backlogItem.title}” is unreleased.`,
    );
  }
  return done;
}

export async function exportReleaseNotes(
  product: Product,
  releases: readonly Release[],
  backlogItems: readonly BacklogItem[],
): Promise<void> {
  const ui = useUi.getState();
  try {
    const result = await platform.saveFile({
      kind: 'markdown',
      suggestedName: releaseNotesFileName(product),
      contents: releaseNotesMarkdown(product, releases, backlogItems),
    });
    if (result.status === 'saved')
      ui.showToast(`Exported the release notes as “${result.fileName}”.`, false);
    if (result.status === 'error')
      ui.showError(`Could not export the release notes: ${result.message}`);
  } catch (error) {
    ui.showError(
      `Could not export the release notes: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
