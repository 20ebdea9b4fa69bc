// @ts-check
// Prints a plain `N passed, N failed, N skipped` line: CI reads it, and Web Test Runner's own summary
// is not alone on a line.
export function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && session.errors.length) failed++;
      }
      // Leading newline: WTR's progress escape codes would otherwise prefix the line.
      console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}
