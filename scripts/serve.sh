#!/usr/bin/env bash
# `npm start`: install, validate, build and serve the site locally (prints the URL; HOST and PORT
# override 127.0.0.1:4321).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$APM_ROOT"
apm_install_deps
node scripts/build.ts
exec node scripts/serve.ts
