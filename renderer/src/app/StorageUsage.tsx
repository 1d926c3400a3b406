/**
 * A quiet footer line saying how much the plans take on this computer and whether the
 * browser promised to keep them. Asks once for persistent storage, so the browser does not
 * clear the plans when the disk runs low; hidden where the Storage API is missing.
 */
import { useEffect, useState } from 'react';

interface Usage {
  bytes: number;
  persisted: boolean;
}

const REFRESH_MS = 60_000;

/** 3.2 MB, 640 KB, 12 bytes: one decimal below ten units, none above. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

// Asked once per page, not on every mount.
let persistence: Promise<boolean> | null = null;

async function askToPersist(storage: StorageManager): Promise<boolean> {
  if (typeof storage.persisted !== 'function') return false;
  if (await storage.persisted()) return true;
  return typeof storage.persist === 'function' ? storage.persist() : false;
}

/**
 * `appOwnsStorage`: the desktop app keeps its data in its own folder, which no browser clears,
 * so only the size is worth saying there.
 */
export function StorageUsage({ appOwnsStorage = false }: { appOwnsStorage?: boolean }) {
  const [usage, setUsage] = useState<Usage | null>(null);

  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof storage?.estimate !== 'function') return;
    let cancelled = false;
    persistence ??= askToPersist(storage).catch(() => false);
    const refresh = async () => {
      try {
        const [estimate, persisted] = await Promise.all([storage.estimate(), persistence]);
        if (!cancelled) setUsage({ bytes: estimate.usage ?? 0, persisted: persisted ?? false });
      } catch {
        if (!cancelled) setUsage(null);
      }
    };
    void refresh();
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, []);

  if (!usage) return null;
  return (
    <footer className="storage-usage">
      Stored on this computer: {formatBytes(usage.bytes)}
      {!appOwnsStorage &&
        (usage.persisted
          ? ' · kept persistently'
          : ' · the browser may clear it when space runs low')}
    </footer>
  );
}
