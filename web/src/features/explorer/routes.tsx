import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const explorerRoutes: FeatureRoute[] = [{ path: '/explorer', element: lazyPage(() => import('./ExplorerPage'), 'ExplorerPage') }];
