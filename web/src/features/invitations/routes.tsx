import type { FeatureRoute } from '../../app/feature-route';

export const invitationRoutes: FeatureRoute[] = [];
