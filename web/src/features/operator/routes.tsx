import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const operatorRoutes: FeatureRoute[] = [
  { path: '/operator/enrollments', element: lazyPage(() => import('./EnrollmentsPage'), 'EnrollmentsPage'), signedIn: true },
  { path: '/operator/mpn-profiles', element: lazyPage(() => import('./MpnProfilesPage'), 'MpnProfilesPage'), signedIn: true },
  { path: '/operator/agreements', element: lazyPage(() => import('./AgreementsPage'), 'AgreementsPage'), signedIn: true },
  { path: '/operator/service-tokens', element: lazyPage(() => import('./ServiceTokensPage'), 'ServiceTokensPage'), signedIn: true },
  { path: '/operator/referrals', element: lazyPage(() => import('./ReferralsPage'), 'ReferralsPage'), signedIn: true },
];
