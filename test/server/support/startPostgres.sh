#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server suite: initdb in a temp dir, listening only on a free
# loopback port, trust auth, no fsync. PostgreSQL refuses to run as root, so as root it runs as the
# `postgres` user (created when missing).
#
# Sourced (what .ci/run does):   source test/server/support/startPostgres.sh   # exports POSTGRES_URL, defines stop_postgres
#                                TEST_DATABASE_URL="$POSTGRES_URL" npx vitest run --project server; stop_postgres
# Run:                           eval "$(bash test/server/support/startPostgres.sh)"   # prints the exports
#                                bash test/server/support/startPostgres.sh --stop "$POSTGRES_DIR"
# PG_BIN may name the directory of initdb and pg_ctl; otherwise the newest /usr/lib/postgresql/*/bin.

_pusterom_pg_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return; fi
  local found=""
  for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && found="$candidate"; done
  if [ -z "$found" ] && command -v initdb >/dev/null; then found="$(dirname "$(command -v initdb)")"; fi
  [ -n "$found" ] || { echo "startPostgres: no initdb found; install Debian's postgresql package" >&2; return 1; }
  echo "$found"
}

_pusterom_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

_pusterom_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_postgres() {
  local bin dir port
  bin="$(_pusterom_pg_bin)" || return 1
  dir="$(mktemp -d -t pusterom-pg.XXXXXX)" || return 1
  [ "$(id -u)" = 0 ] && { id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres; chown postgres "$dir"; }
  chmod 700 "$dir"
  port="$(_pusterom_free_port)" || return 1
  _pusterom_pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  _pusterom_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  POSTGRES_DIR="$dir"
  POSTGRES_BIN="$bin"
  POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
  export POSTGRES_DIR POSTGRES_BIN POSTGRES_URL
}

stop_postgres() {
  local dir="${1:-${POSTGRES_DIR:-}}" bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || return 0
  bin="${POSTGRES_BIN:-$(_pusterom_pg_bin)}"
  _pusterom_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  if [ "${1:-}" = "--stop" ]; then stop_postgres "${2:?the POSTGRES_DIR to stop}"; exit 0; fi
  start_postgres
  printf 'export POSTGRES_URL=%q POSTGRES_DIR=%q POSTGRES_BIN=%q\n' "$POSTGRES_URL" "$POSTGRES_DIR" "$POSTGRES_BIN"
  printf '# stop with: bash %q --stop "$POSTGRES_DIR"\n' "$0"
else
  start_postgres || return 1
fi
