#!/usr/bin/env bash
# Checkout through haproxy on the local cluster (docs/BENCHMARKS.md, "A cluster on one machine"): the cluster
# command (./mvnw -Pcluster package) with 2 instances, CheckoutLoad against haproxy's port, then one instance
# stopped (haproxy's health check takes it out) and the same load again on the other. Around each measured run:
# the CPU time of the instances, the DAS and PostgreSQL (from /proc, so their share of the machine), PostgreSQL's
# sessions waiting on a lock (pg_stat_activity, sampled every second), and each process's resident memory.
#
#   docs/benchmarks/cluster-load.sh                        # 16 customers; 10 s warm-up, 30 s measured
#   BASE=19000 LEVELS=4 MEASURE=10 docs/benchmarks/cluster-load.sh
#
# Needs what the cluster command needs (haproxy, PostgreSQL's programs, psql) and a built tree (test classes).
# Results: target/bench-logs/cluster-load-{2,1}.md and cluster-load.txt (CPU, locks, memory).
set -euo pipefail
cd "$(dirname "$0")/../.."

BASE=${BASE:-19000}
LEVELS=${LEVELS:-16}
DATA=${DATA:-$PWD/target/bench-data-cluster}
LOGS=$PWD/target/bench-logs
OUT=$LOGS/cluster-load.txt
PSQL=${PSQL:-$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)}
CP="order-ear/target/test-classes:order-ear/target/domain-lib/*"
for jar in com/icegreen/greenmail-standalone org/awaitility/awaitility org/hamcrest/hamcrest; do
    CP="$CP:$(find "$HOME/.m2/repository/$jar" -name "$(basename "$jar")-*.jar" ! -name '*-sources.jar' | sort -V | tail -1)"
done
mkdir -p "$LOGS"
say() { echo "[cluster-bench $(date +%H:%M:%S)] $*" | tee -a "$OUT"; }
# The cluster's PostgreSQL takes only its client certificate over TLS (TestPostgres), kept beside its folder.
CLIENT=$DATA/postgres-client
sql() {
    PGSSLMODE=verify-full PGSSLROOTCERT=$CLIENT/root.crt PGSSLCERT=$CLIENT/client.crt PGSSLKEY=$CLIENT/client.key \
        "$PSQL" -h 127.0.0.1 -p $((BASE + 32)) -U orderdesk -d orderdesk -Atc "$1"
}

CLUSTER_PID=
stop_cluster() {
    [[ -n $CLUSTER_PID ]] || return 0
    say "stopping the cluster (Maven pid $CLUSTER_PID)"
    kill -TERM "$CLUSTER_PID" 2>/dev/null || true
    wait "$CLUSTER_PID" || true
    CLUSTER_PID=
}
trap stop_cluster EXIT

: >"$OUT"
say "starting the cluster (ports from $BASE, data in $DATA)"
./mvnw -B -o -Pcluster package -DskipTests -Dcluster.portbase="$BASE" -Dcluster.data.dir="$DATA" \
    >"$LOGS/cluster-run.log" 2>&1 &
CLUSTER_PID=$!
until grep -qs "OrderDesk cluster is running" "$LOGS/cluster-run.log"; do
    kill -0 "$CLUSTER_PID" 2>/dev/null || { say "the cluster command ended; see $LOGS/cluster-run.log"; exit 1; }
    sleep 2
done
say "$(grep -o 'started in [0-9]* s' "$LOGS/cluster-run.log")"
sql "update product set stock = 1000000" >/dev/null

NODE=order-ear/target/payara6/glassfish/nodes/localhost-orderdesk-cluster
instance_pid() { cat "$NODE/instance-$1/config/pid"; }
DAS_PID=$(cat order-ear/target/payara6/glassfish/domains/orderdesk-cluster/config/pid)
PG_MAIN=$(sql "select setting from pg_settings where name = 'data_directory'")/postmaster.pid
PG_PID=$(head -1 "$PG_MAIN")
pg_pids() { echo "$PG_PID" $(pgrep -P "$PG_PID"); }
# cpu_ticks PID...: user + system clock ticks of the processes (exited ones count nothing).
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo $total
}
rss_mib() { awk '/VmRSS/ {s += $2} END {printf "%d", s / 1024}' $(printf '/proc/%s/status ' "$@") 2>/dev/null; }
memory() {
    local line="resident MiB:" i
    for i in "$@"; do line="$line instance-$i $(rss_mib "$(instance_pid "$i")"),"; done
    say "$line DAS $(rss_mib "$DAS_PID"), PostgreSQL (all its processes) $(rss_mib $(pg_pids))"
}

# measure N: the load with N instances serving; CPU shares and lock waits over the whole run.
measure() {
    local n=$1 instances="${*:2}" hz wall0 wall1 waits=$LOGS/cluster-locks-$1.txt i
    hz=$(getconf CLK_TCK)
    local -A before
    for i in $instances; do before[$i]=$(cpu_ticks "$(instance_pid "$i")"); done
    local das0 pg0
    das0=$(cpu_ticks "$DAS_PID"); pg0=$(cpu_ticks $(pg_pids)); wall0=$(date +%s.%N)
    ( while sleep 1; do sql "select count(*) filter (where wait_event_type = 'Lock'),
          count(*) filter (where state = 'active') from pg_stat_activity where backend_type = 'client backend'"; done
    ) >"$waits" 2>/dev/null &
    local sampler=$!
    java -Dit.http.port=$((BASE + 80)) -Dit.imap.port=$((BASE + 43)) -Dload.mailapi.port=$((BASE + 26)) \
        -Dload.levels="$LEVELS" -Dload.warmup="${WARM_UP:-10}" -Dload.seconds="${MEASURE:-30}" \
        -Dload.health="${HEALTH:-5}" -cp "$CP" org.orderdesk.benchmark.CheckoutLoad "$LOGS/cluster-load-$n.md" \
        | tee "$LOGS/cluster-load-$n.log"
    kill "$sampler"
    wall1=$(date +%s.%N)
    local line="$n instance(s), CPU share of one core over the run ($(printf '%.0f' "$(echo "$wall1 - $wall0" | bc)") s):"
    for i in $instances; do
        line="$line instance-$i $(echo "scale=2; ($(cpu_ticks "$(instance_pid "$i")") - ${before[$i]}) / $hz / ($wall1 - $wall0)" | bc),"
    done
    say "$line DAS $(echo "scale=2; ($(cpu_ticks "$DAS_PID") - $das0) / $hz / ($wall1 - $wall0)" | bc), PostgreSQL $(echo "scale=2; ($(cpu_ticks $(pg_pids)) - $pg0) / $hz / ($wall1 - $wall0)" | bc)"
    say "$n instance(s), PostgreSQL sessions waiting on a lock, per 1 s sample (waiting/active): max $(cut -d'|' -f1 "$waits" | sort -n | tail -1), mean $(awk -F'|' '{w += $1; a += $2} END {printf "%.2f/%.2f", w / NR, a / NR}' "$waits")"
    grep -E '^\| *[0-9]+ *\|' "$LOGS/cluster-load-$n.md" | head -10 | tee -a "$OUT"
    memory $instances
}

memory 1 2
measure 2 1 2
say "stopping instance-2 (SIGTERM); haproxy's health check takes it out"
STOPPED=$(instance_pid 2)
kill -TERM "$STOPPED"
while kill -0 "$STOPPED" 2>/dev/null; do sleep 1; done
measure 1 1
say "results: $OUT, $LOGS/cluster-load-2.md, $LOGS/cluster-load-1.md"
