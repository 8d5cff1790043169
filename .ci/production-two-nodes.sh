#!/usr/bin/env bash
# CI: the production build runs as it does in docker/compose.yaml, as two nodes sharing one PostgreSQL
# and one Redis, with a member on each node in the same meeting.
#
# From the repository root, after `npm run build`, with DATABASE_URL (a server where this user may
# CREATE DATABASE) and REDIS_URL set:
#   1. creates a fresh database and migrates it once with `node docker/migrate.mjs`;
#   2. starts two `NODE_ENV=production DEMO_DATA=off node apps/api/dist/main.js` on two free ports;
#   3. waits for /api/health on both, and checks each serves the web client;
#   4. runs docker/two-node-check.mjs: the chair on node 1, a member on node 2, one vote across both;
#   5. stops both nodes with SIGTERM (each must exit 0) and drops the database, whatever happened.
# Exits 0 when everything passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

say() { echo "production-two-nodes: $*"; }
: "${DATABASE_URL:?production-two-nodes: set DATABASE_URL to a PostgreSQL server where it may CREATE DATABASE}"
: "${REDIS_URL:?production-two-nodes: set REDIS_URL}"
for built in apps/api/dist/main.js apps/web/dist/index.html; do
  [ -f "$built" ] || { say "$built is missing: run \`npm run build\` first"; exit 1; }
done

work=$(mktemp -d)
db_name="convene_two_nodes_$(date +%s)_$$"
db_url=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$DATABASE_URL" "$db_name")
pids=()
status=1

# Runs SQL on the server of DATABASE_URL, in its own database (or in `postgres` when that one is missing).
admin_sql() {
  node --input-type=module -e '
    import pg from "pg";
    const [url, sql] = process.argv.slice(1);
    const run = async (target) => { const c = new pg.Client({ connectionString: target }); await c.connect(); try { await c.query(sql); } finally { await c.end(); } };
    try { await run(url); } catch (error) {
      if (error.code !== "3D000") throw error; // invalid_catalog_name: that database does not exist
      const other = new URL(url); other.pathname = "/postgres"; await run(other.toString());
    }' "$DATABASE_URL" "$1"
}

stop_nodes() { # SIGTERM to both; each must exit 0 within 30 s
  local pid code clean=0
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      say "FAILED: node (pid $pid) did not stop within 30 s of SIGTERM; killing it"
      kill -KILL "$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      clean=1
      continue
    fi
    wait "$pid" 2>/dev/null; code=$?
    [ "$code" -eq 0 ] || { say "FAILED: node (pid $pid) exited with $code after SIGTERM, not 0"; clean=1; }
  done
  pids=()
  return "$clean"
}

cleanup() {
  [ "${#pids[@]}" -gt 0 ] && { stop_nodes || status=1; }
  # WITH (FORCE) needs PostgreSQL 13; before that, end the database's sessions first.
  if admin_sql "DROP DATABASE IF EXISTS \"$db_name\" WITH (FORCE)" >/dev/null 2>&1 ||
    { admin_sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db_name' AND pid <> pg_backend_pid()" >/dev/null 2>&1;
      admin_sql "DROP DATABASE IF EXISTS \"$db_name\"" >/dev/null 2>&1; }; then
    say "dropped database $db_name"
  else
    say "could not drop database $db_name"
  fi
  rm -rf "$work"
  [ "$status" -eq 0 ] && say "passed" || say "FAILED"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
  say "FAILED: $1"
  for log in "$work"/node*.log; do [ -f "$log" ] && { echo "--- last lines of $(basename "$log")"; tail -30 "$log"; }; done
  exit 1
}

admin_sql "CREATE DATABASE \"$db_name\"" || fail "could not create database $db_name on the server of DATABASE_URL"
say "created database $db_name"

DATABASE_URL="$db_url" NODE_ENV=production node docker/migrate.mjs || fail "node docker/migrate.mjs failed on the fresh database"
say "ok: migrated the fresh database once with docker/migrate.mjs"

ports=($(node -e '
  const net = require("node:net");
  const one = () => new Promise((resolve) => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
  Promise.all([one(), one()]).then(([a, b]) => console.log(a, b));'))
[ "${#ports[@]}" -eq 2 ] && [ "${ports[0]}" != "${ports[1]}" ] || fail "could not find two free ports"

# Each node gets only what compose would give it: no variable of this shell's leaks in (OIDC_*, PUBLIC_ORIGIN…).
# Both nodes share one Redis key prefix (their rate limits count together), this run's own.
key_prefix="convene-ci-$$-$(date +%s):"
# Production requires SECRETS_KEY; both nodes must share it (one seals a secret, the other opens it).
secrets_key=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64"))')
for n in 1 2; do
  env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
    NODE_ENV=production DEMO_DATA=off HOST=127.0.0.1 PORT="${ports[$((n - 1))]}" \
    DATABASE_URL="$db_url" REDIS_URL="$REDIS_URL" REDIS_KEY_PREFIX="$key_prefix" SECRETS_KEY="$secrets_key" LOG_FORMAT=json LOG_LEVEL=log \
    node apps/api/dist/main.js >"$work/node$n.log" 2>&1 &
  pids+=($!)
done
say "started node 1 on port ${ports[0]} (pid ${pids[0]}) and node 2 on port ${ports[1]} (pid ${pids[1]})"

for n in 1 2; do
  url="http://127.0.0.1:${ports[$((n - 1))]}"
  healthy=
  for _ in $(seq 1 120); do
    kill -0 "${pids[$((n - 1))]}" 2>/dev/null || fail "node $n exited during start"
    if health=$(curl -sf --max-time 2 "$url/api/health"); then healthy=1; break; fi
    sleep 0.5
  done
  [ -n "$healthy" ] || fail "node $n did not answer /api/health within 60 s"
  echo "$health" | grep -q '"database":"up"' || fail "node $n: /api/health does not report the database up: $health"
  say "ok: node $n answers /api/health: $health"
  curl -sf --max-time 5 "$url/" | grep -q '<div id="app">' || fail "node $n does not serve the web client at /"
  say "ok: node $n serves the web client"
  grep -q 'rooms are shared across API nodes through Redis' "$work/node$n.log" || fail "node $n did not report sharing rooms through Redis"
  say "ok: node $n shares its rooms through Redis"
done

DATABASE_URL="$db_url" NODE1_URL="http://127.0.0.1:${ports[0]}" NODE2_URL="http://127.0.0.1:${ports[1]}" \
  node docker/two-node-check.mjs || fail "the two-node meeting check failed"

stop_nodes || fail "the nodes did not stop cleanly on SIGTERM"
say "ok: both nodes stopped cleanly on SIGTERM (exit 0)"
status=0
