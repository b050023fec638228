import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The gateway serves the built app (web/dist) on the same origin as /graphql; `npm run dev -w web`
// proxies /graphql to a running gateway instead.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles: the gateway's Content-Security-Policy allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: { proxy: { '/graphql': process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000' } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
