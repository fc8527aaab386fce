# Sourced by every shell entry point (serve, test, bench, .ci/run): puts a Node >= 22.12 on PATH.
# The OS Node on our machines is 20 (end of life) and Astro 7 / Vitest 5 refuse it, so when the
# system Node is older we fetch the official binary from the npm registry (node-linux-<arch>, which
# runs no install script) into the git-ignored .tools/ folder. See docs/architecture.md.
NODE_PIN=24.21.0
APM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ASTRO_TELEMETRY_DISABLED=1 NO_COLOR=1
# A larger young generation: rendering ~1,900 pages allocates short-lived strings fast, and with
# V8's default semi-space the build spent a sixth of its CPU in scavenges (measured: 57 → 48 s CPU).
case " ${NODE_OPTIONS:-} " in *" --max-semi-space-size="*) ;; *) export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--max-semi-space-size=32" ;; esac
# glibc's malloc keeps what it frees instead of handing it back: by default every block over 128 KB
# (a preview's 3 MB of pixels, a map's 10 MB, sharp's and Pagefind's buffers) is a fresh mmap whose
# pages fault in again each time, and on this VM kind a page fault is costly. Measured on first
# builds in alternation: 12-17% fewer page faults and 3-10 fewer CPU-seconds, same peak memory.
export GLIBC_TUNABLES="${GLIBC_TUNABLES:-glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=536870912}"

# Runs a download or install with a time limit and one retry, so a stalled registry or mirror
# cannot hang `npm start` / `npm test` without a word (seen once: 10 minutes, no output).
# Usage: apm_retry SECONDS "what it does" command args...
# APM_TIMEOUT (seconds) overrides every limit and APM_RETRY_DELAY the pause; tests set tiny values.
apm_retry() {
  local limit="${APM_TIMEOUT:-$1}" what="$2" attempt rc
  shift 2
  for attempt in 1 2; do
    # timeout signals the command's whole process group (npm's children too); KILL if TERM is ignored.
    rc=0
    timeout --kill-after=10 "$limit" "$@" || rc=$?   # never trips a caller's set -e
    [ "$rc" -eq 0 ] && return 0
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      echo "$what: no result after ${limit}s (attempt $attempt of 2)" >&2
    else
      echo "$what: failed with exit code $rc (attempt $attempt of 2)" >&2
    fi
    [ "$attempt" -eq 1 ] && sleep "${APM_RETRY_DELAY:-5}"
  done
  echo "$what failed twice. Check the network and the package registry (npm config get registry; /etc/apt/sources.list), then run the command again." >&2
  return 1
}

apm_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! apm_node_ok; then
  case "$(uname -m)" in x86_64) apm_arch=x64 ;; aarch64) apm_arch=arm64 ;; *) echo "unsupported CPU: $(uname -m)" >&2; return 1 ;; esac
  apm_bin="$APM_ROOT/.tools/node/node_modules/.bin"
  if [ "$("$apm_bin/node" -v 2>/dev/null)" != "v$NODE_PIN" ]; then
    echo "Node $(node -v 2>/dev/null || echo missing) is too old: installing Node $NODE_PIN into .tools/ ..." >&2
    mkdir -p "$APM_ROOT/.tools/node"
    apm_retry 300 "Node bootstrap (npm install node-linux-$apm_arch@$NODE_PIN)" \
      npm install --prefix "$APM_ROOT/.tools/node" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "node-linux-$apm_arch@$NODE_PIN" >&2 || { echo "Node bootstrap failed" >&2; return 1; }
  fi
  export PATH="$apm_bin:$PATH"
  # The machine's npm config points node-gyp at the OS (Node 20) headers; use the v24 ones instead.
  export npm_config_nodedir="$APM_ROOT/.tools/node/node_modules/node-linux-$apm_arch"
  apm_node_ok || { echo "Node bootstrap failed: $(node -v)" >&2; return 1; }
fi

# Install dependencies exactly as locked, but only when the lockfile changed since the last install.
apm_install_deps() {
  local stamp="$APM_ROOT/node_modules/.apm-lock-hash"
  local want
  want="$(sha256sum "$APM_ROOT/package-lock.json" | cut -d' ' -f1)-$(node -v)"
  if [ "${CI:-}" = "true" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    (cd "$APM_ROOT" && apm_retry 600 "npm ci" npm ci --no-audit --no-fund --loglevel=error) >&2 || return 1
    echo "$want" >"$stamp"
  fi
}

# Debian's Chromium; test tools never download a browser of their own.
# Usage: apm_ensure_chromium PACKAGE VARIABLE: unless VARIABLE is set already (a browser of your
# choice), installs the Debian package if its binary is missing and exports VARIABLE as its path.
# The tests run on `chromium-headless-shell` (Chromium without the desktop browser: a third of the
# CPU, fewer packages to install); the bench measures with `chromium`, what readers run.
apm_ensure_chromium() {
  local package="$1" variable="$2"
  [ -n "${!variable:-}" ] && return 0
  if ! command -v "$package" >/dev/null 2>&1; then
    echo "Installing Debian's $package ..." >&2
    # sudo -n: under apm_retry's time limit sudo could not ask for a password, only wait for one.
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
    apm_retry 300 "apt-get update" $sudo apt-get update -qq >&2 &&
      apm_retry 900 "apt-get install $package" $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null ||
      { echo "could not install $package with apt; install it yourself (sudo apt-get install $package) or set $variable to a Chromium" >&2; return 1; }
    command -v "$package" >/dev/null 2>&1 || { echo "apt installed $package, but no $package command is on PATH; set $variable to its binary" >&2; return 1; }
  fi
  export "$variable=$(command -v "$package")"
}

# The print test (tests/e2e/print.test.ts) forces each of these sans-serif families in turn, since a
# reader's machine may have any of them; apt runs only when one is missing.
apm_ensure_fonts() {
  local missing="" family package
  while IFS=: read -r family package; do
    fc-list ":family=$family" family 2>/dev/null | grep -q . || missing="$missing $package"
  done <<'FONTS'
DejaVu Sans:fonts-dejavu-core
Liberation Sans:fonts-liberation
Noto Sans:fonts-noto-core
FONTS
  [ -z "$missing" ] && return 0
  echo "Installing fonts for the print test:$missing ..." >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2 &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { echo "could not install$missing with apt" >&2; return 1; }
}
