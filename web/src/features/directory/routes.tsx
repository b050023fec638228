import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const directoryRoutes: FeatureRoute[] = [
  { path: '/find-a-partner', element: lazyPage(() => import('./FindPartnerPage'), 'FindPartnerPage'), signedIn: true },
];
