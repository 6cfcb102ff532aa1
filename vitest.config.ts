import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Sized for a 2-core machine shared with other work, where a page that loads in 100 ms idle
    // can take seconds: a wait gives up only when something is really wrong.
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a time,
    // while most files spend their time waiting on Chromium, a build or a server.
    maxWorkers: 2,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 20_000, interval: 100 } },
    projects: [
      // A worker runs file after file without a new process, its imports loaded once (isolate: false:
      // here, build and browser). A new process per file costs more than most of these files' tests:
      // unit alone 20 s wall and 32 s of CPU isolated, 8 s and 13 s not; build 58 → 42 s of CPU.
      // None of them mocks, stubs or sets a global (tests/unit/tooling/shared-workers.test.ts keeps it so).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // Checks on the built site in dist/: `npm test` builds first.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], isolate: false } },
      // Builds scratch copies of the project with broken content; each build takes a few seconds.
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000, maxConcurrency: 4 } },
      // Runs `astro dev` on a scratch copy and checks it answers every page, endpoint and search.
      { extends: true, test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // File after file in one worker, playwright-core and axe-core loaded once: 15 of the files took
          // 89 s of CPU isolated and 60 s not (154 → 122 s wall). Each file still has its own server,
          // connection and contexts (siteInBrowser).
          isolate: false,
          testTimeout: 180_000,
          // One Chromium for the run, which each file connects to.
          globalSetup: ['./tests/support/chromium-server.ts'],
          // Two concurrent tests (describe.concurrent) where a file asks for them: axe-core runs in
          // each page's renderer, so two pages keep both cores busy while the test process waits.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
