import type { FeatureRoute } from '../../app/feature-route';
import { LeadsPage } from './LeadsPage';

export const leadRoutes: FeatureRoute[] = [{ path: '/leads', element: <LeadsPage />, signedIn: true }];
