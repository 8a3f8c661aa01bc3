#!/usr/bin/env bash
# The Aspire AppHost on a machine without a container runtime: PostgreSQL, Redis and RabbitMQ come from
# deploy/servers.sh (same ports, same PG_PORT/REDIS_PORT/AMQP_PORT variables), and the AppHost runs only the services
# and the gateway (Loyalty:ExistingServers=true), with the dashboard at http://localhost:15888 and the gateway at
# http://localhost:$GATEWAY_PORT (default 5100), printed once it is healthy. Ctrl+C stops them. A failed start also
# stops the servers this script started.
# The JWT signing key is the launcher's (.data/dev-jwt-signing-key), unless user secrets hold
# Parameters:jwt-signing-key (see AppHost/README.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

PG_PORT=${PG_PORT:-25432} REDIS_PORT=${REDIS_PORT:-26379} AMQP_PORT=${AMQP_PORT:-25672} GATEWAY_PORT=${GATEWAY_PORT:-5100}
gateway=http://localhost:$GATEWAY_PORT

started=$(deploy/servers.sh status 2>/dev/null | awk -F': ' '$2 == "down" { print $1 }' | xargs || true)
up=0
cleanup() { ((up)) || [ -z "$started" ] || deploy/servers.sh down $started >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "check the .NET SDK" require_dotnet
step "install missing Debian packages (postgresql, redis-server, rabbitmq-server, curl, tzdata)" \
  bash -c "source deploy/lib.sh && install_tools && deploy/servers.sh install"
step "start PostgreSQL, Redis and RabbitMQ (deploy/servers.sh up)" deploy/servers.sh up
step "build (AppHost and the projects it runs)" dotnet build AppHost -c Debug -nologo -v quiet -clp:ErrorsOnly

key_file=.data/dev-jwt-signing-key
if [ ! -s "$key_file" ]; then
  (umask 077 && head -c 48 /dev/urandom | base64 -w0 >"$key_file")
fi
if dotnet user-secrets list --project AppHost 2>/dev/null | grep -q '^Parameters:jwt-signing-key = '; then
  key_env=()
else
  # env, not export: the variable's name has a hyphen. A variable, unlike an argument, stays out of `ps`.
  key_env=("Parameters__jwt-signing-key=$(cat "$key_file")")
fi

# Arguments, not variables: the processes the AppHost starts inherit its environment, and only the services should
# see their connection strings (as ConnectionStrings__membersdb etc., which the AppHost derives from these).
env "${key_env[@]}" dotnet run --project AppHost --no-build -c Debug -- \
  Loyalty:ExistingServers=true Loyalty:GatewayPort="$GATEWAY_PORT" \
  "ConnectionStrings:postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres" \
  "ConnectionStrings:eventbus=amqp://guest:guest@127.0.0.1:$AMQP_PORT/" \
  "ConnectionStrings:cache=127.0.0.1:$REDIS_PORT" &
apphost=$!
# A background job of a script ignores SIGINT, so Ctrl+C reaches it as TERM from here (the AppHost stops gracefully).
trap 'kill -TERM "$apphost" 2>/dev/null || true' INT TERM

wait_gateway() { # the services start in turn on 2 cores: minutes, not seconds
  local deadline=$((SECONDS + ${APPHOST_START_TIMEOUT:-600}))
  until curl -sf -o /dev/null "$gateway/health"; do
    kill -0 "$apphost" 2>/dev/null || { echo "the AppHost exited before the gateway was healthy" >&2; return 1; }
    ((SECONDS < deadline)) || { echo "the gateway was not healthy within ${APPHOST_START_TIMEOUT:-600} s" >&2; return 1; }
    sleep 2; done; }
if ! step "wait for the gateway's /health ($gateway)" wait_gateway; then
  kill -TERM "$apphost" 2>/dev/null || true; wait "$apphost" || true; exit 1
fi
up=1
echo
echo "Loyalty.Aspire is running under the AppHost."
echo "  Gateway     $gateway   (OpenAPI: $gateway/openapi/members/v1.json, ...)"
echo "  Dashboard   http://localhost:15888   (login link above)"
echo "  A token     deploy/token.sh staff   (with GATEWAY_PORT=$GATEWAY_PORT; roles: member, staff, marketing, ops, admin, partner)"
echo "Press Ctrl+C to stop the services, the gateway and the dashboard."
while kill -0 "$apphost" 2>/dev/null; do wait "$apphost" || true; done
