/**
 * scripts/env.sh: downloads and installs get a time limit, one retry and a clear message (issue 11:
 * a stalled registry download once hung `npm test` for 10 minutes with no output). Tiny limits via
 * APM_TIMEOUT / APM_RETRY_DELAY keep these fast; the ceilings below are only for a loaded machine.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const ENV_SH = resolve(import.meta.dirname, "../../scripts/env.sh");
const temp = mkdtempSync(join(tmpdir(), "apm-env-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const fast = { APM_TIMEOUT: "1", APM_RETRY_DELAY: "0" };

/** Runs bash with env.sh sourced (this process's Node is new enough, so nothing is bootstrapped). */
function bash(script: string, env: Record<string, string> = {}) {
  return spawnSync("bash", ["-c", `source "${ENV_SH}" && ${script}`], { env: { ...process.env, ...fast, ...env }, encoding: "utf8", timeout: 60_000 });
}

describe("apm_retry", () => {
  test("a command that hangs is stopped at the limit, tried once more, then reported", { timeout: 60_000 }, () => {
    const result = bash(`apm_retry 600 "fake download" sleep 30`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("fake download: no result after 1s (attempt 1 of 2)");
    expect(result.stderr).toContain("fake download: no result after 1s (attempt 2 of 2)");
    expect(result.stderr).toContain("fake download failed twice. Check the network and the package registry");
  });

  test("a command that fails is retried once and its exit code reported", { timeout: 60_000 }, () => {
    const result = bash(`apm_retry 600 "fake install" sh -c "exit 3"`);
    expect(result.status).toBe(1);
    expect(result.stderr.match(/fake install: failed with exit code 3/g)).toHaveLength(2);
  });

  test("a command that fails once and then succeeds passes, saying what happened", { timeout: 60_000 }, () => {
    const marker = join(temp, "tried-once");
    const result = bash(`apm_retry 600 "flaky" sh -c 'if [ -f "${marker}" ]; then exit 0; fi; touch "${marker}"; exit 2'`);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("flaky: failed with exit code 2 (attempt 1 of 2)");
    expect(result.stderr).not.toContain("attempt 2 of 2");
  });

  test("does not trip a caller's set -e on the first failure", { timeout: 60_000 }, () => {
    const marker = join(temp, "tried-once-e");
    const result = bash(`set -e; apm_retry 600 "flaky" sh -c 'if [ -f "${marker}" ]; then exit 0; fi; touch "${marker}"; exit 2'; echo reached`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("reached");
  });
});

describe("apm_ensure_chromium PACKAGE VARIABLE", () => {
  const bin = join(temp, "browser-bin");
  /** Executable shell scripts in a fresh folder; returns a PATH that finds them first. */
  function fakes(folder: string, scripts: Record<string, string>): string {
    mkdirSync(folder, { recursive: true });
    for (const [name, body] of Object.entries(scripts)) {
      writeFileSync(join(folder, name), `#!/bin/sh\n${body}\n`);
      chmodSync(join(folder, name), 0o755);
    }
    return `${folder}:${process.env.PATH}`;
  }
  // sudo (used when not root) runs what it is given, so the fake apt-get is the one reached.
  const sudo = '[ "$1" = "-n" ] && shift; exec "$@"';
  const path = fakes(bin, { "fake-browser": "exit 0", "apt-get": "sleep 30", sudo });

  test("keeps a browser the caller chose, without installing anything", () => {
    const result = bash(`apm_ensure_chromium fake-missing CHOSEN && echo "$CHOSEN"`, { CHOSEN: "/opt/my-chromium", PATH: path });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("/opt/my-chromium");
    expect(result.stderr).toBe("");
  });

  test("exports the installed package's binary as the variable", () => {
    const result = bash(`unset CHOSEN; apm_ensure_chromium fake-browser CHOSEN && echo "$CHOSEN"`, { PATH: path });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(join(bin, "fake-browser"));
  });

  test("a missing package is installed with apt, and its binary exported", () => {
    const folder = join(temp, "apt-bin");
    // This apt-get "installs" a package by writing an executable of its name beside itself.
    const installs = `case "$1" in install) for p; do :; done; printf '#!/bin/sh\\n' > "${folder}/$p"; chmod +x "${folder}/$p";; esac`;
    const result = bash(`unset CHOSEN; apm_ensure_chromium fake-new CHOSEN && echo "$CHOSEN"`, { PATH: fakes(folder, { "apt-get": installs, sudo }) });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("Installing Debian's fake-new ...");
    expect(result.stdout.trim()).toBe(join(folder, "fake-new"));
  });

  test("a stalled apt is stopped at its time limit, and the failure says what to do", { timeout: 60_000 }, () => {
    const result = bash(`unset CHOSEN; apm_ensure_chromium fake-missing CHOSEN`, { PATH: path });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Installing Debian's fake-missing ...");
    expect(result.stderr).toContain("apt-get update: no result after 1s (attempt 2 of 2)");
    expect(result.stderr).toContain("could not install fake-missing with apt; install it yourself (sudo apt-get install fake-missing) or set CHOSEN to a Chromium");
  });
});

test("the Node bootstrap gives up with a clear message when the registry stalls", { timeout: 60_000 }, () => {
  // A copy of env.sh in a fresh "project" (no .tools/), with an old node and an npm that hangs.
  const project = join(temp, "project");
  const bin = join(temp, "bin");
  mkdirSync(join(project, "scripts"), { recursive: true });
  mkdirSync(bin, { recursive: true });
  copyFileSync(ENV_SH, join(project, "scripts", "env.sh"));
  writeFileSync(join(bin, "node"), '#!/bin/sh\n[ "$1" = -v ] && echo v20.0.0 && exit 0\nexit 1\n');
  writeFileSync(join(bin, "npm"), "#!/bin/sh\nexec sleep 30\n");
  chmodSync(join(bin, "node"), 0o755);
  chmodSync(join(bin, "npm"), 0o755);

  const result = spawnSync("bash", ["-c", `source "${join(project, "scripts", "env.sh")}"; echo "status $?"`], {
    env: { ...fast, PATH: `${bin}:/usr/bin:/bin`, HOME: temp },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.stdout).toContain("status 1");
  expect(result.stderr).toContain("installing Node");
  expect(result.stderr).toMatch(/Node bootstrap \(npm install node-linux-\w+@[\d.]+\): no result after 1s \(attempt 2 of 2\)/);
  expect(result.stderr).toContain("Node bootstrap failed");
  expect(existsSync(join(project, ".tools", "node", "node_modules", ".bin", "node"))).toBe(false);
});
