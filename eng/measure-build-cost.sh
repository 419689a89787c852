#!/usr/bin/env bash
# What the generator costs in a real build: the same solution built with the generator and without it,
# alternately, on this machine's warm build servers.
#
#   ./eng/measure-build-cost.sh
#
# For each solution it scaffolds two identical copies. "with" builds as a team's solution does. "without" has the
# generator's analyzer removed and the sources the generator wrote for each project (taken from a build of "with")
# compiled as ordinary files, so both compile the same code and run the same MSBuild tasks. Each run times, on each
# copy in alternating order: a no-op build, an edit of one component's description then a build, and a full rebuild
# ("without" keeps the generated sources of before the edit: they differ from the new ones by the edited text only).
# It prints the median of each and the ratio of the medians, then the ratio of each run's pair of builds (the two
# builds of a pair run one after the other, so a slow minute of the machine slows both): their median and range say
# whether a difference is the generator's or the machine's. Then the generator's and the conformance analyzer's time
# per project as the compiler reports it (-p:ReportAnalyzer=true, a rebuild with -m:1 so each project's report is in
# one piece), and last the gateway's compilation run again in process, where the generator's time can be set beside
# the binding it needs.
#
# Settings (environment variables):
#   RUNS=9                      alternating runs per solution
#   SOLUTIONS="default services"
#                               default:  dotnet new archsolution with default options (7 projects)
#                               services: the same plus SERVICES services from dotnet new archservice
#   SERVICES=20                 services added to the "services" solution
#   WORK=/tmp/archtemplates-build-cost
#                               where the feed, template hive, solutions and logs go (emptied first); outside this
#                               repository, or `dotnet new archservice` would add each service to the first .sln
#                               above it, this repository's, rather than to the scaffold's .slnx
#   SHARED_COMPILATION=true     false: no compiler server, each project's compilation a new compiler process that
#                               loads and JIT-compiles every analyzer again (what a machine with
#                               UseSharedCompilation=false in its environment builds with)
#
# A quick check that it works: RUNS=2 SOLUTIONS=default ./eng/measure-build-cost.sh
# Nothing touches your own template hive or NuGet settings; packages restore into your usual NuGet cache.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-9}"
solutions="${SOLUTIONS:-default services}"
services="${SERVICES:-20}"
work="${WORK:-${TMPDIR:-/tmp}/archtemplates-build-cost}"
# shellcheck source=eng/local-packages.sh
. "$root/eng/local-packages.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Ratios are printed with a decimal point whatever the locale (printf reads "1.03" by LC_NUMERIC).
export LC_NUMERIC=C
# The build servers as the SDK runs them by default, whatever this machine's environment turns off.
export UseSharedCompilation="${SHARED_COMPILATION:-true}"
unset MSBUILDDISABLENODEREUSE

rm -rf "$work"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
feed="$work/feed"
hive="$work/hive"
log="$work/logs"
mkdir -p "$log"

version="$(local_version "$root")"
pack_local "$root" "$feed" "$version"
dotnet new install "$feed/ArchTemplates.$version.nupkg" --debug:custom-hive "$hive" > "$log/install.txt"

# Removes the generator from "without" builds: its analyzer items come from the package, so after they resolve.
cat > "$work/without-generator.targets" <<'XML'
<Project>
  <Target Name="MeasureRemoveArchTemplatesGenerator" BeforeTargets="CoreCompile">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Analyzer.NuGetPackageId)' == 'ArchTemplates.Generator'" />
    </ItemGroup>
  </Target>
</Project>
XML

# build COPY LOG [ARGS...]: one build, its wall-clock milliseconds on stdout; fails loudly with the log's tail.
build() {
  local copy="$1" output="$2"
  shift 2
  local extra=()
  [[ "$copy" == */without ]] && extra=("-p:CustomAfterMicrosoftCommonTargets=$work/without-generator.targets")
  local start end
  start="$(date +%s%N)"
  if ! dotnet build "$copy/Acme.Sensors" --no-restore --nologo "${extra[@]}" "$@" > "$output" 2>&1; then
    tail -n 40 "$output" >&2
    echo "Build failed: $copy ($output)" >&2
    exit 1
  fi
  end="$(date +%s%N)"
  echo $(((end - start) / 1000000))
}

# Changes one component's description, the same way in both copies (a new text each time).
edit_component() {
  local copy="$1" run="$2"
  local file
  file="$(grep -rl --include='*.cs' 'Description = "Rejects incomplete or implausible readings' "$copy/Acme.Sensors/src" | head -n 1)"
  sed -i -E "s/Rejects incomplete or implausible readings[^\"]*/Rejects incomplete or implausible readings (edit $run)/" "$file"
}

median() { sort -n | awk '{ value[NR] = $1 } END { print (NR % 2) ? value[(NR + 1) / 2] : (value[NR / 2] + value[NR / 2 + 1]) / 2 }'; }

scaffold() {
  local kind="$1" copy="$2"
  mkdir -p "$copy"
  dotnet new archsolution -n Acme.Sensors --title "Sensor Monitoring Platform" -o "$copy/Acme.Sensors" --debug:custom-hive "$hive" > "$log/$kind-scaffold.txt"
  if [[ "$kind" == services ]]; then
    for number in $(seq -w 1 "$services"); do
      (cd "$copy/Acme.Sensors" && dotnet new archservice -n "Acme.Sensors.Service$number" -o . --debug:custom-hive "$hive" >> "$log/$kind-scaffold.txt")
    done
  fi
  write_feed_config "$copy/Acme.Sensors/nuget.config" "$feed"
}

# Copies what the generator wrote for each project of "with" into that project's folder in "without".
copy_generated_sources() {
  local with="$1" without="$2" generated project
  build "$with" "$log/emit-generated.txt" -p:EmitCompilerGeneratedFiles=true > /dev/null
  while IFS= read -r generated; do
    project="${generated%%/obj/*}"
    project="${project#"$with/"}"
    mkdir -p "$without/$project/ArchTemplatesGenerated"
    cp "$generated"/*.cs "$without/$project/ArchTemplatesGenerated/"
  done < <(find "$with/Acme.Sensors" -type d -path '*/generated/ArchTemplates.Generator/*')
}

measure() {
  local kind="$1" copies="$work/$kind"
  echo "==> $kind: scaffolding"
  scaffold "$kind" "$copies/with"
  cp -r "$copies/with" "$copies/without"
  for copy in with without; do dotnet restore "$copies/$copy/Acme.Sensors" --nologo > "$log/$kind-restore-$copy.txt"; done
  copy_generated_sources "$copies/with" "$copies/without"
  echo "==> $kind: warming up (a rebuild of each copy)"
  for copy in with without; do build "$copies/$copy" "$log/$kind-warmup-$copy.txt" --no-incremental > /dev/null; done

  local times="$work/$kind-times.txt"
  : > "$times"
  for run in $(seq 1 "$runs"); do
    # Alternate which copy goes first, so neither always follows the other's build.
    local order=(with without)
    ((run % 2 == 0)) && order=(without with)
    for scenario in noop edit rebuild; do
      for copy in "${order[@]}"; do
        local args=()
        [[ "$scenario" == edit ]] && edit_component "$copies/$copy" "$run"
        [[ "$scenario" == rebuild ]] && args=(--no-incremental)
        # Assigned first: a failed build then stops the script here (set -e), not later as a missing time.
        local ms
        ms="$(build "$copies/$copy" "$log/$kind-$run-$scenario-$copy.txt" "${args[@]}")"
        echo "$run $scenario $copy $ms" >> "$times"
      done
    done
    echo "    run $run of $runs done"
  done

  echo
  echo "$kind ($(find "$copies/with/Acme.Sensors" -name '*.csproj' | wc -l) projects), $runs alternating runs:"
  printf '  %-28s %10s %10s %7s   %s\n' "" "with (ms)" "without" "ratio" "each run's pair: median (range)"
  for scenario in noop edit rebuild; do
    local with without pairs
    with="$(awk -v s="$scenario" '$2 == s && $3 == "with" { print $4 }' "$times" | median)"
    without="$(awk -v s="$scenario" '$2 == s && $3 == "without" { print $4 }' "$times" | median)"
    pairs="$(awk -v s="$scenario" '$2 == s { ms[$1, $3] = $4; runs[$1] } END { for (run in runs) printf "%.3f\n", ms[run, "with"] / ms[run, "without"] }' "$times" | sort -n)"
    printf '  %-28s %10s %10s %6.2fx   %.2fx (%.2f-%.2f)\n' "$(case "$scenario" in noop) echo "no-op build" ;; edit) echo "edit one component, build" ;; *) echo "full rebuild" ;; esac)" \
      "$with" "$without" "$(awk -v a="$with" -v b="$without" 'BEGIN { print a / b }')" \
      "$(median <<< "$pairs")" "$(head -n 1 <<< "$pairs")" "$(tail -n 1 <<< "$pairs")"
  done

  echo
  echo "  The generator and the conformance analyzer per project, as the compiler reports them (ReportAnalyzer, rebuild with -m:1, median of $runs):"
  for run in $(seq 1 "$runs"); do
    build "$copies/with" "$log/$kind-report-$run.txt" --no-incremental -m:1 -v:d -p:ReportAnalyzer=true > /dev/null
    # The compiler's report follows the project's CoreCompile target; each project is built once, one at a time.
    # Analyzers are listed before generators.
    awk '
      /Target "CoreCompile" in file .* from project "/ { project = $0; sub(/.* from project "/, "", project); sub(/".*/, "", project); n = split(project, parts, "/"); project = parts[n]; analyzer = 0 }
      /ArchTemplates\.Generator\.Conformance\.ConformanceAnalyzer/ && project != "" { analyzer = $1 * 1000 }
      /ArchTemplates\.Generator\.ArchitectureGenerator/ && project != "" { printf "%s %d %d\n", project, $1 * 1000, analyzer; project = "" }
    ' "$log/$kind-report-$run.txt"
  done > "$work/$kind-report.txt"
  printf '    %-50s %10s %10s\n' "" "generator" "analyzer"
  local project
  for project in $(awk '{ print $1 }' "$work/$kind-report.txt" | sort -u); do
    printf '    %-50s %7s ms %7s ms\n' "$project" \
      "$(awk -v p="$project" '$1 == p { print $2 }' "$work/$kind-report.txt" | median)" \
      "$(awk -v p="$project" '$1 == p { print $3 }' "$work/$kind-report.txt" | median)"
  done
  echo
}

# The gateway's compilation again, in process (the benchmarks' --project): the generator beside the binding that
# reading evidence from its code cannot do without, and beside the compiler's own checking of the project.
profile_gateway() {
  local kind="$1" commandline="$work/gateway-compiler-command-line.txt"
  grep -m 1 -E 'csc(\.dll|\.exe)? .*/out:obj/[^ ]*/Acme\.Sensors\.Gateway\.dll' "$log/$kind-report-$runs.txt" | sed 's/^ *//' > "$commandline"
  echo "  The gateway's compilation in process (benchmarks --project):"
  dotnet run -c Release --project "$root/benchmarks/ArchTemplates.Benchmarks" -- --project "$commandline" \
    "$work/$kind/with/Acme.Sensors/src/services/gateway" | sed 's|^//|   |'
  echo
}

echo "==> Measuring at commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- generators || echo ' (with uncommitted generator changes)'), $(nproc) cores, SDK $(dotnet --version), compiler server: $UseSharedCompilation"
for kind in $solutions; do
  measure "$kind"
done
profile_gateway "${solutions%% *}"
