#!/usr/bin/env bash
# Every test, with its set-up: installs what the tests need (eng/install-test-prerequisites.sh, which does
# nothing that is already done), then runs `dotnet test` on the whole solution. Arguments are passed on to
# `dotnet test`, e.g. ./eng/test.sh --filter "FullyQualifiedName~DayTwoTests".
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"

"$root/eng/install-test-prerequisites.sh"
dotnet test "$root/ArchTemplates.sln" "$@"
