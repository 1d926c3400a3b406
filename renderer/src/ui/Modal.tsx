/**
 * A modal dialog on the native <dialog> element: the browser gives it the focus trap, Escape,
 * the inert background and role="dialog", so none of that is hand-made here.
 *
 * A click on the backdrop closes it only when the button was both pressed and released
 * outside the box: a text selection that starts in a field and ends outside also "clicks" the
 * dialog, and must not throw the text away. A dialog whose fields hold unsaved typed text is
 * never closed from the backdrop at all; Escape and Cancel still close it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useUi } from '../store';
import { focusOrigin, returnFocus } from './focus-memory';
import { watchUnsavedText, type UnsavedTextWatch } from './unsaved-text';

interface ModalProps {
  title: string;
  /** Id of the text that explains the dialog (for alert dialogs, read out with the title). */
  describedBy?: string;
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
  /** A class for dialogs laid out their own way (the command palette). */
  variant?: string;
  /** The title is said to screen readers but not shown (the palette's field says it all). */
  hideTitle?: boolean;
}

/** Whether a pointer event happened outside the dialog's box, on the backdrop. */
function onBackdrop(dialog: HTMLDialogElement, event: { clientX: number; clientY: number }) {
  const box = dialog.getBoundingClientRect();
  return (
    event.clientX < box.left ||
    event.clientX > box.right ||
    event.clientY < box.top ||
    event.clientY > box.bottom
  );
}

/**
 * An error raised while the dialog is open: the page's own error banner sits behind the
 * backdrop, so the dialog says it itself and stays open for another try or a Cancel.
 */
function useErrorWhileOpen(): { message: string; count: number } | null {
  const [openedAt] = useState(() => useUi.getState().errorCount);
  const error = useUi((s) => s.error);
  const count = useUi((s) => s.errorCount);
  return error !== null && count > openedAt ? { message: error, count } : null;
}

export function Modal({
  title,
  describedBy,
  onClose,
  children,
  role = 'dialog',
  wide = false,
  variant,
  hideTitle = false,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const pressedOnBackdrop = useRef(false);
  const unsaved = useRef<UnsavedTextWatch | null>(null);
  const [keptForUnsaved, setKeptForUnsaved] = useState(false);
  const error = useErrorWhileOpen();
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Focus goes back where it was when the dialog closes, as in native dialogs.
    const opener = focusOrigin();
    const watch = watchUnsavedText(dialog);
    unsaved.current = watch;
    dialog.showModal();
    return () => {
      watch.stop();
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
      className={['modal', wide ? 'modal-wide' : '', variant ?? ''].filter(Boolean).join(' ')}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onPointerDown={(event) => {
        const dialog = ref.current;
        pressedOnBackdrop.current =
          dialog !== null && event.target === dialog && onBackdrop(dialog, event);
      }}
      onClick={(event) => {
        const dialog = ref.current;
        const pressed = pressedOnBackdrop.current;
        pressedOnBackdrop.current = false;
        if (!dialog || !pressed || event.target !== dialog || !onBackdrop(dialog, event)) return;
        if (unsaved.current?.hasUnsavedText()) setKeptForUnsaved(true);
        else onCloseRef.current();
      }}
    >
      <div className="modal-body">
        <h2 id={titleId} className={hideTitle ? 'sr-only' : 'modal-title'}>
          {title}
        </h2>
        {error && (
          // Keyed by the error's count, so a second failure is announced again.
          <p key={error.count} role="alert" className="modal-error">
            {error.message}
          </p>
        )}
        {children}
        {keptForUnsaved && (
          <p role="status" className="modal-unsaved">
            The text you typed is not saved, so a click outside does not close this dialog. Save it,
            or press Escape to discard it.
          </p>
        )}
      </div>
    </dialog>
  );
}
