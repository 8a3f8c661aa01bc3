#!/usr/bin/env bash
# The analysts' CLI on a large summary file, each verb as its own process (start-up, reading, fitting, writing all
# counted): wall time, CPU time and peak resident set from /usr/bin/time.
#   bench/Segmentation.Bench/cli.sh [--continuous] [members=1000000]
# The summary file (the synthetic base of bench/Segmentation.Bench, in weeks; with --continuous the base drawn from
# the BG/NBD process in continuous time, bench/Segmentation.Bench/ContinuousBase.cs) is written once to .data/bench/.
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=summary
if [ "${1:-}" = "--continuous" ]; then kind=continuous; shift; fi
members="${1:-1000000}"
file=".data/bench/segmentation-$kind-$members.csv"
dotnet build -c Release -v q -nologo services/Segmentation/Segmentation.Cli | grep -E " error |rror\(s\)" | sort -u || true
dotnet build -c Release -v q -nologo bench/Segmentation.Bench | grep -E " error |rror\(s\)" | sort -u || true
if [ ! -s "$file" ]; then
  dotnet bench/Segmentation.Bench/bin/Release/net10.0/Loyalty.Segmentation.Bench.dll --write-$kind "$file" "$members"
fi
echo "CLI on $file ($(($(wc -l <"$file") - 1)) rows, $(du -h "$file" | cut -f1)); peer (Python lifetimes): fit BG/NBD 13.9 s, 612 MB"
cli=services/Segmentation/Segmentation.Cli/bin/Release/net10.0/Loyalty.Segmentation.Cli.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() {
  local name="$1"; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$out/time" -f "%e s wall, %U+%S s CPU, %M KB peak RSS" dotnet "$cli" "$@" >"$out/stdout" 2>"$out/stderr"
    printf '  %-30s %s\n' "$name" "$(cat "$out/time" | awk '{ printf "%s s wall, %s s CPU, %.0f MB peak RSS", $1, $4, $7 / 1024 }')"
  else
    local t0=$(date +%s.%N)
    dotnet "$cli" "$@" >"$out/stdout" 2>"$out/stderr"
    printf '  %-30s %.2f s wall\n' "$name" "$(echo "$(date +%s.%N) - $t0" | bc)"
  fi
  grep -h -E "read|converged|predicted|error" "$out/stderr" | sed 's/^/      /' || true
}
run "fit-bgnbd" fit-bgnbd "$file"
echo "      $(cat "$out/stdout")"
for verb in fit-mbgnbd fit-paretonbd; do
  [ "${SKIP_OTHER_MODELS:-}" = 1 ] && break
  run "$verb" "$verb" "$file"
  echo "      $(cat "$out/stdout")"
done
run "fit-gammagamma" fit-gammagamma "$file"
echo "      $(cat "$out/stdout")"
run "predict --horizon 39" predict "$file" --horizon 39
echo "      $(($(wc -l <"$out/stdout") - 1)) rows written, $(du -h "$out/stdout" | cut -f1)"
