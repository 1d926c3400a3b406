import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    // Property tests run hundreds of merges; on a busy two-core machine that can take far
    // longer than the default 5 s. A timeout here only catches a hang, never measures speed.
    testTimeout: 60_000,
  },
});
