#!/usr/bin/env bash
# `npm test`: the whole suite (types, data check, build, unit + end-to-end tests) on a fresh machine.
# Ends with the plain line "N passed, N failed" read from Vitest's JSON report, because CI does not
# read Vitest's own summary and a run that executed no test must not look green.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$APM_ROOT"
apm_install_deps
apm_ensure_chromium chromium-headless-shell HEADLESS_SHELL_PATH
apm_ensure_fonts
npx tsc --noEmit -p .
node scripts/build.ts
rm -f .vitest-report.json
rc=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-report.json "$@" || rc=$?
node scripts/print-test-summary.ts .vitest-report.json || rc=1
exit $rc
