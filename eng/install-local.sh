#!/usr/bin/env bash
# Until the packages are published: builds both packages from this repository and installs the template pack
# for you (your own template hive, as `dotnet new install ArchTemplates` would), so that `dotnet new archsolution`,
# `archservice` and `archdoc` work.
#
#   ./eng/install-local.sh [FEED]      FEED defaults to artifacts/local-feed
#
# What it does, and nothing else:
#   - packs ArchTemplates and ArchTemplates.Generator with a new version (VersionPrefix-local.<UTC time>: NuGet
#     would serve a stale package of an unchanged version from its cache) into FEED, keeping earlier versions
#     there, since solutions scaffolded from them still restore them;
#   - runs `dotnet new install` on the template pack, which replaces an ArchTemplates pack you installed before;
#   - writes FEED/nuget.config, which adds FEED as one package source. Your NuGet settings are not changed:
#     a scaffold references the generator package of the pack's version, which only FEED has, so copy that
#     file into each solution you scaffold (or add FEED to its own nuget.config), as the script prints.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
feed="$(mkdir -p "${1:-$root/artifacts/local-feed}" && cd "${1:-$root/artifacts/local-feed}" && pwd)"
# shellcheck source=eng/local-packages.sh
. "$root/eng/local-packages.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

version="$(local_version "$root")"
pack_local "$root" "$feed" "$version"

echo "==> Installing the template pack"
dotnet new install "$feed/ArchTemplates.$version.nupkg"
write_feed_config "$feed/nuget.config" "$feed"

cat <<TEXT

The templates are installed. A solution you scaffold restores ArchTemplates.Generator $version, which only
$feed has: copy its nuget.config into the solution's folder, e.g.

  dotnet new archsolution -n Acme.Sensors --title "Sensor Monitoring Platform"
  cp "$feed/nuget.config" Acme.Sensors/
  cd Acme.Sensors && dotnet build

(In a solution that already has a nuget.config, add the source to it instead:
  dotnet nuget add source "$feed" --name archtemplates-local --configfile nuget.config)
TEXT
