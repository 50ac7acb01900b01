#!/usr/bin/env bash
# Starts the portal exactly as the README's quick start does (`npm start`), on a fresh embedded
# database, checks that / answers 200 with real openings, then stops it with SIGTERM and checks that
# it drains (/healthz 503, pages still served) and exits cleanly within 10 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
port=3210
dir=".data/smoke-$$"
rm -rf "$dir"
log=$(mktemp)
PORT=$port PGLITE_DIR="$dir" setsid npm start >"$log" 2>&1 &
pid=$!
fail() { echo "smoke: $*"; echo "--- server output ---"; cat "$log"; kill -TERM -- "-$pid" 2>/dev/null || true; exit 1; }

for _ in $(seq 1 180); do
  grep -q "AccessWork is running at http://localhost:$port" "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "server exited before it was ready"
  sleep 1
done
grep -q "AccessWork is running" "$log" || fail "server not ready after 180 s"

status=$(curl -s -o /tmp/smoke-home.html -w '%{http_code}' "http://127.0.0.1:$port/")
[ "$status" = 200 ] || fail "GET / answered $status"
links=$(grep -ao 'href="/openings/[0-9]\+"' /tmp/smoke-home.html | sort -u | wc -l)
[ "$links" -ge 3 ] || fail "home page lists $links openings, expected at least 3"
grep -aq '<html lang="zh-CN"' /tmp/smoke-home.html || fail "home page is not in zh-CN by default"
# npm start is the demo (DEMO_MODE=true unless set), and says so at the top of every page.
grep -aq 'site-header__demo' /tmp/smoke-home.html || fail "home page has no demo banner"
demo_inbox=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/dev/outbox")
[ "$demo_inbox" = 200 ] || fail "GET /dev/outbox answered $demo_inbox in the demo"
echo "smoke: GET / -> 200 with $links openings"

# SIGTERM the whole process group, as a container runtime or systemd would. With the default
# drain (SHUTDOWN_DRAIN_SECONDS=5) it keeps serving, /healthz says "draining" so a load balancer
# stops sending, and it still exits within 10 s.
t0=$(date +%s%N)
kill -TERM -- "-$pid"
sleep 0.5
health=$(curl -s -w ' %{http_code}' "http://127.0.0.1:$port/healthz" || true)
[ "$health" = "draining 503" ] || fail "GET /healthz during the drain answered '$health', expected 'draining 503'"
page=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
[ "$page" = 200 ] || fail "GET / during the drain answered $page"
for _ in $(seq 1 100); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 -- "-$pid" 2>/dev/null && fail "server still running 10 s after SIGTERM"
echo "smoke: stopped $(( ($(date +%s%N) - t0) / 1000000 )) ms after SIGTERM ($(grep -o "Stopped cleanly in [0-9.]* s" "$log"))"
grep -q "Stopped cleanly" "$log" || fail "server did not report a clean stop"
wait "$pid" 2>/dev/null || true
rm -rf "$dir" "$log"
