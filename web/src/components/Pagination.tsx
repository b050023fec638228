import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { Button } from './Button';

/**
 * Forward paging over a Relay connection, with a way back: the page keeps the cursors it came
 * through (`after` of each page seen).
 */
export function Pagination({
  shown,
  total,
  hasNextPage,
  onNext,
  onPrevious,
}: {
  shown: number;
  total: number;
  hasNextPage: boolean;
  onNext(): void;
  onPrevious?: () => void;
}) {
  const t = useT(common);
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <p>{t('pageInfo', { shown, total })}</p>
      {onPrevious ? <Button onClick={onPrevious}>{t('previous')}</Button> : null}
      {hasNextPage ? <Button onClick={onNext}>{t('next')}</Button> : null}
    </nav>
  );
}
