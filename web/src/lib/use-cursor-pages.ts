import { useCallback, useState } from 'react';

/** The `after` cursors of the pages a person has walked through, so Previous goes back one. */
export function useCursorPages() {
  const [stack, setStack] = useState<Array<string | null>>([null]);
  const after = stack[stack.length - 1];
  const next = useCallback((cursor: string | null | undefined) => {
    if (cursor) setStack((pages) => [...pages, cursor]);
  }, []);
  const previous = stack.length > 1 ? () => setStack((pages) => pages.slice(0, -1)) : undefined;
  const reset = useCallback(() => setStack([null]), []);
  return { after, next, previous, reset, pageNumber: stack.length };
}
