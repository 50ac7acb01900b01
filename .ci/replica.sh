#!/usr/bin/env bash
# A real streaming read replica of this machine's PostgreSQL, for tests/ops/read-replica.test.ts
# (docs/decisions/020-read-replicas.md).
#
#   bash .ci/replica.sh start   # a hot standby cluster "replica_ci" on port 5433, streaming from 5432
#   bash .ci/replica.sh stop    # drops it and takes back what start added
#
# start: a new cluster (pg_createcluster), its data folder replaced by pg_basebackup -R of the
# primary, started as a hot standby. A cluster of that name left by an aborted run is dropped first.
# The primary must accept replication connections from 127.0.0.1: when it does not, start appends
# one trust line for it to the primary's pg_hba.conf (marked, and reloaded, not restarted), and
# stop takes it out again. Nothing else of the primary is changed; its data never is.
#
# Settings (defaults for CI): REPLICA_CLUSTER=replica_ci, REPLICA_PORT=5433, REPLICA_PRIMARY_PORT=5432,
# REPLICA_PG_VERSION=the first version in /etc/postgresql.
set -euo pipefail

version="${REPLICA_PG_VERSION:-$(ls /etc/postgresql | head -1)}"
name="${REPLICA_CLUSTER:-replica_ci}"
port="${REPLICA_PORT:-5433}"
primary_port="${REPLICA_PRIMARY_PORT:-5432}"
marker="# added by AccessWork's .ci/replica.sh for its test replica; its stop removes it"

if [ "$name" = "main" ] || [ "$port" = "$primary_port" ]; then
  echo "replica.sh: refusing to use cluster \"$name\" on port $port: that is the primary" >&2
  exit 2
fi

primary_sql() { psql -h 127.0.0.1 -p "$primary_port" -U postgres -d postgres -XAtqc "$1"; }

cluster_exists() { pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1 == v && $2 == n { found = 1 } END { exit !found }'; }

drop_cluster() {
  if cluster_exists; then pg_dropcluster --stop "$version" "$name"; fi
}

hba_file() { primary_sql "show hba_file" 2>/dev/null || echo "/etc/postgresql/$version/main/pg_hba.conf"; }

can_replicate() {
  psql "host=127.0.0.1 port=$primary_port user=postgres dbname=postgres replication=true" -XAtqc "IDENTIFY_SYSTEM" >/dev/null 2>&1
}

allow_replication() {
  can_replicate && return 0
  local hba
  hba="$(hba_file)"
  if ! grep -qxF "$marker" "$hba"; then
    printf '%s\nhost replication postgres 127.0.0.1/32 trust\n' "$marker" >>"$hba"
  fi
  primary_sql "select pg_reload_conf()" >/dev/null
  for _ in $(seq 1 20); do can_replicate && return 0; sleep 0.25; done
  echo "replica.sh: the primary still refuses replication connections from 127.0.0.1 (see $hba)" >&2
  return 1
}

disallow_replication() {
  local hba
  hba="$(hba_file)"
  [ -f "$hba" ] && grep -qxF "$marker" "$hba" || return 0
  # The marker line and the one line after it; the file is rewritten in place (owner and mode kept).
  local kept
  kept="$(awk -v marker="$marker" '$0 == marker { skip = 1; next } skip { skip = 0; next } { print }' "$hba")"
  printf '%s\n' "$kept" >"$hba"
  primary_sql "select pg_reload_conf()" >/dev/null 2>&1 || true
}

start() {
  drop_cluster
  if pg_isready -h 127.0.0.1 -p "$port" -q; then
    echo "replica.sh: something else already listens on port $port; set REPLICA_PORT" >&2
    exit 1
  fi
  allow_replication
  pg_createcluster --start-conf=manual -p "$port" "$version" "$name" >/dev/null
  {
    echo "$marker"
    echo "listen_addresses = '127.0.0.1'"
    echo "shared_buffers = '32MB'"
    echo "hot_standby = on"
    echo "hot_standby_feedback = on"
    # A hot standby must allow at least as much as its primary for these.
    for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
      echo "$setting = $(primary_sql "show $setting")"
    done
  } >>"/etc/postgresql/$version/$name/postgresql.conf"
  # The tests reach it as they reach the primary here: user postgres from 127.0.0.1, no password.
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"/etc/postgresql/$version/$name/pg_hba.conf"
  local datadir
  datadir="$(pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1 == v && $2 == n { print $6 }')"
  case "$datadir" in
    */"$name") ;;
    *) echo "replica.sh: unexpected data folder \"$datadir\"" >&2; exit 1 ;;
  esac
  # The new cluster's own files give way to a copy of the primary, which -R makes a standby of it
  # (standby.signal and primary_conninfo). -c fast: an immediate checkpoint, not a spread one.
  find "$datadir" -mindepth 1 -delete
  pg_basebackup -h 127.0.0.1 -p "$primary_port" -U postgres -D "$datadir" -R -X stream -c fast
  chown -R postgres:postgres "$datadir"
  chmod 700 "$datadir"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
  for _ in $(seq 1 60); do
    if [ "$(psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -XAtqc "select pg_is_in_recovery()" 2>/dev/null)" = "t" ]; then
      echo "replica.sh: hot standby \"$version $name\" on port $port, streaming from port $primary_port"
      return 0
    fi
    sleep 0.5
  done
  echo "replica.sh: the replica did not come up; its log:" >&2
  tail -n 30 "/var/log/postgresql/postgresql-$version-$name.log" >&2 || true
  exit 1
}

stop() {
  drop_cluster
  disallow_replication
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
