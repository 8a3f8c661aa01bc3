#!/usr/bin/env bash
# What Npgsql's automatic preparation was worth, measured on the statements of one purchase (purchase.sql):
# pgbench sends them as unnamed statements, parsed and planned every time (-M extended, what the services do now
# that automatic preparation is off, see DatabaseExtensions.WithConnectionReuse), and as prepared statements
# (-M prepared, what automatic preparation did). Rounds alternate so that load from elsewhere falls on both alike.
# Prints per round and in sum: transactions/s, and PostgreSQL's own CPU per transaction (its processes' utime+stime
# from /proc), then the ratios. Needs deploy/servers.sh up (PG_PORT). Usage: preparation.sh [rounds=3] [seconds=10]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rounds=${1:-3} seconds=${2:-10} clients=4 members=200 db=bench_preparation
port=${PG_PORT:-25432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
export PGPASSWORD=postgres
psql_() { psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
sed "s/@members/$members/" "$here/schema.sql" | psql_ -d "$db" >/dev/null
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT

postmaster=$(head -1 "$(psql_ -d postgres -At -c 'SHOW data_directory')/postmaster.pid")
pg_cpu_ticks() { # the postmaster's own and its ended children's CPU (pgbench's backends end with it), and the live ones'
  local total pid
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
  for pid in $(ps -o pid= --ppid "$postmaster"); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"; }
ticks_per_s=$(getconf CLK_TCK)

declare -A tx ticks
for mode in extended prepared; do tx[$mode]=0 ticks[$mode]=0; done
printf '%-6s %-9s %10s %22s\n' round mode "tx/s" "PostgreSQL CPU ms/tx"
for ((round = 1; round <= rounds; round++)); do
  for mode in extended prepared; do
    before=$(pg_cpu_ticks)
    out=$("$bin/pgbench" -h 127.0.0.1 -p "$port" -U postgres -n -M "$mode" -f "$here/purchase.sql" \
      -D members=$members -c $clients -j 2 -T "$seconds" "$db" 2>&1)
    sleep 1 # until the postmaster has reaped pgbench's backends and counted their CPU as its children's
    spent=$(($(pg_cpu_ticks) - before))
    count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$out")
    tx[$mode]=$((tx[$mode] + count)) ticks[$mode]=$((ticks[$mode] + spent))
    awk -v r="$round" -v m="$mode" -v c="$count" -v t="$spent" -v s="$seconds" -v hz="$ticks_per_s" \
      'BEGIN { printf "%-6s %-9s %10.0f %22.3f\n", r, m, c / s, 1000 * t / hz / c }'
  done
done
awk -v ce="${tx[extended]}" -v cp="${tx[prepared]}" -v te="${ticks[extended]}" -v tp="${ticks[prepared]}" \
  -v s=$((rounds * seconds)) -v hz="$ticks_per_s" 'BEGIN {
    printf "all    extended  %10.0f %22.3f\n", ce / s, 1000 * te / hz / ce
    printf "all    prepared  %10.0f %22.3f\n", cp / s, 1000 * tp / hz / cp
    printf "unprepared / prepared: tx/s %.2f, PostgreSQL CPU per transaction %.2f\n", ce / cp, (te / ce) / (tp / cp) }'
