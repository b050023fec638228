import type { FeatureRoute } from '../../app/feature-route';

export const indirectRoutes: FeatureRoute[] = [];
