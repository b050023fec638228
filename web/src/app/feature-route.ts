import { ComponentType, createElement, lazy, ReactNode } from 'react';

/** One page of a feature: its path and element; `signedIn` pages send strangers to sign in first (C1). */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  signedIn?: boolean;
}

/**
 * A page whose code loads when it is first opened (Layout shows "Loading…" meanwhile), so the
 * console's first script holds the frame and the sign-in pages only, not every feature.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactNode {
  return createElement(lazy(() => load().then((module) => ({ default: module[name] }))));
}
