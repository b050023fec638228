import { ReactNode } from 'react';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';

/** A refusal or failure: announced at once to screen readers. */
export function ErrorMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert-error" role="alert">
      {children}
    </div>
  );
}

/** A success or status sentence: announced politely. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}

export function Loading() {
  const t = useT(common);
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A failed load: the sentence and a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useT(common);
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}
