#!/usr/bin/env bash
# The first admin account: deploy/create-admin.sh USERNAME, with the password on stdin (or in
# LOYALTY_ADMIN_PASSWORD); nothing default is in the repository. See deploy/identity-command.sh.
set -euo pipefail
user=${1:?usage: deploy/create-admin.sh USERNAME  (password on stdin or in LOYALTY_ADMIN_PASSWORD)}
exec "$(dirname "${BASH_SOURCE[0]}")/identity-command.sh" create-admin "$user"
