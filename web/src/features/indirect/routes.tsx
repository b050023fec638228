import type { FeatureRoute } from '../../app/feature-route';
import { AuthorizeProviderPage } from './AuthorizeProviderPage';
import { IndirectProvidersPage } from './IndirectProvidersPage';
import { IndirectResellersPage } from './IndirectResellersPage';

export const indirectRoutes: FeatureRoute[] = [
  { path: '/indirect-resellers', element: <IndirectResellersPage />, signedIn: true },
  { path: '/indirect-providers', element: <IndirectProvidersPage />, signedIn: true },
  { path: '/indirect-providers/authorize', element: <AuthorizeProviderPage />, signedIn: true },
];
