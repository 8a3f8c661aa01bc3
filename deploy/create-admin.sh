#!/usr/bin/env bash
# The first admin account: deploy/create-admin.sh USERNAME, with the password on stdin (or in
# LOYALTY_ADMIN_PASSWORD). It runs the Identity service's create-admin command against identitydb on
# deploy/servers.sh's PostgreSQL (PG_PORT), the database the local launcher uses; build first (deploy/run.sh does).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
user=${1:?usage: deploy/create-admin.sh USERNAME  (password on stdin or in LOYALTY_ADMIN_PASSWORD)}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ConnectionStrings__identitydb="Host=127.0.0.1;Port=${PG_PORT:-25432};Username=postgres;Password=postgres;Database=identitydb"
export ConnectionStrings__eventbus="amqp://guest:guest@127.0.0.1:${AMQP_PORT:-25672}/"
export ConnectionStrings__cache="127.0.0.1:${REDIS_PORT:-26379}"
export services__identity__http__0="http://127.0.0.1:$(( ${GATEWAY_PORT:-5100} + 6 ))"
exec dotnet services/Identity/Identity.Api/bin/Debug/net10.0/Identity.Api.dll create-admin "$user"
