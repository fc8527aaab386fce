import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Serves the built dist/ once for every end-to-end test file.
    globalSetup: ["tests/setup/serve-dist.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: at most two test files at once keeps Chromium and the preview server responsive.
    maxWorkers: 2,
  },
});
