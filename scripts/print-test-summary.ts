/**
 * Prints the closing line CI reads, "N passed, N failed", from Vitest's JSON report. Exits 1 when
 * the report is missing or counts no test at all, so a run that executed nothing cannot pass.
 */
import { existsSync, readFileSync } from "node:fs";

const path = process.argv[2] ?? ".vitest-report.json";
if (!existsSync(path)) {
  console.log("0 passed, 1 failed");
  console.error(`no Vitest report at ${path}: the test run did not complete`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(path, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
process.exit(report.numTotalTests > 0 && report.numFailedTests === 0 ? 0 : 1);
