import type { FeatureRoute } from '../../app/feature-route';
import { CustomerDetailsPage } from './CustomerDetailsPage';
import { CustomersPage } from './CustomersPage';

export const customerRoutes: FeatureRoute[] = [
  { path: '/customers', element: <CustomersPage />, signedIn: true },
  { path: '/customers/:relationshipId', element: <CustomerDetailsPage />, signedIn: true },
];
