import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { LocaleProvider } from '../i18n/i18n';
import { GraphQLProvider } from '../lib/graphql-client';
import { SessionProvider } from '../lib/session';
import { createRouter } from './routes';

export function App() {
  const router = useMemo(() => createRouter(), []);
  return (
    <LocaleProvider>
      <SessionProvider>
        <GraphQLProvider>
          <RouterProvider router={router} />
        </GraphQLProvider>
      </SessionProvider>
    </LocaleProvider>
  );
}
