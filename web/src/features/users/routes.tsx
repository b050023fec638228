import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const userRoutes: FeatureRoute[] = [{ path: '/settings/users', element: lazyPage(() => import('./UsersPage'), 'UsersPage'), signedIn: true }];
