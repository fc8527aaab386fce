#!/usr/bin/env bash
# `npm start`: install, validate, build and serve the site locally (prints the URL).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$APM_ROOT"
apm_install_deps
node scripts/build.ts
HOST="${HOST:-127.0.0.1}" PORT="${PORT:-4321}"
exec node scripts/serve.ts
