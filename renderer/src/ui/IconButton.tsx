import type { ComponentType } from 'react';
import type { LucideProps } from 'lucide-react';

interface IconButtonProps {
  /** The accessible name, also shown as the tooltip unless `tooltip` says more. */
  label: string;
  tooltip?: string;
  icon: ComponentType<LucideProps>;
  onClick(): void;
  disabled?: boolean;
  pressed?: boolean;
  /** Shows the label beside the icon, for the few actions that deserve the room. */
  showLabel?: boolean;
  keyshortcuts?: string;
  className?: string;
}

export function IconButton({
  label,
  tooltip,
  icon: Icon,
  onClick,
  disabled,
  pressed,
  showLabel,
  keyshortcuts,
  className,
}: IconButtonProps) {
  return (
    <button
      type="button"
      className={['icon-button', showLabel && 'icon-button-labelled', className].filter(Boolean).join(' ')}
      aria-label={showLabel ? undefined : label}
      aria-pressed={pressed}
      aria-keyshortcuts={keyshortcuts}
      title={tooltip ?? label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon size={18} aria-hidden="true" />
      {showLabel && <span>{label}</span>}
    </button>
  );
}
