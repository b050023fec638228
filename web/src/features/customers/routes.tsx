import type { FeatureRoute } from '../../app/feature-route';

export const customerRoutes: FeatureRoute[] = [];
