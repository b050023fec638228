import type { FeatureRoute } from '../../app/feature-route';
import { ExplorerPage } from './ExplorerPage';

export const explorerRoutes: FeatureRoute[] = [{ path: '/explorer', element: <ExplorerPage /> }];
