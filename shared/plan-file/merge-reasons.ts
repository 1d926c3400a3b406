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

export const reasons = {
  added: () => 'new in their file',
  theirsNewer: (theirs: string, yours: string) =>
    `their edit is newer (${formatWhen(theirs)} vs ${formatWhen(yours)})`,
  yoursNewer: (yours: string, theirs: string) =>
    `both changed it; your edit is newer (${formatWhen(yours)} vs ${formatWhen(theirs)}), so their change is not taken`,
  sameMoment: (at: string) =>
    `both changed it at the same moment (${formatWhen(at)}); the same version is kept whichever way round the files are merged`,
  otherKind: () => 'their file uses this id for a different kind of record; yours is kept',
  theyDeleted: (deletedAt: string, yours: string) =>
    `they deleted it (${formatWhen(deletedAt)}) after your last edit (${formatWhen(yours)})`,
  theyDeletedBeforeYourEdit: (deletedAt: string, yours: string) =>
    `they deleted it (${formatWhen(deletedAt)}), but your edit is newer (${formatWhen(yours)}), so it stays`,
  youDeleted: (deletedAt: string, theirs: string) =>
    `you deleted it (${formatWhen(deletedAt)}) after their last edit (${formatWhen(theirs)}), so it stays deleted`,
  youDeletedBeforeTheirEdit: (deletedAt: string, theirs: string) =>
    `you deleted it (${formatWhen(deletedAt)}), but their edit is newer (${formatWhen(theirs)}), so it comes back`,
  /** `owner` is what it belongs to: "product", or "KPI" for a KPI's values. */
  ownerGone: (owner: string) => `its ${owner} is deleted, so it goes too`,
  ownerGoneHere: (owner: string) => `its ${owner} is deleted here, so it is not added`,
};
