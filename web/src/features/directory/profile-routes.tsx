import { type FeatureRoute, lazyPage } from '../../app/feature-route';

/** The business profile page; the directory's other pages are in routes.tsx. */
export const profileRoutes: FeatureRoute[] = [{ path: '/profile', element: lazyPage(() => import('./ProfilePage'), 'ProfilePage'), signedIn: true }];
