/**
 * The backups part of Settings: how many to keep (both hosts), and in the desktop app the
 * folder they go to, which main chooses and checks (the page never names a path).
 */
import { useEffect, useState } from 'react';
import { formatCount, parseRegionNumber } from '../../../shared/domain/region';
import type { BackupFolder } from '../../../shared/ipc/contract';
import { MAX_KEPT_BACKUPS, MIN_KEPT_BACKUPS } from '../../../shared/settings';
import { platform } from '../platform';
import { useSettings } from '../store/settings';
import { TextField } from '../ui/Field';

function KeepBackupsField() {
  const keep = useSettings((s) => s.keepBackups);
  const update = useSettings((s) => s.update);
  const [typed, setTyped] = useState(String(keep));
  const [error, setError] = useState<string | null>(null);

  function apply(text: string) {
    setTyped(text);
    const value = parseRegionNumber(text);
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < MIN_KEPT_BACKUPS ||
      value > MAX_KEPT_BACKUPS
    ) {
      setError(`Enter a whole number from ${MIN_KEPT_BACKUPS} to ${MAX_KEPT_BACKUPS}.`);
      return;
    }
    setError(null);
    update({ keepBackups: value });
  }

  return (
    <TextField
      label="Backups to keep of each plan"
      inputMode="numeric"
      value={typed}
      error={error}
      hint={`The newest ${formatCount(keep)}, and one a day for the last 30 days.`}
      onChange={(event) => apply(event.target.value)}
      onBlur={() => {
        if (error) {
          setTyped(String(keep));
          setError(null);
        }
      }}
    />
  );
}

function BackupFolderField({ host }: { host: NonNullable<typeof platform.backupFolder> }) {
  const [folder, setFolder] = useState<BackupFolder | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void host.get().then((found) => live && setFolder(found));
    return () => {
      live = false;
    };
  }, [host]);

  async function choose() {
    setBusy(true);
    const result = await host.choose();
    setBusy(false);
    if (result.status === 'chosen') {
      setFolder(result.folder);
      setProblem(null);
    } else if (result.status === 'error') setProblem(result.message);
  }

  return (
    <div className="field">
      <span className="field-label" id="backup-folder-label">
        Backup folder
      </span>
      <p className="settings-path" aria-labelledby="backup-folder-label">
        {folder ? folder.path : 'Looking…'}
        {folder?.isDefault && <span className="muted"> (the app’s own folder)</span>}
      </p>
      <div className="settings-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
          Choose folder…
        </button>
        {folder && !folder.isDefault && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => void host.reset().then(setFolder)}
          >
            Use the app’s folder
          </button>
        )}
      </div>
      <p className="field-hint">
        Backups already made stay where they are; open one with Import plan…
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export function BackupSettings() {
  const host = platform.backupFolder;
  return (
    <fieldset className="settings-group">
      <legend>Backups</legend>
      {host && <BackupFolderField host={host} />}
      <KeepBackupsField />
    </fieldset>
  );
}
