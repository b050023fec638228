import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const adminAccessRoutes: FeatureRoute[] = [
  { path: '/admin-access', element: lazyPage(() => import('./AdminAccessPage'), 'AdminAccessPage'), signedIn: true },
];
