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
# A new version each run: NuGet would otherwise serve a stale package of the same version from its cache.
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "==> Packing ArchTemplates and ArchTemplates.Generator $version into $feed"
rm -rf "$feed" "$hive" "$sample"
dotnet pack "$root/generators/ArchTemplates.Generator/ArchTemplates.Generator.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
dotnet pack "$root/ArchTemplates.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet

echo "==> Installing the template pack into the isolated hive $hive"
dotnet new install "$feed/ArchTemplates.$version.nupkg" --debug:custom-hive "$hive"

echo "==> Scaffolding the sample solution"
dotnet new archsolution -n Acme.Sensors --title "Sensor Monitoring Platform" -o "$sample/Acme.Sensors" --debug:custom-hive "$hive"
cat > "$sample/Acme.Sensors/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="archtemplates-local" value="$feed" />
  </packageSources>
</configuration>
XML

echo "==> Building it with warnings as errors"
dotnet build "$sample/Acme.Sensors" -warnaserror --nologo

echo
echo "==> The generated document: $sample/Acme.Sensors/docs/architecture.md"
echo
cat "$sample/Acme.Sensors/docs/architecture.md"
