# Sourced by eng/install-local.sh and eng/run-sample.sh: packs both packages into a local feed folder.
#   local_version               a new version each call (VersionPrefix-local.<UTC time>): NuGet would serve a
#                               stale package of an unchanged version from its cache
#   pack_local ROOT FEED VER    packs ArchTemplates.Generator and the ArchTemplates template pack into FEED
#   write_feed_config FILE FEED writes a nuget.config that adds FEED as one more package source

local_version() {
  local root="$1"
  echo "$(dotnet msbuild "$root/generators/ArchTemplates.Generator/ArchTemplates.Generator.csproj" -getProperty:VersionPrefix)-local.$(date -u +%Y%m%d%H%M%S)"
}

pack_local() {
  local root="$1" feed="$2" version="$3"
  echo "==> Packing ArchTemplates and ArchTemplates.Generator $version into $feed"
  dotnet pack "$root/generators/ArchTemplates.Generator/ArchTemplates.Generator.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
  dotnet pack "$root/ArchTemplates.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
}

write_feed_config() {
  local file="$1" feed="$2"
  cat > "$file" <<XML
<?xml version="1.0" encoding="utf-8"?>
<!-- Adds the locally built ArchTemplates packages as a package source; the other sources still apply. -->
<configuration>
  <packageSources>
    <add key="archtemplates-local" value="$feed" />
  </packageSources>
</configuration>
XML
}
