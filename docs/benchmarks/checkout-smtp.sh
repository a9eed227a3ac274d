#!/usr/bin/env bash
# "Place order" latency with the SMTP server running, stopped, and running again (docs/BENCHMARKS.md).
#
#   docs/benchmarks/checkout-smtp.sh [DATA_DIR]      # default target/bench-data-1000 (made by my-orders.sh 1000)
#
# One server run: N orders timed with GreenMail up; GreenMail (the run command's child process, found by parent
# pid) killed, so the application's SMTP port refuses connections; N orders timed; GreenMail started again with
# the same command line; N orders timed. The mail queue gauges from /metrics are printed after each phase.
set -euo pipefail
cd "$(dirname "$0")/../.."
source docs/benchmarks/server.sh

DATA=${1:-$PWD/target/bench-data-1000}
RESULT=$LOGS/checkout-smtp.md
MAIL_PID=

time_checkout() {
    java -Dit.http.port="$HTTP_PORT" -cp "$CP" org.orderdesk.benchmark.CheckoutTimer "$1" "$PASSWORD" \
        "${WARM_UP:-10}" "${N:-100}" | tee -a "$RESULT"
    curl -s "http://localhost:$HTTP_PORT/metrics" | grep -E "^orderdesk_mail" | tee -a "$RESULT" || true
}

stop_own_greenmail() {
    [[ -n $MAIL_PID ]] && kill -TERM "$MAIL_PID" 2>/dev/null || true
    stop_server
}
trap stop_own_greenmail EXIT

[[ -d $DATA/derby ]] || { say "no database in $DATA: run docs/benchmarks/my-orders.sh 1000 first"; exit 1; }
: >"$RESULT"
start_server "$DATA" "$LOGS/server-checkout.log"
time_checkout "SMTP up"

GREENMAIL=$(pgrep -P "$SERVER_PID" -f "greenmail.smtp.port=$SMTP_PORT")
mapfile -d '' GREENMAIL_COMMAND <"/proc/$GREENMAIL/cmdline"
say "stopping GreenMail (pid $GREENMAIL): SMTP port $SMTP_PORT now refuses connections"
kill -TERM "$GREENMAIL"
while (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null; do sleep 0.2; done
time_checkout "SMTP down"

say "starting GreenMail again"
"${GREENMAIL_COMMAND[@]}" >"$LOGS/greenmail-restarted.log" 2>&1 &
MAIL_PID=$!
until (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null; do sleep 0.2; done
time_checkout "SMTP up again"
sleep 10
curl -s "http://localhost:$HTTP_PORT/metrics" | grep -E "^orderdesk_mail" | sed 's/^/after 10 s: /' | tee -a "$RESULT" || true
say "results in $RESULT"
