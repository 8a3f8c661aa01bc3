#!/usr/bin/env bash
# The Aspire AppHost on a machine without a container runtime: PostgreSQL, Redis and RabbitMQ come from
# deploy/servers.sh (same ports, same PG_PORT/REDIS_PORT/AMQP_PORT variables), and the AppHost runs only the services
# and the gateway (Loyalty:ExistingServers=true), with the dashboard at http://localhost:15888. Ctrl+C stops them.
# The JWT signing key is the launcher's (.data/dev-jwt-signing-key), unless user secrets hold
# Parameters:jwt-signing-key (see AppHost/README.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

PG_PORT=${PG_PORT:-25432} REDIS_PORT=${REDIS_PORT:-26379} AMQP_PORT=${AMQP_PORT:-25672}

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
exec env "${key_env[@]}" dotnet run --project AppHost --no-build -c Debug -- \
  Loyalty:ExistingServers=true \
  "ConnectionStrings:postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres" \
  "ConnectionStrings:eventbus=amqp://guest:guest@127.0.0.1:$AMQP_PORT/" \
  "ConnectionStrings:cache=127.0.0.1:$REDIS_PORT"
