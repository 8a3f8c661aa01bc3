#!/usr/bin/env bash
# Mint a local development token from the running gateway: deploy/token.sh ROLE [SUBJECT]
#   ROLE: member | staff | marketing | ops | admin | partner; SUBJECT: for a member token, the member's id.
set -euo pipefail
role=${1:?usage: deploy/token.sh member|staff|marketing|ops|admin|partner [subject]}
subject=${2:-}
body="{\"role\":\"$role\"${subject:+,\"subject\":\"$subject\"}}"
curl -sf -X POST "http://127.0.0.1:${GATEWAY_PORT:-5100}/dev/token" -H 'Content-Type: application/json' -d "$body" |
  sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'
