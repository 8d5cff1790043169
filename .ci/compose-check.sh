#!/usr/bin/env bash
# CI: docker/compose.yaml is a valid Compose file, for Debian's docker-compose 1.29 as much as for
# Compose v2, and holds no password of its own. Needs no Docker engine: `config` only reads the file.
# Installs Debian's docker-compose when it is missing (CI runs as root). Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "compose-check: installing Debian's docker-compose"
  if [ "$(id -u)" -ne 0 ]; then echo "compose-check: docker-compose is missing and this is not root"; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || { echo "compose-check: apt-get update failed"; exit 1; }
  apt-get install -y -qq --no-install-recommends docker-compose >/dev/null || { echo "compose-check: apt-get install docker-compose failed"; exit 1; }
fi
echo "compose-check: $(docker-compose version --short 2>/dev/null || docker-compose --version)"

# Any variables of the caller's own must not make the check pass or fail: only what CI sets here.
unset DATABASE_URL REDIS_URL CONVENE_IMAGE CONVENE_HTTP_PORT DEMO_DATA
out=$(mktemp)
no_env=$(mktemp) # an empty --env-file: a docker/.env on this machine (a real deployment's) is not read
trap 'rm -f "$out" "$no_env"' EXIT

if ! POSTGRES_PASSWORD=ci-check SECRETS_KEY=ci-check-key docker-compose -f docker/compose.yaml --env-file "$no_env" config >"$out" 2>&1; then
  echo "compose-check: FAILED: docker-compose config rejects docker/compose.yaml"
  cat "$out"
  exit 1
fi

failed=0
expect() { # expect "what" grep-pattern: the resolved configuration must contain the pattern
  if grep -Eq -- "$2" "$out"; then echo "compose-check: ok: $1"; else echo "compose-check: FAILED: $1"; failed=1; fi
}
expect "both nodes wait for the one-shot migration" 'condition: service_completed_successfully'
expect "the nodes reach PostgreSQL with the password from the environment" 'DATABASE_URL: postgres://convene:ci-check@postgres:5432/convene'
expect "the nodes share rooms through Redis" 'REDIS_URL: redis://redis:6379'
expect "the nodes run in production" 'NODE_ENV: production'
expect "the nodes take the secrets key from the environment" 'SECRETS_KEY: ci-check-key'
expect "nginx publishes port 8080 by default" 'published: (")?8080'
expect "nginx takes docker/nginx.conf" 'docker/nginx.conf:/etc/nginx/nginx.conf'
# One build (migrate's), one tag run by migrate, api1 and api2: Compose v2 fails when services build one tag in parallel.
if [ "$(grep -c 'dockerfile: docker/Dockerfile' "$out")" -eq 1 ] && [ "$(grep -c 'image: convene:local' "$out")" -eq 3 ]; then
  echo "compose-check: ok: migrate builds docker/Dockerfile once; migrate, api1 and api2 run that image"
else
  echo "compose-check: FAILED: exactly one service must build docker/Dockerfile, and migrate, api1 and api2 must run its image"
  failed=1
fi

# No default password or key: without either (the other set), the file must refuse to resolve, naming it.
refuses_without() { # refuses_without VARIABLE
  local refusal
  refusal=$(env POSTGRES_PASSWORD=ci-check SECRETS_KEY=ci-check-key env -u "$1" \
    docker-compose -f docker/compose.yaml --env-file "$no_env" config -q 2>&1)
  if [ $? -ne 0 ] && echo "$refusal" | grep -q "set $1"; then
    echo "compose-check: ok: without $1 the file refuses to resolve"
  else
    echo "compose-check: FAILED: docker/compose.yaml does not refuse to resolve without $1 (a default value?)"
    echo "$refusal"
    failed=1
  fi
}
refuses_without POSTGRES_PASSWORD
refuses_without SECRETS_KEY

if [ "$failed" -ne 0 ]; then cat "$out"; exit 1; fi
echo "compose-check: docker/compose.yaml is valid"
