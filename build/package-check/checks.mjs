// A small ledger for the packaging checks: each check is named by what it proves, run, and
// printed as it passes or fails; the last line counts them, and a failure sets the exit code.
export function createChecks() {
  let passed = 0;
  let failed = 0;
  return {
    /** Runs `test`; it passes unless it throws. */
    async check(name, test) {
      try {
        await test();
        passed += 1;
        console.log(`ok   ${name}`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    /** Prints the count; returns whether everything passed. */
    finish(label) {
      console.log(`${label}: ${String(passed)} passed, ${String(failed)} failed`);
      return failed === 0;
    },
  };
}

/** Throws with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Throws unless `actual` equals `expected` (compared as JSON). */
export function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${what}: expected ${b}, found ${a}`);
}
