#!/usr/bin/env bash
# Checkout under load: many logged-in customers looping product page, "Add to cart", checkout, "Place order",
# confirmation, at several concurrency levels (docs/BENCHMARKS.md, "Checkout under load").
#
#   docs/benchmarks/checkout-load.sh                          # levels 1,4,8,16,32; 10 s warm-up, 30 s measured
#   LEVELS=1,4 WARM_UP=5 MEASURE=10 docs/benchmarks/checkout-load.sh      # a short check of the driver
#
# The data folder (DATA, default target/bench-data-load) is made on the first run: the app started once to create
# the schema and seed the shop, then stopped. Before every run, with the server stopped, every product's stock is
# raised (RaiseStock): the seeded catalog would sell out. The app is then started, the driver runs, and for the
# level JFR_LEVEL (default 32, if it is among LEVELS) a Flight Recording of the server JVM covers the measured
# window; its CPU samples are summarised by layer. After the server stops, the outbox tells how long each level's
# confirmations waited before the SMTP server took them (MailDelay), and the database's own ceiling is measured on
# the run's database: as many threads as each level's customers place the same orders as a bare JDBC transaction
# for BARE seconds (BareCeiling; 5). Results: target/bench-logs/checkout-load.md.
# Ports: HTTP_PORT (18080), ADMIN_PORT, SMTP_PORT, IMAP_PORT, MAILAPI_PORT (18025); HEALTH: seconds of the
# /health/live ceiling per level (5); STOCK: units per product (1000000; a small one checks the error reports).
# After the levels, the mail catch-up (MailCatchUp; CATCH_UP=0 leaves it out): all customers order while GreenMail
# is stopped for HOLD seconds (20), then started again for CATCH_UP_SECONDS (30): the sender's own mails/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
source docs/benchmarks/server.sh

DATA=${DATA:-$PWD/target/bench-data-load}
LEVELS=${LEVELS:-1,4,8,16,32}
JFR_LEVEL=${JFR_LEVEL:-32}
RESULT=$LOGS/checkout-load.md
JFR_FILE=$LOGS/checkout-load-$JFR_LEVEL.jfr

if [[ ! -d $DATA/derby ]]; then
    start_server "$DATA" "$LOGS/server-load-seed.log"
    stop_server
elif [[ ! -f order-ear/target/test-classes/org/orderdesk/benchmark/RaiseStock.class ]]; then
    say "building the benchmark classes"
    ./mvnw -B -o -q -DskipTests package
fi
java -cp "$CP" org.orderdesk.benchmark.RaiseStock "$DATA" "${STOCK:-1000000}"

# The mail catch-up (CATCH_UP=1, the default) fails the confirmations while SMTP is down: a short back-off makes
# them due again as soon as it is back, and enough attempts keep them from being given up meanwhile.
export ORDERDESK_MAIL_FIRST_BACK_OFF=PT1S ORDERDESK_MAIL_MAX_BACK_OFF=PT2S ORDERDESK_MAIL_MAX_ATTEMPTS=1000
start_server "$DATA" "$LOGS/server-load.log"
PAYARA_PID=$(payara_pid "$DATA") || { say "no Payara JVM found for $DATA: no JFR recording"; PAYARA_PID=; }
SMTP_PID=
if [[ ${CATCH_UP:-1} == 1 ]]; then
    SMTP_PID=$(pgrep -P "$SERVER_PID" -f "greenmail.smtp.port=$SMTP_PORT") || { say "no GreenMail found: no catch-up"; SMTP_PID=; }
fi
rm -f "$JFR_FILE"
java -Dit.http.port="$HTTP_PORT" -Dit.imap.port="$IMAP_PORT" -Dload.mailapi.port="$MAILAPI_PORT" -Dload.levels="$LEVELS" \
    -Dload.warmup="${WARM_UP:-10}" -Dload.seconds="${MEASURE:-30}" -Dload.health="${HEALTH:-5}" \
    -Dload.smtp.pid="$SMTP_PID" -Dload.smtp.port="$SMTP_PORT" -Dload.catchup.hold="${HOLD:-20}" \
    -Dload.catchup.seconds="${CATCH_UP_SECONDS:-30}" \
    -Dload.jfr.pid="$PAYARA_PID" -Dload.jfr.level="$JFR_LEVEL" -Dload.jfr.file="$JFR_FILE" \
    -cp "$CP" org.orderdesk.benchmark.CheckoutLoad "$RESULT" | tee "$LOGS/checkout-load.log"
stop_server

say "confirmation delay per level (queued to accepted by the SMTP server)"
{ echo; echo "### Confirmation delay, from the outbox (queued to accepted by the SMTP server)"; echo;
  java -cp "$CP" org.orderdesk.benchmark.MailDelay "$DATA" "$LOGS/checkout-load-windows.tsv"; } | tee -a "$RESULT"

say "the database's own ceiling: the same orders as a bare JDBC transaction, ${BARE:-5} s per level"
{ echo; echo "### The database's ceiling: the level's orders as a bare JDBC transaction (BareCeiling)"; echo;
  java -cp "$CP" org.orderdesk.benchmark.BareCeiling "$DATA" "$LOGS/checkout-load-windows.tsv" "${BARE:-5}"; } \
    | tee -a "$RESULT"

if [[ -f $JFR_FILE ]]; then
    say "CPU samples by layer at $JFR_LEVEL customers ($JFR_FILE)"
    { echo; echo "### Server CPU by layer, $JFR_LEVEL customers (JFR, measured window)"; echo;
      java -cp "$CP" org.orderdesk.benchmark.CpuByLayer "$JFR_FILE"; } | tee -a "$RESULT"
fi
say "results in $RESULT"
