#!/usr/bin/env bash
# Starts the built product as `npm start` does, with no DATABASE_URL (so on the embedded PostgreSQL),
# checks /api/health, /api/docs and /, restarts it to see the data kept, survives a kill -9, and stops it cleanly.
set -uo pipefail
unset DATABASE_URL REDIS_URL
data_dir=$(mktemp -d)
chmod 755 "$data_dir"
port=3917
out=$(mktemp)
pid=

start() {
  CONVENE_DATA_DIR="$data_dir" PORT=$port setsid node apps/api/dist/main.js >>"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the product exited during start"; tail -40 "$out"; return 1; }
    sleep 0.5
  done
  echo "the product did not answer /api/health within 120s"; tail -40 "$out"; return 1
}
fail() { echo "smoke: $1"; tail -40 "$out"; kill -9 -- -"$pid" 2>/dev/null; exit 1; }

bad=$(PORT=eighty node apps/api/dist/main.js 2>&1); bad_status=$?
[ "$bad_status" -eq 78 ] && echo "$bad" | grep -q "PORT" || fail "a bad PORT did not stop the start with a message naming it (exit $bad_status: $bad)"

start || fail "first start"
curl -sf "http://127.0.0.1:$port/api/health" | grep -q '"database":"up"' || fail "/api/health does not report the database up"
curl -sf "http://127.0.0.1:$port/api/docs" | grep -qi 'swagger' || fail "/api/docs does not serve the API documentation"
curl -sf "http://127.0.0.1:$port/" | grep -q '<div id="app">' || fail "/ does not serve the web client"
curl -sf "http://127.0.0.1:$port/meetings" | grep -q '<div id="app">' || fail "a deep link does not serve the web client"
grep -q "demo council loaded" "$out" || fail "the demo council was not loaded into the new database"

kill -TERM "$pid"
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -0 "$pid" 2>/dev/null && fail "SIGTERM did not stop the product within 30s"
wait "$pid"; status=$?
[ "$status" -eq 0 ] || fail "the product exited with $status after SIGTERM, not 0"
grep -q "stopped cleanly" "$out" || fail "no clean stop was logged"
[ -f "$data_dir/postgres/postmaster.pid" ] && fail "postmaster.pid left behind after a clean stop"

start || fail "restart after a clean stop"
grep -q "demo council not loaded: the database already holds records" "$out" || fail "the restart did not find the data kept"
kill -9 "$pid"
wait "$pid" 2>/dev/null
start || fail "start after kill -9 of the product (orphaned PostgreSQL)"
kill -9 -- -"$pid"
wait "$pid" 2>/dev/null
start || fail "start after kill -9 of the product and its PostgreSQL (stale postmaster.pid)"
kill -TERM "$pid"; wait "$pid"
echo "smoke: start, docs, web client, clean stop, restart and recovery after kill -9 all work"
rm -rf "$data_dir" "$out"
