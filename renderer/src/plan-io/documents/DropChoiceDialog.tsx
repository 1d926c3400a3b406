/**
 * Asked when a plan file is dropped on the window: open it as a document (the plan stays in
 * the file and changes are saved to it) or import it (a preview, then a new plan or a merge,
 * with no tie to the file). Open is offered only where the app can write to the dropped file;
 * the browser says why not.
 */
import { useEffect, useId, useState } from 'react';
import { startImport } from '../import-commands';
import { platform } from '../../platform';
import type { DroppedPlan } from '../../platform/documents';
import { useUi } from '../../store';
import { Modal } from '../../ui/Modal';
import { openAsDocument } from './document-commands';

export function DropChoiceDialog({ drop }: { drop: DroppedPlan }) {
  const closeDialog = useUi((s) => s.closeDialog);
  const noteId = useId();
  const host = platform.documents;
  // Null while the browser is still asked for the file's handle.
  const [canOpen, setCanOpen] = useState<boolean | null>(host ? null : false);
  useEffect(() => {
    let current = true;
    void host?.canOpenDropped(drop).then((can) => current && setCanOpen(can));
    return () => {
      current = false;
    };
  }, [host, drop]);
  const { file } = drop;
  const open = () => {
    closeDialog();
    if (host) void host.openDropped(drop).then(openAsDocument);
  };
  const importIt = () => {
    closeDialog();
    startImport({ status: 'picked', source: { fileName: file.name, blob: file } });
  };
  return (
    <Modal title={`Open or import “${file.name}”?`} describedBy={noteId} onClose={closeDialog}>
      <div id={noteId}>
        <p className="modal-note">
          <strong>Open</strong> keeps the plan in this file: your changes are saved to it, and
          changes others save to it are brought in.
        </p>
        <p className="modal-note">
          <strong>Import</strong> shows what the file holds first, then adds it as a plan of its own
          or merges it into one; the file itself is left alone.
        </p>
        {canOpen === false && (
          <p className="modal-note">
            This browser does not let the app save to a dropped file. To keep the plan in it, choose
            Open… from the file menu instead.
          </p>
        )}
      </div>
      <div className="form-actions">
        <div className="form-actions-start" />
        <button type="button" className="button" onClick={closeDialog}>
          Cancel
        </button>
        <button type="button" className="button" onClick={importIt}>
          Import…
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={open}
          disabled={canOpen !== true}
        >
          Open
        </button>
      </div>
    </Modal>
  );
}
