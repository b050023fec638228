import { createBrowserRouter } from 'react-router';
import { adminAccessRoutes } from '../features/admin-access/routes';
import { authRoutes } from '../features/auth/routes';
import { customerRoutes } from '../features/customers/routes';
import { directoryRoutes } from '../features/directory/routes';
import { profileRoutes } from '../features/directory/profile-routes';
import { enrolmentRoutes } from '../features/enrolment/routes';
import { explorerRoutes } from '../features/explorer/routes';
import { indirectRoutes } from '../features/indirect/routes';
import { invitationRoutes } from '../features/invitations/routes';
import { leadRoutes } from '../features/leads/routes';
import { referralRoutes } from '../features/referrals/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { operatorRoutes } from '../features/operator/routes';
import { partnerRoutes } from '../features/partners/routes';
import { userRoutes } from '../features/users/routes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import type { FeatureRoute } from './feature-route';

/** Every page of the console, by feature (STYLE "The console"): features never import each other. */
const FEATURES: FeatureRoute[] = [
  ...authRoutes,
  ...invitationRoutes,
  ...partnerRoutes,
  ...directoryRoutes,
  ...profileRoutes,
  ...customerRoutes,
  ...adminAccessRoutes,
  ...leadRoutes,
  ...referralRoutes,
  ...indirectRoutes,
  ...userRoutes,
  ...enrolmentRoutes,
  ...operatorRoutes,
  ...notificationRoutes,
  ...explorerRoutes,
];

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        ...FEATURES.map(({ path, element, signedIn }) => ({ path, element: signedIn ? <RequireAuth>{element}</RequireAuth> : element })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
