import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const invitationRoutes: FeatureRoute[] = [
  { path: '/invitations/accept', element: lazyPage(() => import('./AcceptInvitationPage'), 'AcceptInvitationPage'), signedIn: true },
];
