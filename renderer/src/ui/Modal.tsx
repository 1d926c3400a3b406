/**
 * A modal dialog on the native <dialog> element: the browser gives it the focus trap, Escape,
 * the inert background and role="dialog", so none of that is hand-made here.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { focusOrigin, returnFocus } from './focus-memory';

interface ModalProps {
  title: string;
  /** Id of the text that explains the dialog (for alert dialogs, read out with the title). */
  describedBy?: string;
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
}

export function Modal({
  title,
  describedBy,
  onClose,
  children,
  role = 'dialog',
  wide = false,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Focus goes back where it was when the dialog closes, as in native dialogs.
    const opener = focusOrigin();
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      returnFocus(opener);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={wide ? 'modal modal-wide' : 'modal'}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === ref.current) onCloseRef.current();
      }}
    >
      <div className="modal-body">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
