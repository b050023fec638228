import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const customerRoutes: FeatureRoute[] = [
  { path: '/customers', element: lazyPage(() => import('./CustomersPage'), 'CustomersPage'), signedIn: true },
  { path: '/customers/:relationshipId', element: lazyPage(() => import('./CustomerDetailsPage'), 'CustomerDetailsPage'), signedIn: true },
];
