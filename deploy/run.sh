#!/usr/bin/env bash
# Run the whole platform locally: installs what is missing, starts PostgreSQL, Redis and RabbitMQ on loopback
# (data under .data/), builds, starts the five services and the gateway, waits for every /health, prints where
# everything is. Ctrl+C stops what it started (by PID). Safe to run twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

# A launcher already running keeps its processes; do not rebuild under it.
if [ -s .data/launcher.pid ] && kill -0 "$(cat .data/launcher.pid)" 2>/dev/null; then
  echo "The launcher is already running (PID $(cat .data/launcher.pid)) at http://127.0.0.1:${GATEWAY_PORT:-5100}; stop it with Ctrl+C in its terminal." >&2
  exit 1
fi
step "check the .NET SDK" require_dotnet
step "install missing Debian packages (postgresql, redis-server, rabbitmq-server, curl, tzdata)" \
  bash -c "source deploy/lib.sh && install_tools && deploy/servers.sh install"
step "build (dotnet build Loyalty.Aspire.sln)" dotnet build Loyalty.Aspire.sln -c Debug -nologo -v quiet -clp:ErrorsOnly
# The launcher starts the servers, the services and the gateway, and stops them on Ctrl+C.
# Arguments go to the launcher: --empty starts without the demo chain (as LOYALTY_DEMO=off does); --replicas N
# runs N processes of every service behind the gateway (as LOYALTY_REPLICAS=N does).
exec dotnet "deploy/Launcher/bin/Debug/net10.0/Loyalty.Launcher.dll" "$@"
