import type { FeatureRoute } from '../../app/feature-route';
import { AcceptAgreementPage } from './AcceptAgreementPage';
import { PartnerDetailsPage } from './PartnerDetailsPage';
import { PartnersPage } from './PartnersPage';

export const partnerRoutes: FeatureRoute[] = [
  { path: '/partners', element: <PartnersPage />, signedIn: true },
  { path: '/partners/:relationshipId', element: <PartnerDetailsPage />, signedIn: true },
  { path: '/agreements/accept', element: <AcceptAgreementPage />, signedIn: true },
];
