#!/usr/bin/env bash
# Page speed against Eclipse Cargo Tracker (issue 12, part 4; docs/BENCHMARKS.md): one Payara domain with both
# applications, anonymous clients without cookies on Cargo Tracker's public pages and OrderDesk's product and
# catalog pages, taking turns at 1, 4 and 16 clients (PeerPages). Run it under the machine's server lock:
#
#   flock /work/server.lock docs/benchmarks/peer-pages.sh
#   CARGO_TRACKER_WAR=/tmp/cargotracker/target/cargo-tracker.war LEVELS=1,4,16 SECONDS_PER_RUN=10 ...
#
# The WAR is Cargo Tracker as built from its repository with one change: jakarta.faces.PROJECT_STAGE Production in
# its web.xml (it ships with Development); the script refuses a WAR in another stage. OrderDesk runs as the run
# command starts it (Production: ORDERDESK_FACES_STAGE is not set), on a data folder of its own (DATA). The last
# run of each page is recorded with JFR and summarised by layer (CpuByLayer). Results:
# target/bench-logs/peer-pages.md. Ports: HTTP_PORT 18380, ADMIN_PORT 18348, SMTP/IMAP/MAILAPI 18325/18343/18326.
set -euo pipefail
cd "$(dirname "$0")/../.."
export HTTP_PORT=${HTTP_PORT:-18380} ADMIN_PORT=${ADMIN_PORT:-18348} SMTP_PORT=${SMTP_PORT:-18325} \
    IMAP_PORT=${IMAP_PORT:-18343} MAILAPI_PORT=${MAILAPI_PORT:-18326}
source docs/benchmarks/server.sh

WAR=${CARGO_TRACKER_WAR:-/tmp/cargotracker/target/cargo-tracker.war}
DATA=${DATA:-$PWD/target/bench-data-peer}
RESULT=$LOGS/peer-pages.md

stage=$(unzip -p "$WAR" WEB-INF/web.xml | tr -d ' \t\r\n' \
    | grep -o 'jakarta.faces.PROJECT_STAGE</param-name><param-value>[A-Za-z]*' | sed 's/.*<param-value>//')
[[ $stage == Production ]] || { say "$WAR is in JSF stage '${stage:-?}', not Production"; exit 1; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "load average before: $load_before"
start_server "$DATA" "$LOGS/server-peer.log"

say "deploying Cargo Tracker ($WAR) at /cargo-tracker"
password_file=$(mktemp)  # mktemp: readable by its owner only
trap 'rm -f "$password_file"; stop_server' EXIT
echo "AS_ADMIN_PASSWORD=$(cat "$DATA/payara-admin-password")" >"$password_file"
asadmin() {
    order-ear/target/payara6/bin/asadmin --port "$ADMIN_PORT" --user admin --passwordfile "$password_file" "$@" \
        >>"$LOGS/server-peer.log" 2>&1
}
# Cargo Tracker's message-driven beans need the JMS broker, which the domain's server config leaves DISABLED
# (OrderDesk uses none); the broker type takes effect at a restart, which keeps the server's environment.
asadmin set configs.config.server-config.jms-service.type=EMBEDDED
asadmin restart-domain orderdesk
asadmin deploy --force=true --name cargo-tracker --contextroot /cargo-tracker "$WAR"

PAYARA_PID=$(payara_pid "$DATA") || { say "no Payara JVM found for $DATA: no JFR recording"; PAYARA_PID=; }
rm -f "$LOGS"/peer-pages-*.jfr
status=0
java -Dpeer.base="http://localhost:$HTTP_PORT" -Dpeer.levels="${LEVELS:-1,4,16}" -Dpeer.warmup="${WARM_UP:-8}" \
    -Dpeer.seconds="${SECONDS_PER_RUN:-10}" -Dpeer.rounds="${ROUNDS:-2}" -Dpeer.jfr.pid="$PAYARA_PID" \
    -Dpeer.jfr.dir="$LOGS" -cp "$CP" org.orderdesk.benchmark.PeerPages "$RESULT" | tee "$LOGS/peer-pages.log" \
    || status=$?
stop_server
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{ echo; echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after; $(nproc) cores."; } | tee -a "$RESULT"
for jfr in "$LOGS"/peer-pages-*.jfr; do
    [[ -f $jfr ]] || continue
    { echo; echo "### Server CPU by layer: $(basename "$jfr")"; echo;
      java -cp "$CP" org.orderdesk.benchmark.CpuByLayer "$jfr"; } | tee -a "$RESULT"
done
say "results in $RESULT"
exit $status
