import type { ReactNode } from 'react';

/** One page of a feature: its path and element; `signedIn` pages send strangers to sign in first (C1). */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  signedIn?: boolean;
}
