import { type FeatureRoute, lazyPage } from '../../app/feature-route';

export const partnerRoutes: FeatureRoute[] = [
  { path: '/partners', element: lazyPage(() => import('./PartnersPage'), 'PartnersPage'), signedIn: true },
  { path: '/partners/:relationshipId', element: lazyPage(() => import('./PartnerDetailsPage'), 'PartnerDetailsPage'), signedIn: true },
  { path: '/agreements/accept', element: lazyPage(() => import('./AcceptAgreementPage'), 'AcceptAgreementPage'), signedIn: true },
];
