import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const leadRoutes: FeatureRoute[] = [{ path: '/leads', element: lazyPage(() => import('./LeadsPage'), 'LeadsPage'), signedIn: true }];
