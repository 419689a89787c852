#!/usr/bin/env bash
# Installs what the test suite's real-tool checks need, and does nothing that is already done:
#   - Debian's Chromium (/usr/bin/chromium), which the Mermaid renderer drives;
#   - the npm packages of tests/tools at their locked versions (npm ci), again only when
#     package-lock.json or the Node.js version changed since the last install.
# Needs Node.js and npm on PATH, and root (or sudo) for apt-get when Chromium is missing. apt-get waits up to
# ten minutes for another package manager's lock (an unattended upgrade on a fresh machine) instead of failing.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/tests/tools"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo > /dev/null; then
    sudo "$@"
  else
    echo "error: installing Chromium needs root: run this script as root or install sudo." >&2
    exit 1
  fi
}

if [ -x /usr/bin/chromium ]; then
  echo "==> Chromium is installed: $(/usr/bin/chromium --version 2> /dev/null || echo /usr/bin/chromium)"
else
  echo "==> Installing Debian's chromium"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends chromium
fi

for tool in node npm; do
  if ! command -v "$tool" > /dev/null; then
    echo "error: $tool is not on PATH; install Node.js (with npm) first." >&2
    exit 1
  fi
done

# The stamp records what the installed node_modules were made from.
stamp="$tools/node_modules/.archtemplates-installed"
wanted="$(node --version) $(sha256sum "$tools/package-lock.json" | cut -d ' ' -f 1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "==> The npm packages of tests/tools are up to date"
else
  echo "==> Installing the npm packages of tests/tools (npm ci)"
  # No browser download: the checks drive Debian's Chromium. Errors only: npm's engine warnings are
  # expected (see README) and would bury them.
  (cd "$tools" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$wanted" > "$stamp"
fi
