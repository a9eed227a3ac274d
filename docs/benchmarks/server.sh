# Shared by the benchmark scripts (sourced, not run): the run command on the benchmark's own ports and data folder,
# started in the background, awaited until its banner, and stopped by its own pid with SIGTERM, which is what
# Ctrl-C does (LocalRun's shutdown hook stops Payara and GreenMail).

HTTP_PORT=${HTTP_PORT:-18080}
ADMIN_PORT=${ADMIN_PORT:-14848}
SMTP_PORT=${SMTP_PORT:-13025}
IMAP_PORT=${IMAP_PORT:-13143}
MAILAPI_PORT=${MAILAPI_PORT:-18025}
PASSWORD=${PASSWORD:-customer-demo-2026}
LOGS=$PWD/target/bench-logs
# newest_jar GROUP_PATH ARTIFACT: the newest version of a jar in the local Maven repository (the build put it there).
newest_jar() {
    find "${MAVEN_REPO:-$HOME/.m2/repository}/$1/$2" -name "$2-*.jar" ! -name '*-sources.jar' | sort -V | tail -1
}
# The drivers read the verification mail as the tests do: jakarta.mail (GreenMail's standalone jar carries it),
# waiting with Awaitility. The generators draw customer numbers as the application does (the domain's classes).
CP="order-ear/target/test-classes:order-domain/target/classes:order-ear/target/domain-lib/*"
CP="$CP:$(newest_jar com/icegreen greenmail-standalone)"
CP="$CP:$(newest_jar org/awaitility awaitility):$(newest_jar org/hamcrest hamcrest)"
SERVER_PID=
mkdir -p "$LOGS"

say() { echo "[bench $(date +%H:%M:%S)] $*"; }

# start_server DATA_DIR LOG: builds the tree (-Prun package) and runs the app; returns once the shop answers.
start_server() {
    local data=$1 log=$2
    say "starting OrderDesk on port $HTTP_PORT with data $data (log $log)"
    ./mvnw -B -o -Prun package -DskipTests -Dhttp.port="$HTTP_PORT" -Dadmin.port="$ADMIN_PORT" \
        -Dsmtp.port="$SMTP_PORT" -Dimap.port="$IMAP_PORT" -Dmailapi.port="$MAILAPI_PORT" \
        -Ddata.dir="$data" >"$log" 2>&1 &
    SERVER_PID=$!
    local waited=0
    until grep -qs "OrderDesk is running" "$log"; do  # -s: the log may not exist yet
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            SERVER_PID=
            say "the run command ended before its banner; see $log"
            return 1
        fi
        if (( waited++ > 600 )); then
            say "no banner after 10 minutes; see $log"
            stop_server
            return 1
        fi
        sleep 1
    done
    say "$(grep -o 'started in [0-9]* s' "$log")"
}

# stop_server: SIGTERM to our own Maven process only (checked by its command line), then wait for it to end.
stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    if tr '\0' ' ' <"/proc/$SERVER_PID/cmdline" 2>/dev/null | grep -q -- "-Prun.*-Dhttp.port=$HTTP_PORT"; then
        say "stopping OrderDesk (pid $SERVER_PID)"
        kill -TERM "$SERVER_PID"
        wait "$SERVER_PID" || true
    fi
    SERVER_PID=
}

# payara_pid DATA_DIR: the domain's server JVM, recognised by its domain folder (this worktree's) and its database
# (the run's data folder), so that a server of another worktree or run is never the one recorded.
payara_pid() {
    local pid domain_dir=$PWD/order-ear/target/payara6/glassfish/domains/orderdesk
    for pid in $(pgrep -f -- "$domain_dir"); do
        if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "ORDERDESK_DERBY_DATABASE=$1/derby/orderdesk"; then
            echo "$pid"
            return 0
        fi
    done
    return 1
}

trap stop_server EXIT
