import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const notificationRoutes: FeatureRoute[] = [
  { path: '/notifications', element: lazyPage(() => import('./NotificationsPage'), 'NotificationsPage'), signedIn: true },
];
