#!/usr/bin/env bash
# Installs what the test suite's real-tool checks need, and does nothing that is already done:
#   - Debian's Chromium (/usr/bin/chromium), which the Mermaid renderer drives;
#   - Debian's rabbitmq-server and postgresql, which the tests start as servers of their own (on loopback ports
#     and in temporary folders: the services the packages install are neither used nor needed);
#   - the npm packages of tests/tools at their locked versions (npm ci), again only when
#     package-lock.json or the Node.js version changed since the last install.
# Needs Node.js and npm on PATH, and root (or sudo) for apt-get when a Debian package is missing. apt-get waits up to
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
    echo "error: installing Debian's packages needs root: run this script as root or install sudo." >&2
    exit 1
  fi
}

apt_updated=false
# apt_install PACKAGE PATTERN: installs Debian's PACKAGE unless a file matches PATTERN (a program it installs).
apt_install() {
  if compgen -G "$2" > /dev/null; then
    echo "==> $1 is installed ($2)"
    return
  fi
  echo "==> Installing Debian's $1"
  if [ "$apt_updated" = false ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "$1"
}

apt_install chromium /usr/bin/chromium
apt_install rabbitmq-server /usr/lib/rabbitmq/bin/rabbitmq-server
apt_install postgresql "/usr/lib/postgresql/*/bin/initdb"

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
