import type { FeatureRoute } from '../../app/feature-route';
import { HomePage } from './HomePage';
import { SignInPage } from './SignInPage';
import { SignUpPage } from './SignUpPage';

export const authRoutes: FeatureRoute[] = [
  { path: '/', element: <HomePage /> },
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-up', element: <SignUpPage /> },
];
