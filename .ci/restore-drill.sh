#!/usr/bin/env bash
# Restore drill (docs/operations.md, "Backups and restore"): the backup procedure, tried end to end.
# Seeds a fresh PostgreSQL database by starting the portal on it in demo mode, stops it, backs it up
# with pg_dump -Fc (and the stored-file folder, when files are kept on disk), restores the dump into
# another fresh database with pg_restore, starts the portal on the copy as a deployment would
# (DEMO_MODE=false, so nothing is seeded again), checks /healthz and real pages, and compares what
# both databases hold. Fails if a count differs or is zero where the demo has some. Drops both
# databases at the end, whatever happens. Needs PostgreSQL on 127.0.0.1:5432 (PGHOST/PGPORT/PGUSER
# change that) and the production build (built here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
started=$(date +%s)
source_db="accesswork_drill_src_$(date +%s)_$$"
restored_db="accesswork_drill_dst_$(date +%s)_$$"
work=$(mktemp -d)
server_pid=""

cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid" 2>/dev/null || true; fi
  dropdb --if-exists --force "$source_db" >/dev/null 2>&1 || true
  dropdb --if-exists --force "$restored_db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "restore drill: FAILED: $*"; [ -f "$work/server.log" ] && { echo "--- server output ---"; cat "$work/server.log"; }; exit 1; }

[ -f build/index.js ] || npm run build >/dev/null

# Starts the portal in the background on port $1 with the rest of the arguments as its environment.
start_portal() {
  local port=$1; shift
  : >"$work/server.log"
  env -i PATH="$PATH" NODE_ENV=production HOST=127.0.0.1 PORT="$port" SHUTDOWN_DRAIN_SECONDS=0 "$@" \
    node build/index.js >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ] && return 0
    kill -0 "$server_pid" 2>/dev/null || fail "the portal stopped before it was ready"
    sleep 0.5
  done
  fail "the portal was not ready after 60 s"
}

stop_portal() {
  kill -TERM "$server_pid"
  wait "$server_pid" || fail "the portal did not stop cleanly"
  grep -q "Stopped cleanly" "$work/server.log" || fail "the portal did not report a clean stop"
  server_pid=""
}

# What must survive: the counts the issue names, plus the bytes of the stored files.
counts() {
  psql -d "$1" -XAtq -F ' ' -c "
    select 'openings', count(*) from opening
    union all select 'published_openings', count(*) from opening where status = 'published'
    union all select 'applications', count(*) from application
    union all select 'certificates', count(*) from certificate
    union all select 'stored_files', count(*) from stored_file
    union all select 'stored_file_bytes', coalesce(sum(byte_size), 0) from stored_file
    union all select 'stored_bytes_in_database', coalesce(sum(octet_length(data)), 0) from stored_file
    union all select 'stored_files_on_disk', count(*) from stored_file where backend = 'disk'
    union all select 'accounts', count(*) from app_user
    union all select 'passports', count(*) from accommodation_passport"
}

port=$(( 3600 + $$ % 300 ))
echo "restore drill: seeding $source_db (the portal in demo mode)"
createdb "$source_db"
files_dir="$work/files-source"
start_portal "$port" DATABASE_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$source_db" DEMO_MODE=true FILE_STORAGE_DIR="$files_dir"
grep -q "seeded demo data" "$work/server.log" || fail "the demo data was not seeded"
stop_portal

echo "restore drill: backing up (pg_dump -Fc, and the stored-file folder)"
counts "$source_db" >"$work/before.txt"
pg_dump -Fc -d "$source_db" -f "$work/accesswork.dump"
# Files kept on disk (FILE_STORAGE=disk) are backed up beside the dump; the demo keeps them in the database.
mkdir -p "$files_dir" && tar -C "$files_dir" -cf "$work/files.tar" .
echo "restore drill: dump $(du -h "$work/accesswork.dump" | cut -f1), $(wc -l <"$work/before.txt") figures"

echo "restore drill: restoring into $restored_db (pg_restore)"
createdb "$restored_db"
pg_restore --exit-on-error --no-owner -d "$restored_db" "$work/accesswork.dump"
mkdir -p "$work/files-restored" && tar -C "$work/files-restored" -xf "$work/files.tar"
counts "$restored_db" >"$work/after.txt"
# Every file kept on disk must be in the restored folder (path: first two characters of the key, then the key).
for key in $(psql -d "$restored_db" -XAtq -c "select storage_key from stored_file where backend = 'disk'"); do
  [ -f "$work/files-restored/${key:0:2}/$key" ] || fail "stored file $key is missing from the restored folder"
done

echo "restore drill: starting the portal on the copy as a deployment (DEMO_MODE=false)"
start_portal "$port" DATABASE_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$restored_db" DEMO_MODE=false \
  PUBLIC_URL="http://127.0.0.1:$port" PASSPORT_KEY="$(openssl rand -base64 32)" CONTACT_EMAIL=help@example.org JOBS_ENABLED=false \
  FILE_STORAGE_DIR="$work/files-restored"
grep -q "seeded demo data" "$work/server.log" && fail "the restored portal seeded demo data"
home=$(curl -s -w '\n%{http_code}' "http://127.0.0.1:$port/")
[ "$(tail -1 <<<"$home")" = 200 ] || fail "GET / on the restored portal answered $(tail -1 <<<"$home")"
opening=$(grep -ao 'href="/openings/[0-9]\+"' <<<"$home" | head -1 | cut -d'"' -f2)
[ -n "$opening" ] || fail "the restored home page lists no openings"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$opening")" = 200 ] || fail "GET $opening on the restored portal did not answer 200"
certificate=$(psql -d "$restored_db" -XAtq -c "select number from certificate where status = 'valid' limit 1")
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/certificates/$certificate")" = 200 ] || fail "GET /certificates/$certificate on the restored portal did not answer 200"
stop_portal
counts "$restored_db" >"$work/after-start.txt"

echo
printf '%-26s %10s %10s\n' "" "source" "restored"
status=0
while read -r name before; do
  after=$(awk -v n="$name" '$1 == n { print $2 }' "$work/after.txt")
  after_start=$(awk -v n="$name" '$1 == n { print $2 }' "$work/after-start.txt")
  mark=""
  [ "$before" = "$after" ] || { mark="  DIFFERS"; status=1; }
  [ "$after" = "$after_start" ] || { mark="  CHANGED when the portal started ($after_start)"; status=1; }
  case "$name" in
    stored_files_on_disk) ;;  # the demo keeps its files in the database
    *) [ "$before" -gt 0 ] || { mark="  ZERO"; status=1; } ;;
  esac
  printf '%-26s %10s %10s%s\n' "$name" "$before" "$after" "$mark"
done <"$work/before.txt"
echo
[ "$status" = 0 ] || fail "the restored database differs from the backup"
echo "restore drill: passed in $(( $(date +%s) - started )) s (dump, restore, start, pages, counts)"
