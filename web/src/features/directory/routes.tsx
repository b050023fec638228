import type { FeatureRoute } from '../../app/feature-route';
import { FindPartnerPage } from './FindPartnerPage';

export const directoryRoutes: FeatureRoute[] = [{ path: '/find-a-partner', element: <FindPartnerPage />, signedIn: true }];
