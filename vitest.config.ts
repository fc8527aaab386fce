import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` runs on a fresh clone with nothing built (`npx vitest run --project unit`);
 * `e2e` needs the built dist/, which its global setup serves, and one shared Chromium.
 * Timeouts are generous ceilings for a loaded 2-core machine, not margins any test relies on.
 */
const E2E = ["tests/e2e/**/*.test.ts", "tests/build/build-output.test.ts"];

export default defineConfig({
  test: {
    // Two cores: at most two test files at once keeps Chromium and the preview server responsive.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: E2E,
          // Isolating each file re-imported zod, d3, Plot, linkedom and the model's modules for every
          // one of ~60 files: 56 CPU-seconds for the project, about 35 without. No file leaves state
          // for the next (shuffled file orders pass: --sequence.shuffle.files); stubbed variables and
          // globals are restored before each test, and bad-input.test.ts, which mocks modules,
          // starts and ends with an empty module registry.
          isolate: false,
          unstubEnvs: true,
          unstubGlobals: true,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: E2E,
          globalSetup: ["tests/setup/serve-dist.ts"],
          // The e2e files share read-only helpers and the model parsed from data/ (getModel caches
          // it per module instance); isolating each file re-imported and re-parsed them every time.
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // expect.poll waits for the page's scripts (a module loaded on first use, then a replayed
          // click); its default 1 s was a wall-clock margin that a loaded machine overran.
          expect: { poll: { timeout: 60_000 } },
        },
      },
    ],
  },
});
