import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const indirectRoutes: FeatureRoute[] = [
  { path: '/indirect-resellers', element: lazyPage(() => import('./IndirectResellersPage'), 'IndirectResellersPage'), signedIn: true },
  { path: '/indirect-providers', element: lazyPage(() => import('./IndirectProvidersPage'), 'IndirectProvidersPage'), signedIn: true },
  { path: '/indirect-providers/authorize', element: lazyPage(() => import('./AuthorizeProviderPage'), 'AuthorizeProviderPage'), signedIn: true },
];
