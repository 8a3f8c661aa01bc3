# Shared by deploy/run.sh and deploy/test.sh: named, timed steps and the one-time install of what is missing.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { # NAME COMMAND...: prints the step, runs it, prints its time; stops the script on failure
  local name=$1 start=$SECONDS; shift
  echo "==> $name"
  if ! "$@"; then echo "    FAILED after $((SECONDS - start)) s: $name" >&2; return 1; fi
  echo "    done in $((SECONDS - start)) s"
}

require_dotnet() {
  command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is not on PATH; this machine kind ships it." >&2; return 1; }
}

# Debian packages the scripts and tests use besides the three servers: curl for checks, tzdata for Asia/Shanghai,
# chromium (driven by Playwright in the console's browser tests), a CJK font for its Chinese pages, and kubectl
# (Debian's kubernetes-client, unless a kubectl is there already) to render deploy/kubernetes in tests/AppHostTests.
install_tools() {
  local need=() p
  for p in curl tzdata ca-certificates chromium fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need+=("$p"); done
  command -v kubectl >/dev/null || need+=(kubernetes-client)
  ((${#need[@]})) || return 0
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}
