/**
 * A product's release notes as Markdown, for people without the app: releases newest first,
 * each with its notes and a bullet per shipped item, and items shipped outside any release
 * under "Unreleased" at the top (as changelogs usually keep them). Everything typed by a user
 * is escaped the way the plan summary escapes it, so it reads literally in any viewer. The
 * same records always give the same text: no clock, no locale.
 */
import { fileNameStem } from './file-names';
import { escapeMarkdown } from '../plan-file/export-markdown';
import { compareReleasesNewestFirst, firstLine, groupShipped } from './changelog';
import type { Product } from './product';
import type { BacklogItem, Release } from './workspace';

/**
 * Text after a heading's "## " or a bullet's " — ": the same escapes as escapeMarkdown, minus
 * those for the start of a line ("1." there cannot start a list), so "## 1.0" stays as typed.
 */
function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&$]/g, (c) => `\\${c}`);
}

/** Notes keep their paragraphs and line breaks (a CommonMark hard break: "\" at line end). */
function escapeNotes(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map(escapeMarkdown)
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function itemLine(backlogItem: Pick<BacklogItem, 'title' | 'description'>): string {
  const title = escapeMarkdown(backlogItem.title) || 'Untitled item';
  const detail = escapeInline(firstLine(backlogItem.description));
  return detail === '' ? `- ${title}` : `- ${title} — ${detail}`;
}

export function releaseNotesMarkdown(
  product: Pick<Product, 'name'>,
  releases: readonly Release[],
  backlogItems: readonly BacklogItem[],
): string {
  const { byRelease, unreleased } = groupShipped(backlogItems, releases);
  const lines = [`# ${escapeInline(product.name)} release notes`, ''];
  if (releases.length === 0 && unreleased.length === 0) {
    lines.push('Nothing has shipped yet.', '');
  }
  if (unreleased.length > 0) {
    lines.push('## Unreleased', '', ...unreleased.map(itemLine), '');
  }
  for (const release of [...releases].sort(compareReleasesNewestFirst)) {
    lines.push(`## ${escapeInline(release.version)} — ${release.date}`, '');
    const notes = escapeNotes(release.notes);
    if (notes !== '') lines.push(notes, '');
    const items = byRelease.get(release.id) ?? [];
    if (items.length > 0) lines.push(...items.map(itemLine), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * "<product> release notes": the file name the export suggests, before its extension. A very
 * long product name is cut (between characters, never inside one) to fit the host's limit.
 */
export function releaseNotesFileName(product: Pick<Product, 'name'>): string {
  return `${fileNameStem(product.name)} release notes`;
}
