/**
 * The words of a merge preview: why each record is added, changed, removed or in conflict,
 * with the times that decided it. Times are shown in UTC so that both colleagues, and the
 * tests, read the same text wherever they are.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Mar 2026 10:02 UTC" */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${hh}:${mm} UTC`;
}

/** "Name", "Name and Owner", "Name, Owner and Tags" */
export function listFields(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

const when = (iso: string | undefined) => (iso === undefined ? '' : ` (${formatWhen(iso)})`);

export const reasons = {
  added: () => 'new in their file',
  theyChanged: (theirs: readonly string[], yours: readonly string[]) =>
    yours.length === 0
      ? `they changed ${listFields(theirs)}`
      : `they changed ${listFields(theirs)}; your change of ${listFields(yours)} is kept too`,
  bothChanged: (fields: readonly string[]) =>
    `you both changed ${listFields(fields)} since the version you share; choose which to keep`,
  differWithoutBase: (fields: readonly string[]) =>
    `the copies differ in ${listFields(fields)}, and there is no common version to tell who changed what; the newer edit is taken unless you choose`,
  theyDeleted: () => 'they deleted it, and you had not changed it',
  theyDeletedAfterYourEdit: (deletedAt: string, yours: string) =>
    `they deleted it (${formatWhen(deletedAt)}) after your last edit (${formatWhen(yours)})`,
  youDeletedAfterTheirEdit: (deletedAt: string, theirs: string) =>
    `you deleted it (${formatWhen(deletedAt)}) after their last edit (${formatWhen(theirs)}), so it stays deleted unless you choose theirs`,
  theyDeletedWhatYouEdited: (deletedAt: string | undefined, yours: string) =>
    `they deleted it${when(deletedAt)}, but you edited it${when(yours)}`,
  youDeletedWhatTheyEdited: (deletedAt: string | undefined, theirs: string) =>
    `you deleted it${when(deletedAt)}, but they edited it${when(theirs)}`,
  otherKind: () => 'their file uses this id for a different kind of record; yours is kept',
  /** `owner` is what it belongs to: "product", or "KPI" for a KPI's values. */
  ownerGone: (owner: string) => `its ${owner} is deleted, so it goes too`,
  ownerGoneHere: (owner: string) => `its ${owner} is deleted here, so it is not added`,
};
