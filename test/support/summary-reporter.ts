import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the one closing line CI reads: `N passed, N failed` (and skipped, when there are any).
 * A file that fails to load counts as a failure, so a broken import can never look green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load, or a hook that failed (its tests then show as skipped), is a failure too.
      const failedTests = [...module.children.allTests()].filter((t) => t.result().state === 'failed').length;
      const failedSuites = [...module.children.allSuites()].filter(
        (suite) => suite.state() === 'failed',
      ).length;
      if (
        failedTests === 0 &&
        (module.state() === 'failed' || failedSuites > 0 || module.errors().length > 0)
      )
        failed++;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
