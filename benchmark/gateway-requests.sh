#!/usr/bin/env bash
# What an authenticated read costs at the front door, against a running local stack (./run-local.sh --demo):
# wrk with 16 connections on the gateway's unauthenticated /actuator/health, then GET /api/partners/{id} signed in
# by session cookie, by bearer token (POST /auth/token) and by HTTP Basic; prints requests/s and p99 of each and
# its share of the unauthenticated rate. Goal: an authenticated read >= 1,000 req/s, p99 < 50 ms, >= 1/4 of health.
# Usage: benchmark/gateway-requests.sh [GATEWAY_URL]   (default http://localhost:${GATEWAY_PORT:-8080})
# Environment: USER_NAME/USER_PASSWORD (officer/officer), DURATION (20s), WARMUP (5s), CONNECTIONS (16), THREADS (2).
# Needs curl, python3 and wrk (Debian: apt-get install wrk).
set -euo pipefail

base=${1:-http://localhost:${GATEWAY_PORT:-8080}}
user=${USER_NAME:-officer}
password=${USER_PASSWORD:-officer}
duration=${DURATION:-20s}
warmup=${WARMUP:-5s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}

command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

curl -fsS -o /dev/null "$base/actuator/health" || { echo "No gateway answers at $base" >&2; exit 1; }

partner=$(curl -fsS -u "$user:$password" "$base/api/partners?size=1" \
    | python3 -c 'import json,sys; items=json.load(sys.stdin)["items"]; print(items[0]["id"] if items else "")')
[ -n "$partner" ] || { echo "No partner to read: start the stack with --demo" >&2; exit 1; }
path="/api/partners/$partner"

# the browser's sign-in: the form's CSRF token, then the post; the session cookie is what the browser keeps
csrf=$(curl -fsS -c "$work/jar" "$base/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)
curl -fsS -o /dev/null -b "$work/jar" -c "$work/jar" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/sign-in"
session=$(awk '$6 == "LIS_SESSION" {print $7}' "$work/jar")
[ -n "$session" ] || { echo "Signing in as $user did not give a session" >&2; exit 1; }

token=$(curl -fsS -X POST -u "$user:$password" "$base/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
basic=$(printf '%s:%s' "$user" "$password" | base64 -w0)

# run NAME PATH [HEADER]: one wrk run after a warm-up; prints "requests/s p99"
run() {
    local name=$1 target=$2 header=${3:-}
    local args=(-t"$threads" -c"$connections" --latency)
    [ -z "$header" ] || args+=(-H "$header")
    [ "$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$base$target")" = 200 ] \
        || { echo "$name: $target does not answer 200" >&2; exit 1; }
    wrk "${args[@]}" -d"$warmup" "$base$target" >/dev/null
    wrk "${args[@]}" -d"$duration" "$base$target" >"$work/$name.txt"
    if grep -q "Non-2xx" "$work/$name.txt"; then
        echo "$name: some answers were not 2xx:" >&2
        cat "$work/$name.txt" >&2
        exit 1
    fi
    local rate p99
    rate=$(awk '/^Requests\/sec:/ {print $2}' "$work/$name.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/$name.txt")
    echo "$rate $p99"
}

echo "Gateway $base, $connections connections, $duration per case (after $warmup warm-up), reading $path as $user"
read -r health_rate health_p99 < <(run health /actuator/health)
printf '%-34s %10s req/s  p99 %8s\n' "unauthenticated /actuator/health" "$health_rate" "$health_p99"
for case in cookie bearer basic; do
    case $case in
        cookie) header="Cookie: LIS_SESSION=$session" ;;
        bearer) header="Authorization: Bearer $token" ;;
        basic) header="Authorization: Basic $basic" ;;
    esac
    read -r rate p99 < <(run "$case" "$path" "$header")
    ratio=$(python3 -c "print(f'{$rate / $health_rate:.2f}')")
    printf '%-34s %10s req/s  p99 %8s  %s of health\n' "GET /api/partners/{id} by $case" "$rate" "$p99" "$ratio"
done
