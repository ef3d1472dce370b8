#!/usr/bin/env bash
# A local PostgreSQL cluster in a folder, for development (./run.sh) and tests (./test.sh). No Docker needed.
#
#   db/local-postgres.sh start <data-dir> <port>   create the cluster on first use, then start it (idempotent)
#   db/local-postgres.sh stop <data-dir>           stop it (data stays)
#   db/local-postgres.sh createdb <port> <name>    create a database unless it exists
#   db/local-postgres.sh free-port                 print a free TCP port on 127.0.0.1
#
# Works as root (the server runs as the 'postgres' user, which initdb and postgres require) and as a normal user.
# Installs Debian's 'postgresql' package when the server binaries are missing and we may (root, or passwordless
# sudo), unless GD_NO_INSTALL=1. The superuser is always 'postgres' with trust authentication on 127.0.0.1 only.
set -euo pipefail

die() { echo "local-postgres: $*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi; }

bin_dir() {
  local d
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v pg_ctl)")"; return; fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  [ "${GD_NO_INSTALL:-0}" = 1 ] && die "PostgreSQL server binaries not found and GD_NO_INSTALL=1. Install 'postgresql' or set ConnectionStrings__Governance."
  echo "local-postgres: PostgreSQL not found; installing Debian package 'postgresql'..." >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 \
    || die "could not install PostgreSQL (need root or passwordless sudo). Install it, or set ConnectionStrings__Governance."
  d=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  echo "$d"
}

# Runs a server binary as the cluster owner: 'postgres' when we are root, ourselves otherwise.
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

is_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd_free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( (RANDOM % 20000) + 30000 ))
    if is_port_free "$p"; then echo "$p"; return; fi
  done
  die "no free port found"
}

cmd_start() {
  local dir=${1:?data dir} port=${2:?port} bin
  bin=$(bin_dir)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres: "$dir"
    runuser -u postgres -- test -w "$dir" || die "user 'postgres' cannot reach $dir (a parent folder is not traversable); move the repository or set ConnectionStrings__Governance."
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    run_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  fi
  if run_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    return 0
  fi
  is_port_free "$port" || die "port $port is in use; pick another with GD_PG_PORT=<port>"
  run_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${GD_PG_FSYNC:-on}" start >/dev/null \
    || { tail -n 30 "$dir/server.log" >&2; die "PostgreSQL did not start"; }
}

cmd_stop() {
  local dir=${1:?data dir} bin
  [ -f "$dir/data/PG_VERSION" ] || return 0
  bin=$(bin_dir)
  if run_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    run_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
  fi
}

cmd_createdb() {
  local port=${1:?port} name=${2:?name} bin
  bin=$(bin_dir)
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
  fi
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  createdb) shift; cmd_createdb "$@" ;;
  free-port) cmd_free_port ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
