import type { FeatureRoute } from '../../app/feature-route';
import { UsersPage } from './UsersPage';

export const userRoutes: FeatureRoute[] = [{ path: '/settings/users', element: <UsersPage />, signedIn: true }];
