import type { FeatureRoute } from '../../app/feature-route';
import { NotificationsPage } from './NotificationsPage';

export const notificationRoutes: FeatureRoute[] = [{ path: '/notifications', element: <NotificationsPage />, signedIn: true }];
