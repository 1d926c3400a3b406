/**
 * Recognising storage failures. Dexie wraps the browser's DOMException (and a transaction
 * aborted by the disk filling up arrives as an AbortError whose `inner` is the quota error),
 * so every check walks the chain of wrapped errors rather than trusting the outermost name.
 */

/** The error and every error it wraps (Dexie's `inner`, the standard `cause`, bulk failures). */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < 20) {
    const next = queue.shift();
    if (next === undefined || next === null || chain.includes(next)) continue;
    chain.push(next);
    if (typeof next !== 'object') continue;
    const record = next as { inner?: unknown; cause?: unknown; failures?: unknown };
    queue.push(record.inner, record.cause);
    if (Array.isArray(record.failures)) queue.push(...(record.failures as unknown[]));
  }
  return chain;
}

function nameOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

/** Every error name in the chain, outermost first. */
export function errorNames(error: unknown): string[] {
  return errorChain(error)
    .map(nameOf)
    .filter((name): name is string => name !== null);
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True when the disk (or the browser's share of it) had no room for a write. */
export function isQuotaError(error: unknown): boolean {
  return errorNames(error).some((name) => QUOTA_NAMES.has(name));
}

export const QUOTA_MESSAGE =
  'The disk has no room left for this change, so it was not saved. Free some space, or export the plan to keep a copy.';

export interface OpenFailure {
  title: string;
  explanation: string;
  advice: string;
}

/** What went wrong opening the database, in words for the person in front of the window. */
export function describeOpenFailure(error: unknown): OpenFailure {
  const names = errorNames(error);
  const has = (name: string) => names.includes(name);
  if (isQuotaError(error)) {
    return {
      title: 'The disk is full',
      explanation:
        'Lifecycle Planner could not open its storage because the disk has no room left.',
      advice: 'Free some space on this computer, then reload.',
    };
  }
  if (has('VersionError')) {
    return {
      title: 'This database is from a newer version',
      explanation:
        'This database was written by a newer version of the app, so this version cannot open it without risking your data.',
      advice:
        'Update Lifecycle Planner to the latest version, or download the plans it could read.',
    };
  }
  if (has('BlockedError')) {
    return {
      title: 'Another window is in the way',
      explanation: 'Another window of Lifecycle Planner is holding the database open.',
      advice: 'Close the other windows of Lifecycle Planner, then reload.',
    };
  }
  if (has('UpgradeError') || has('DataError') || has('ConstraintError')) {
    return {
      title: 'The database could not be updated',
      explanation:
        'Updating the stored plans to this version of the app failed. Your plans were read before the update was tried.',
      advice: 'Download the plans it could read, then import them into a fresh start.',
    };
  }
  if (
    has('InvalidStateError') ||
    has('UnknownError') ||
    has('MissingAPIError') ||
    has('SecurityError') ||
    has('OpenFailedError') ||
    has('DatabaseClosedError')
  ) {
    return {
      title: 'Storage could not be opened',
      explanation:
        'The browser refused to open its storage. This happens in private windows, when storage is turned off, or when the disk has a problem.',
      advice: 'Reload to try again. If it keeps happening, restart the app or the computer.',
    };
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return {
    title: 'Storage could not be opened',
    explanation: `Lifecycle Planner could not open the database where your plans are kept${detail}.`,
    advice: 'Reload to try again. If it keeps happening, restart the app or the computer.',
  };
}
