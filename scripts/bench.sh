#!/usr/bin/env bash
# `npm run bench`: the same Node as the other commands, the locked packages, and Debian's full
# Chromium (the tests use its headless shell; page weights and Lighthouse measure the browser readers run).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$APM_ROOT"
apm_install_deps
apm_ensure_chromium chromium CHROME_PATH
exec node scripts/bench.ts "$@"
