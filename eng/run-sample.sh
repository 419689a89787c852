#!/usr/bin/env bash
# The main job, end to end: pack both packages, install the template pack into an isolated template
# hive, scaffold the sample solution into artifacts/sample, build it, and show the generated document.
# Nothing touches your own template hive or NuGet settings.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="$root/artifacts"
feed="$artifacts/feed"
hive="$artifacts/hive"
sample="$artifacts/sample"
# shellcheck source=eng/local-packages.sh
. "$root/eng/local-packages.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

rm -rf "$feed" "$hive" "$sample"
version="$(local_version "$root")"
pack_local "$root" "$feed" "$version"

echo "==> Installing the template pack into the isolated hive $hive"
dotnet new install "$feed/ArchTemplates.$version.nupkg" --debug:custom-hive "$hive"

echo "==> Scaffolding the sample solution"
dotnet new archsolution -n Acme.Sensors --title "Sensor Monitoring Platform" -o "$sample/Acme.Sensors" --debug:custom-hive "$hive"
write_feed_config "$sample/Acme.Sensors/nuget.config" "$feed"

echo "==> Building it with warnings as errors"
dotnet build "$sample/Acme.Sensors" -warnaserror --nologo

echo
echo "==> The generated document: $sample/Acme.Sensors/docs/architecture.md"
echo
cat "$sample/Acme.Sensors/docs/architecture.md"
