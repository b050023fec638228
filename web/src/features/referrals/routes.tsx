import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const referralRoutes: FeatureRoute[] = [{ path: '/referrals', element: lazyPage(() => import('./ReferralsPage'), 'ReferralsPage'), signedIn: true }];
