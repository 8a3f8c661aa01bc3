#!/usr/bin/env bash
# An Identity service administration command against identitydb on deploy/servers.sh's PostgreSQL (PG_PORT), the
# database the local launcher uses: deploy/identity-command.sh create-admin USERNAME (password on stdin or in
# LOYALTY_ADMIN_PASSWORD) | rotate-signing-key. Build first (deploy/run.sh does).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
[ $# -ge 1 ] || { echo "usage: deploy/identity-command.sh create-admin USERNAME | rotate-signing-key" >&2; exit 2; }
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ConnectionStrings__identitydb="Host=127.0.0.1;Port=${PG_PORT:-25432};Username=postgres;Password=postgres;Database=identitydb"
export ConnectionStrings__eventbus="amqp://guest:guest@127.0.0.1:${AMQP_PORT:-25672}/"
export ConnectionStrings__cache="127.0.0.1:${REDIS_PORT:-26379}"
export services__identity__http__0="http://127.0.0.1:$(( ${GATEWAY_PORT:-5100} + 6 ))"
exec dotnet services/Identity/Identity.Api/bin/Debug/net10.0/Identity.Api.dll "$@"
