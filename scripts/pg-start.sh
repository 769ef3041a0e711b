#!/usr/bin/env bash
# Starts a local PostgreSQL 15 for newsgraph's tests (idempotent) and prints its URL.
#   PGDATA (default /tmp/newsgraph-pg), NEWSGRAPH_PG_PORT (default 5433), NEWSGRAPH_PG_DB (default newsgraph).
set -euo pipefail

BIN=/usr/lib/postgresql/15/bin
DATA=${PGDATA:-/tmp/newsgraph-pg}
PORT=${NEWSGRAPH_PG_PORT:-5433}
DB=${NEWSGRAPH_PG_DB:-newsgraph}
URL="postgres://postgres@127.0.0.1:${PORT}/${DB}"

if [ ! -x "$BIN/initdb" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
fi

# PostgreSQL refuses to run as root: run it as the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    id postgres > /dev/null 2>&1 || useradd -r -m postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ ! -s "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && { id postgres > /dev/null 2>&1 || useradd -r -m postgres; chown postgres: "$DATA"; }
  chmod 700 "$DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 > /dev/null
fi

if ! as_pg "$BIN/pg_ctl" -D "$DATA" status > /dev/null 2>&1; then
  # The socket goes into the data dir: /var/run/postgresql may not exist or belong to another server.
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA -c fsync=off -c max_connections=200" start > /dev/null
fi

psql_() { as_pg psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }
for _ in $(seq 1 30); do psql_ -d postgres -c 'SELECT 1' > /dev/null 2>&1 && break; sleep 0.5; done
if [ -z "$(psql_ -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  psql_ -d postgres -c "CREATE DATABASE \"$DB\"" > /dev/null
fi
echo "$URL"
