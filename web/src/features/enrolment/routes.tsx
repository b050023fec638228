import type { FeatureRoute } from '../../app/feature-route';
import { EnrolPage } from './EnrolPage';
import { VerifyContactPage } from './VerifyContactPage';

export const enrolmentRoutes: FeatureRoute[] = [
  { path: '/enroll', element: <EnrolPage />, signedIn: true },
  // The primary contact may have no account: the link alone is enough.
  { path: '/verify-contact', element: <VerifyContactPage /> },
];
