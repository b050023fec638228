import type { FeatureRoute } from '../../app/feature-route';
import { ReferralsPage } from './ReferralsPage';

export const referralRoutes: FeatureRoute[] = [{ path: '/referrals', element: <ReferralsPage />, signedIn: true }];
