#!/usr/bin/env bash
# Local test servers on loopback, data/logs/PIDs under $DATA_DIR (default <repo>/.data):
#   PostgreSQL 15 :25432 (user postgres / password postgres)   Redis 7 :26379
#   RabbitMQ 3.10 AMQP :25672 + management :25673 (guest/guest)
# Usage: deploy/servers.sh install | up [pg|redis|rabbit]... | down [...] | status | ctl ARGS (rabbitmqctl)
# Idempotent: 'up' reuses servers that are already running; 'down' stops by PID file only.
# Ports can be moved with PG_PORT, REDIS_PORT, AMQP_PORT, MGMT_PORT (the launcher and tests read the same variables).
# The defaults sit below the kernel's ephemeral range (32768+): a busy test run once took 55672 as a client port
# while RabbitMQ was restarting, and the restart failed with eaddrinuse.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${DATA_DIR:-$ROOT/.data}"
PG_PORT=${PG_PORT:-25432} REDIS_PORT=${REDIS_PORT:-26379}
AMQP_PORT=${AMQP_PORT:-25672} MGMT_PORT=${MGMT_PORT:-25673}
DIST_PORT=${RABBIT_DIST_PORT:-25674} EPMD_PORT=${EPMD_PORT:-24369}

log() { echo "[services] $*" >&2; }
# PID runs (not zombie) as PATTERN. Read whole, not piped into grep -q: with pipefail, grep quitting early made a long
# command line (beam's) look dead.
pid_alive() { local cmd; cmd=$(tr "\\0" " " 2>/dev/null <"/proc/$1/cmdline") && [[ $cmd == *"$2"* ]]; }
alive() { [ -s "$1" ] && pid_alive "$(head -1 "$1")" "$2"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free() { ! port_open "$1" || { log "port $1 is already taken by another process"; return 1; }; }
# Ready means answering the protocol, not only listening: RabbitMQ answers the AMQP 0-9-1 header with a method frame
# (Connection.Start, frame type 1); Redis answers PING with +PONG.
amqp_ready() { [ "$(timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" && printf "AMQP\0\0\11\1" >&3 && head -c 1 <&3 | od -An -tx1' "$1" 2>/dev/null | tr -d ' ')" = 01 ]; }
redis_ready() { [ "$(timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" && printf "PING\r\n" >&3 && head -c 5 <&3' "$1" 2>/dev/null)" = "+PONG" ]; }
wait_ready() { # CHECK PORT SECONDS [PID PATTERN]: polls CHECK PORT; gives up early when that process dies
  local deadline=$((SECONDS + $3))
  until "$1" "$2"; do
    if [ -n "${4:-}" ] && ! pid_alive "$4" "$5"; then log "$5 (PID $4) exited before port $2 was ready"; return 1; fi
    if ((SECONDS >= deadline)); then log "port $2 not ready after $3 s"; return 1; fi
    sleep 0.5; done; }
stop_pid() { # PIDFILE PATTERN
  alive "$1" "$2" || { rm -f "$1"; return 0; }
  local p i; p=$(head -1 "$1"); kill -TERM "$p"
  for ((i = 0; i < 300; i++)); do pid_alive "$p" "$2" || break; sleep 0.1; done  # not the file: rabbit deletes it early
  pid_alive "$p" "$2" && { log "PID $p ignored TERM for 30 s, killing"; kill -KILL "$p"; }
  rm -f "$1"; }

install() {
  local need=() p made=0
  for p in postgresql redis-server rabbitmq-server; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need+=("$p"); done
  ((${#need[@]})) || return 0
  # no systemd: keep the packages' init scripts from starting default instances as a side effect
  [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made=1; }
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  ((made)) && rm -f /usr/sbin/policy-rc.d; return 0; }

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { (cd / && runuser -u postgres -- "$@"); }   # postgres refuses to run as root
# postgres must be able to enter every folder above its data (a checkout under a 0700 folder, e.g. mktemp -d,
# is not): grant traverse only (o+x, not read) where it is missing, and say so.
pg_traversable() {
  local p=$1
  while [ "$p" != "/" ]; do
    if ! runuser -u postgres -- test -x "$p" 2>/dev/null; then chmod o+x "$p"; log "made $p traversable (o+x) for the postgres user"; fi
    p=$(dirname "$p")
  done; }
pg_up() {
  local d="$DATA/postgres"
  pg_traversable "$DATA"
  if [ ! -s "$d/PG_VERSION" ]; then
    mkdir -p "$d" && chown postgres:postgres "$d" && chmod 700 "$d"
    echo postgres >"$DATA/.pgpw" && chown postgres "$DATA/.pgpw"
    as_pg "$PGBIN/initdb" -D "$d" -U postgres -A scram-sha-256 --pwfile="$DATA/.pgpw" -E UTF8 --no-locale >/dev/null
    rm -f "$DATA/.pgpw"
    printf "port = $PG_PORT\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\n" >>"$d/postgresql.conf"
  fi
  running pg && { log "postgres already running"; return 0; }
  port_free "$PG_PORT"; as_pg "$PGBIN/pg_ctl" -D "$d" -l "$d/server.log" -o "-p $PG_PORT -c max_connections=300" -w -t 60 start >/dev/null || { tail -n 20 "$d/server.log" >&2; return 1; }
  log "postgres up on 127.0.0.1:$PG_PORT (PID $(head -1 "$d/postmaster.pid"))"; }
pg_down() { alive "$DATA/postgres/postmaster.pid" postgres || return 0
  as_pg "$PGBIN/pg_ctl" -D "$DATA/postgres" -m fast -w stop >/dev/null; }  # pg_ctl stops by postmaster.pid

redis_up() {
  local d="$DATA/redis"; mkdir -p "$d"
  running redis && { log "redis already running"; return 0; }
  port_free "$REDIS_PORT"; redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$d" --pidfile "$d/redis.pid" \
    --logfile "$d/redis.log" --save '' --appendonly no
  wait_ready redis_ready "$REDIS_PORT" 30 || return 1; log "redis up on 127.0.0.1:$REDIS_PORT (PID $(cat "$d/redis.pid"))"; }
redis_down() { stop_pid "$DATA/redis/redis.pid" redis-server; }

rabbit_env() { # everything project-local; node name fixed to rabbit@localhost (no dependence on hostname)
  local d="$DATA/rabbitmq"
  export HOME="$d" RABBITMQ_NODENAME=rabbit@localhost ERL_EPMD_PORT="$EPMD_PORT" ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$AMQP_PORT" RABBITMQ_DIST_PORT="$DIST_PORT" \
    RABBITMQ_MNESIA_BASE="$d/mnesia" RABBITMQ_LOG_BASE="$d/log" RABBITMQ_PID_FILE="$d/beam.pid" \
    RABBITMQ_CONFIG_FILE="$d/rabbitmq.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$d/enabled_plugins" \
    ERL_CRASH_DUMP="$d/log/erl_crash.dump" RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"; }
rabbit_up() (
  rabbit_env; local d="$DATA/rabbitmq"; mkdir -p "$d/log"
  running rabbit && { log "rabbitmq already running"; exit 0; }
  port_free "$AMQP_PORT"; port_free "$MGMT_PORT"; port_free "$DIST_PORT"
  # Erlang cookie in $HOME (= $d), owner-only, so rabbitmqctl run with the same env can reach the node
  [ -s "$d/.erlang.cookie" ] || { od -An -tx1 -N20 /dev/urandom | tr -d ' \n' >"$d/.erlang.cookie"; chmod 400 "$d/.erlang.cookie"; }
  echo '[rabbitmq_management].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
  # queue figures refreshed every second instead of every 5 (tests and the purchase bench read queue depths)
  printf 'management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = %s\ncollect_statistics_interval = 1000\n' "$MGMT_PORT" >"$RABBITMQ_CONFIG_FILE"
  # our own epmd (else erl daemonizes one on :4369 that no PID file tracks)
  alive "$d/epmd.pid" epmd || { setsid epmd -address 127.0.0.1 -port "$EPMD_PORT" </dev/null >>"$d/log/epmd.log" 2>&1 &
    echo $! >"$d/epmd.pid"; }
  # upstream script, not /usr/sbin wrapper (that one su's to user rabbitmq and logs to /var/log)
  setsid /usr/lib/rabbitmq/bin/rabbitmq-server </dev/null >>"$d/log/server.out" 2>&1 &
  echo $! >"$d/server.pid"
  # A loaded 2-core machine can take minutes to boot it: RABBIT_START_TIMEOUT seconds (default 300), less if it dies.
  local timeout=${RABBIT_START_TIMEOUT:-300}
  wait_ready amqp_ready "$AMQP_PORT" "$timeout" "$(cat "$d/server.pid")" rabbitmq-server && wait_ready port_open "$MGMT_PORT" 60 ||
    { tail -n 20 "$d/log/server.out" >&2; exit 1; }
  log "rabbitmq up on 127.0.0.1:$AMQP_PORT, management :$MGMT_PORT (PID $(cat "$d/server.pid"))"; )
rabbit_down() { local d="$DATA/rabbitmq"
  stop_pid "$d/server.pid" rabbitmq-server   # TERM -> wrapper stops the Erlang VM gracefully and waits
  stop_pid "$d/beam.pid" beam; stop_pid "$d/epmd.pid" epmd; }
rabbitctl() ( rabbit_env; exec /usr/lib/rabbitmq/bin/rabbitmqctl "$@" )
running() { case "$1" in
  pg) alive "$DATA/postgres/postmaster.pid" postgres ;;
  redis) alive "$DATA/redis/redis.pid" redis-server ;;
  rabbit) alive "$DATA/rabbitmq/server.pid" rabbitmq-server || alive "$DATA/rabbitmq/beam.pid" beam ;;
  esac; }

cmd=${1:-up}; shift || true
svcs=("$@"); ((${#svcs[@]})) || svcs=(pg redis rabbit)
case "$cmd" in
  install) install ;;
  up) install; mkdir -p "$DATA"; started=()
    # A failed start stops what this call started (and the half-started one), not what was already running.
    trap 'rc=$?; if ((rc)); then log "start failed; stopping what this call started: ${started[*]:-nothing}"
      for s in rabbit redis pg; do [[ " ${started[*]} " == *" $s "* ]] && "${s}_down"; done; fi' EXIT
    for s in "${svcs[@]}"; do running "$s" || started+=("$s"); "${s}_up"; done ;;
  down) for s in rabbit redis pg; do [[ " ${svcs[*]} " == *" $s "* ]] && "${s}_down"; done; log "stopped: ${svcs[*]}" ;;
  status) for s in pg redis rabbit; do running "$s" && echo "$s: up" || echo "$s: down"; done ;;
  ctl) rabbitctl "${svcs[@]}" ;;
  *) echo "usage: $0 install|up|down|status [pg|redis|rabbit]... | ctl ARGS" >&2; exit 2 ;;
esac
