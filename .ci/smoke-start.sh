#!/usr/bin/env bash
# The README's first command as a newcomer runs it: a clone inside a private folder (mode 700, as root's home
# directory is on Debian and Ubuntu), `npm ci && npm start` with no DATABASE_URL (so on the embedded
# PostgreSQL, with its data in the clone's data/). Checks /api/health, /api/docs and /; a second `npm start`
# builds nothing and keeps the data; then the product survives kill -9 of itself and of its PostgreSQL, and
# stops cleanly. A bad setting stops the start with a message naming it.
set -uo pipefail
unset DATABASE_URL REDIS_URL CONVENE_DATA_DIR
source_tree=$(pwd)
private_home=$(mktemp -d)
[ "$(stat -c %a "$private_home")" = 700 ] || { echo "smoke: $private_home is not mode 700"; exit 1; }
clone="$private_home/convene"
port=3917
out=$(mktemp)
pid=

fail() { echo "smoke: $1"; tail -40 "$out"; [ -n "$pid" ] && kill -9 -- -"$pid" 2>/dev/null; exit 1; }

# start "what" command...: runs it in a process group of its own and waits for /api/health.
start() {
  local what=$1; shift
  PORT=$port setsid "$@" >>"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || fail "$what: the product exited during start"
    sleep 0.5
  done
  fail "$what: the product did not answer /api/health within 120s"
}

stop() { # stop "what": SIGTERM to the product (under npm, to the node process npm runs), a clean exit within 30 s
  local product
  product=$(pgrep -g "$pid" -f '^node apps/api/dist/main.js' | head -1)
  [ -n "$product" ] || fail "$1: no product process in the process group"
  kill -TERM "$product"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && fail "$1: SIGTERM did not stop the product within 30s"
  wait "$pid"; local status=$?
  [ "$status" -eq 0 ] || fail "$1: the product exited with $status after SIGTERM, not 0"
}

git clone -q "$source_tree" "$clone" || fail "git clone into $clone"
cd "$clone"
npm ci --no-audit --no-fund >>"$out" 2>&1 || fail "npm ci in a private folder"

bad=$(PORT=eighty node apps/api/scripts/build-when-changed.mjs >/dev/null 2>&1; PORT=eighty node apps/api/dist/main.js 2>&1); bad_status=$?
[ "$bad_status" -eq 78 ] && echo "$bad" | grep -q "PORT" || fail "a bad PORT did not stop the start with a message naming it (exit $bad_status: $bad)"

start "npm start" npm start
curl -sf "http://127.0.0.1:$port/api/health" | grep -q '"database":"up"' || fail "/api/health does not report the database up"
curl -sf "http://127.0.0.1:$port/api/docs" | grep -qi 'swagger' || fail "/api/docs does not serve the API documentation"
curl -sf "http://127.0.0.1:$port/" | grep -q '<div id="app">' || fail "/ does not serve the web client"
curl -sf "http://127.0.0.1:$port/meetings" | grep -q '<div id="app">' || fail "a deep link does not serve the web client"
grep -q "demo council loaded" "$out" || fail "the demo council was not loaded into the new database"
[ -e data/postgres/PG_VERSION ] || fail "the cluster is not reachable at data/postgres in the clone"
stop "npm start"
grep -q "stopped cleanly" "$out" || fail "no clean stop was logged"
[ -f data/postgres/postmaster.pid ] && fail "postmaster.pid left behind after a clean stop"

began=$(date +%s%N)
start "npm start again" npm start
restart_ms=$(( ($(date +%s%N) - began) / 1000000 ))
grep -q "The build is up to date with the sources: not building again." "$out" || fail "the second npm start built again what was built and unchanged"
grep -q "demo council not loaded: the database already holds records" "$out" || fail "the restart did not find the data kept"
echo "smoke: the second npm start answered /api/health after ${restart_ms} ms"
stop "npm start again"

start "start after a clean stop" node apps/api/dist/main.js
kill -9 "$pid"
wait "$pid" 2>/dev/null
start "start after kill -9 of the product (orphaned PostgreSQL)" node apps/api/dist/main.js
kill -9 -- -"$pid"
wait "$pid" 2>/dev/null
start "start after kill -9 of the product and its PostgreSQL (stale postmaster.pid)" node apps/api/dist/main.js
stop "the last start"
cluster=$(readlink -f data/postgres)
echo "smoke: from a clone in a mode-700 folder: npm ci && npm start, docs, web client, clean stop, restart without a build, recovery after kill -9 all work (cluster in $cluster)"
cd /
rm -rf "$private_home" "$out"
# As root the cluster lives outside the clone (the postgres user cannot enter it); it goes with the clone.
case "$cluster" in /var/lib/convene/clusters/*) rm -rf "$cluster" ;; esac
