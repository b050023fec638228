import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const enrolmentRoutes: FeatureRoute[] = [
  { path: '/enroll', element: lazyPage(() => import('./EnrolPage'), 'EnrolPage'), signedIn: true },
  // The primary contact may have no account: the link alone is enough.
  { path: '/verify-contact', element: lazyPage(() => import('./VerifyContactPage'), 'VerifyContactPage') },
];
