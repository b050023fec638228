import { ButtonHTMLAttributes } from 'react';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';

/**
 * A form's submit button. While `busy` it stays focusable but ignores clicks (aria-disabled),
 * so a double click never submits twice and a keyboard user keeps their place.
 */
export function SubmitButton({
  busy,
  children,
  variant = 'primary',
  onClick,
  ...rest
}: { busy?: boolean; variant?: 'primary' | 'secondary' | 'danger' } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const t = useT(common);
  return (
    <button
      type="submit"
      className={`button-${variant}`}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
      {...rest}
    >
      {children}
      {busy ? <span className="visually-hidden"> {t('working')}</span> : null}
    </button>
  );
}

export function Button({
  variant = 'secondary',
  busy,
  onClick,
  children,
  ...rest
}: { variant?: 'primary' | 'secondary' | 'danger'; busy?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={`button-${variant}`}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (!busy) onClick?.(event);
      }}
      {...rest}
    >
      {children}
    </button>
  );
}
