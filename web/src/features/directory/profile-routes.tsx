import type { FeatureRoute } from '../../app/feature-route';
import { ProfilePage } from './ProfilePage';

/** The business profile page; the directory's other pages are in routes.tsx. */
export const profileRoutes: FeatureRoute[] = [{ path: '/profile', element: <ProfilePage />, signedIn: true }];
