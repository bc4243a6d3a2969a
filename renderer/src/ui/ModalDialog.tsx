import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** A line under the title, e.g. which session the dialog acts on. */
  subtitle?: string;
  /** Keep the title for screen readers only, where the dialog's purpose is plain without it. */
  titleHidden?: boolean;
  onClose(): void;
  /** Close when the backdrop is clicked: right for pickers, wrong for forms that hold typing. */
  closeOnBackdrop?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, makes the rest of the
 * page inert and closes it on Escape. Focus returns to where it was when it closes.
 */
export function ModalDialog({
  title,
  subtitle,
  titleHidden = false,
  onClose,
  closeOnBackdrop = false,
  className,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const subtitleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // React does not write `autofocus` into the page, so the dialog would focus its first control; honour ours.
    // A dialog taller than the screen opens at its top even when that control is at its foot
    // (its buttons stay in view there: dialogs.css keeps them at the foot while it scrolls).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
    dialog.scrollTop = 0;
    return () => {
      dialog.close();
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={['modal', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={subtitle ? subtitleId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
    >
      <div className="modal-body">
        <h2 id={titleId} className={titleHidden ? 'visually-hidden' : 'modal-title'}>
          {title}
        </h2>
        {subtitle && (
          <p id={subtitleId} className="modal-subtitle">
            {subtitle}
          </p>
        )}
        {children}
      </div>
    </dialog>
  );
}
