import type { FeatureRoute } from '../../app/feature-route';
import { AgreementsPage } from './AgreementsPage';
import { EnrollmentsPage } from './EnrollmentsPage';
import { MpnProfilesPage } from './MpnProfilesPage';
import { ReferralsPage } from './ReferralsPage';
import { ServiceTokensPage } from './ServiceTokensPage';

export const operatorRoutes: FeatureRoute[] = [
  { path: '/operator/enrollments', element: <EnrollmentsPage />, signedIn: true },
  { path: '/operator/mpn-profiles', element: <MpnProfilesPage />, signedIn: true },
  { path: '/operator/agreements', element: <AgreementsPage />, signedIn: true },
  { path: '/operator/service-tokens', element: <ServiceTokensPage />, signedIn: true },
  { path: '/operator/referrals', element: <ReferralsPage />, signedIn: true },
];
