import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'pipeline/**/*.test.ts'],
    // kuromoji's dictionary load takes ~1 s and ~370 MB; whole-pipeline tests need headroom.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
