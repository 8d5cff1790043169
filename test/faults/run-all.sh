#!/usr/bin/env bash
# The fault scripts, one after another: kill -9 of the API during 1,000 votes, PostgreSQL restarted during a
# meeting, Redis restarted under two API nodes. Each prints PASS/FAIL lines, cleans up its own processes and
# temporary folders, and stops itself at its time limit. Needs `npm run build` first; DATABASE_URL (a server where
# it may CREATE DATABASE) is used for the scratch databases when set, a private PostgreSQL otherwise. The
# machine's PostgreSQL and Redis are never stopped: the outages are of private servers on free ports.
# Exits 0 when every script passed.
set -uo pipefail
cd "$(dirname "$0")/../.."

[ -f apps/api/dist/main.js ] || { echo "faults: apps/api/dist/main.js is missing: run \`npm run build\` first"; exit 1; }
command -v redis-server >/dev/null || { echo "faults: redis-server is not installed"; exit 1; }

failed=()
for script in kill-during-votes postgres-restart redis-restart; do
  echo "faults: --- $script"
  started=$SECONDS
  # A last resort past each script's own time limit.
  if timeout --kill-after=10 120 node "test/faults/$script.mjs"; then
    echo "faults: PASS $script ($((SECONDS - started)) s)"
  else
    echo "faults: FAIL $script ($((SECONDS - started)) s)"
    failed+=("$script")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "faults: FAIL: ${failed[*]}"
  exit 1
fi
echo "faults: PASS: all 3 fault scripts"
