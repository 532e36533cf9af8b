#!/usr/bin/env bash
# Load benchmark: starts the built web app on 127.0.0.1 against an existing database, waits for /health, runs
# `papergraph bench load` (50 clients, 60 s, bounded) against it and stops the server.
#   tools/load/run-load.sh DATABASE [PORT] [CONFIGURATION]
# Build first: dotnet build src/PaperGraph.Web -c Release && dotnet build src/PaperGraph.Cli -c Release
set -euo pipefail
cd "$(dirname "$0")/../.."
database=$(realpath "${1:?usage: tools/load/run-load.sh DATABASE [PORT] [CONFIGURATION]}")
port=${2:-5080}
configuration=${3:-Release}
web=src/PaperGraph.Web/bin/$configuration/net10.0/PaperGraph.Web.dll
cli=src/PaperGraph.Cli/bin/$configuration/net10.0/papergraph.dll
url=http://127.0.0.1:$port/

# The API's rate limit is off: the run measures the server, not the limiter. Production: no developer pages.
(cd src/PaperGraph.Web && exec dotnet "../../$web" --urls "$url" --environment Production \
  --PaperGraph:DatabasePath "$database" --PaperGraph:ImportSeedOnFirstStart false --PaperGraph:RateLimit:Enabled false) \
  > "${TMPDIR:-/tmp}/papergraph-load-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fsS "${url}health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "the server stopped; see ${TMPDIR:-/tmp}/papergraph-load-server.log" >&2; exit 1; }
  sleep 1
done
# Warm-up, outside the measurement: the first requests compile and fill caches.
for path in "" datasets/ImageNet "api/search?q=resnet" "api/reports-on/ImageNet?limit=20"; do curl -fsS -o /dev/null "$url$path"; done

dotnet "$cli" bench load --url "$url" --clients "${CLIENTS:-50}" --seconds "${SECONDS_OF_LOAD:-60}" --server-pid "$server" "${@:4}"
