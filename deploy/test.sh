#!/usr/bin/env bash
# The whole test suite against real servers: installs what is missing, starts PostgreSQL, Redis and RabbitMQ on
# loopback, builds, then runs unit, AppHost model, integration and end-to-end tests (one project at a time: the
# end-to-end tests stop and restart RabbitMQ). Servers this script started are stopped again at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

started=$(deploy/servers.sh status 2>/dev/null | awk -F': ' '$2 == "down" { print $1 }' | xargs || true)
cleanup() { [ -z "$started" ] || deploy/servers.sh down $started >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "check the .NET SDK" require_dotnet
step "install missing Debian packages (postgresql, redis-server, rabbitmq-server, curl, tzdata, chromium, kubectl)" \
  bash -c "source deploy/lib.sh && install_tools && deploy/servers.sh install"
step "start PostgreSQL, Redis and RabbitMQ (deploy/servers.sh up)" deploy/servers.sh up
step "build (dotnet build Loyalty.Aspire.sln)" dotnet build Loyalty.Aspire.sln -c Debug -nologo -v quiet -clp:ErrorsOnly

results="$ROOT/.data/test-results"; rm -rf "$results"; mkdir -p "$results"
failed_projects=()
for project in UnitTests AppHostTests IntegrationTests EndToEndTests; do
  step "test $project" dotnet test "tests/$project" --no-build -c Debug -nologo \
    --logger "console;verbosity=normal" --logger "trx;LogFileName=$project.trx" --results-directory "$results" \
    || failed_projects+=("$project")
done

# No request of the whole run may have ended in an unhandled exception (the end-to-end stacks' service logs).
if grep -l "An unhandled exception has occurred" .data/logs/e2e/*.log .data/logs/fuzz/*.log 2>/dev/null; then
  echo "the service logs above have unhandled exceptions" >&2
  failed_projects+=("service logs")
fi

# One closing line for the whole suite, summed over the projects' TRX files.
passed=0 failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(count passed))); failed=$((failed + $(count failed) + $(count error)))
done
echo
echo "$passed passed, $failed failed"
if ((${#failed_projects[@]})) || ((failed > 0)) || ((passed == 0)); then
  echo "failing: ${failed_projects[*]:-none}" >&2
  exit 1
fi
