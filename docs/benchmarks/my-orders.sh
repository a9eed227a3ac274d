#!/usr/bin/env bash
# My orders and order page times at a given database size (docs/BENCHMARKS.md).
#
#   docs/benchmarks/my-orders.sh TOTAL_ORDERS [DEMO_ORDERS] [ORDERS_PER_CUSTOMER]
#   docs/benchmarks/my-orders.sh 1000          # the demo customer's 1,000 orders and nothing else
#   docs/benchmarks/my-orders.sh 1000000       # the same 1,000 plus 999,000 for 99,900 other customers
#
# Runs from the project folder: a fresh data folder target/bench-data-TOTAL; the app started once to create the
# schema and seed the shop, stopped; the generator; the query plans (server stopped: embedded Derby); the app
# started again and timed over HTTP; stopped. Logs and results go to target/bench-logs/.
# REUSE=1 times an existing target/bench-data-TOTAL again without regenerating it.
# Ports: HTTP_PORT (18080), ADMIN_PORT, SMTP_PORT, IMAP_PORT, MAILAPI_PORT; timing: WARM_UP (50), N (200).
set -euo pipefail
cd "$(dirname "$0")/../.."
source docs/benchmarks/server.sh

TOTAL=${1:?usage: my-orders.sh TOTAL_ORDERS [DEMO_ORDERS] [ORDERS_PER_CUSTOMER]}
DEMO=${2:-1000}
PER_CUSTOMER=${3:-10}
DATA=$PWD/target/bench-data-$TOTAL
RESULT=$LOGS/my-orders-$TOTAL.md

if [[ ${REUSE:-0} == 1 && -d $DATA/derby ]]; then
    say "REUSE=1: timing the database already in $DATA"
else
    rm -rf "$DATA"
    start_server "$DATA" "$LOGS/server-$TOTAL-seed.log"
    stop_server
    say "generating $TOTAL orders ($DEMO for the demo customer)"
    java -Xmx2g -cp "$CP" org.orderdesk.benchmark.OrderDataGenerator "$DATA" "$TOTAL" "$DEMO" "$PER_CUSTOMER" \
        | tee "$LOGS/generator-$TOTAL.log"
fi
du -sh "$DATA/derby" | tee -a "$LOGS/generator-$TOTAL.log"

say "query plans (server stopped)"
java -cp "$CP" org.orderdesk.benchmark.DatabaseCheck "$DATA" >"$LOGS/plans-$TOTAL.txt"
grep -E "^== |Index Scan|Table Scan|Index Key Opt|using index|Rows seen|Number of rows" "$LOGS/plans-$TOTAL.txt" \
    >"$LOGS/plans-$TOTAL-summary.txt" || true

start_server "$DATA" "$LOGS/server-$TOTAL-timed.log"
say "timing pages"
java -Dit.http.port="$HTTP_PORT" -cp "$CP" org.orderdesk.benchmark.PageTimer "$PASSWORD" "${WARM_UP:-50}" \
    "${N:-200}" | tee "$RESULT"
stop_server
say "results in $RESULT, plans in $LOGS/plans-$TOTAL.txt"
