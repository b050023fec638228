import type { FeatureRoute } from '../../app/feature-route';
import { AcceptInvitationPage } from './AcceptInvitationPage';

export const invitationRoutes: FeatureRoute[] = [{ path: '/invitations/accept', element: <AcceptInvitationPage />, signedIn: true }];
