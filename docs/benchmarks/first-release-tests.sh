#!/usr/bin/env bash
# The first release's tests on today's code (issue 18, item 7: "keep the same tests under 4 minutes"; results in
# docs/BENCHMARKS.md). The first release is commit 1444602 (2026-11-27, "about 13 minutes"; the issue measured
# 5:54). Its unit test classes and its integration test methods are read from that commit and run, as they are named
# today, built from scratch (every module's target/ deleted first), without the phases later issues added (upgrade,
# PostgreSQL, failover cluster):
#
#   flock /work/server.lock docs/benchmarks/first-release-tests.sh
#   BASELINE=1 flock /work/server.lock docs/benchmarks/first-release-tests.sh   # also the first release's own verify
#
# A method or class renamed since is run under its new name (RENAMED below); one that is neither found nor listed
# stops the script, so that the comparison never silently runs fewer tests. Classes have gained methods since; only
# the first release's are run. BASELINE=1 first runs `./mvnw verify` of the first release itself in a worktree under
# target/, so that both times come from the same machine on the same day. Needs the repository's history (a clone,
# not an archive). Results: target/bench-logs/first-release-tests.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
RELEASE=1444602
LOGS=$PWD/target/bench-logs
RESULT=$LOGS/first-release-tests.md
mkdir -p "$LOGS"

# Old name -> today's: classes (Class) and test methods (Class#method).
declare -A RENAMED=(
    [PickupDeskTest]=TryWindowTest
    [MailSenderIT]=SmtpClientIT
    [CheckoutBrowserIT#theReviewShowsTheChosenDeliveryMethodsPriceAtOnce]=theCheckoutShowsOnlyTheChosenDeliveryMethodsFieldsAndPriceAtOnce
    [PickupOperationsIT#fiveWrongCodesInARowPauseTheDeskEvenForTheRightCode]=tooManyCodesThatFindNothingPauseTheDeskEvenForTheRightCode
    [WebPlatformIT#aFormPostedWithAnExpiredViewGetsTheExpiredPageNotAStackTrace]=aFormPostedWithAnExpiredViewGetsTheExpiredPageWithAClientErrorAndTheSecurityHeaders
    [AccountBrowserIT#fiveWrongPasswordsLockTheAccountUntilTheLockExpires]=wrongPasswordsNeverLockTheOwnerOutOfTheirOwnBrowser
    [PasswordStorageIT#customerNumbersAreUniqueAndIncreasing]=customerNumbersAreUnique
    [PasswordStorageIT#theStoredPasswordIsAPbkdf2HashWithTheConfiguredIterations]=theStoredPasswordIsAPepperedPbkdf2HashWithTheConfiguredIterations
)

say() { echo "[first-release-tests] $*" >&2; }

release_sources() { git ls-tree -r --name-only "$RELEASE" | grep -E "/$1\.java$"; }
today_source() { git ls-files | grep -E "/$1\.java$" | head -1; }
test_methods() { grep -A2 '@Test' | grep -o 'void [A-Za-z0-9_]*' | sed 's/^void //'; }

unit_classes=()
for path in $(release_sources '[A-Za-z0-9]*Test'); do
    class=$(basename "$path" .java)
    class=${RENAMED[$class]:-$class}
    [[ -n $(today_source "$class") ]] || { say "unit test class $class is gone and not in RENAMED"; exit 1; }
    unit_classes+=("$class")
done

it_selections=()
method_count=0
for path in $(release_sources '[A-Za-z0-9]*IT'); do
    old_class=$(basename "$path" .java)
    class=${RENAMED[$old_class]:-$old_class}
    source=$(today_source "$class")
    [[ -n $source ]] || { say "test class $old_class is gone and not in RENAMED"; exit 1; }
    methods=()
    for method in $(git show "$RELEASE:$path" | test_methods); do
        today=${RENAMED[$old_class#$method]:-$method}
        grep -q "void $today(" "$source" || { say "$old_class#$method is gone and not in RENAMED"; exit 1; }
        methods+=("$today")
    done
    method_count=$((method_count + ${#methods[@]}))
    it_selections+=("$class#$(IFS=+; echo "${methods[*]}")")
done

seconds_of() {  # runs a command, its output into a log; prints its wall-clock seconds
    local log=$1; shift
    local start=$SECONDS
    "$@" >"$log" 2>&1 || { say "failed, see $log"; exit 1; }
    echo $((SECONDS - start))
}

minutes() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }

{
    echo "# The first release's tests ($(date -u +%FT%TZ), $(nproc) cores, $(git rev-parse --short HEAD))"
    echo
    echo "Unit test classes: ${#unit_classes[@]}; integration test methods: $method_count."
    echo
} >"$RESULT"

if [[ ${BASELINE:-0} == 1 ]]; then
    worktree=$PWD/target/first-release
    rm -rf "$worktree"
    git worktree prune
    git worktree add --detach "$worktree" "$RELEASE" >/dev/null 2>&1
    say "the first release's own ./mvnw verify in $worktree"
    started=$LOGS/first-release-own.started
    touch "$started"
    baseline=$(cd "$worktree" && seconds_of "$LOGS/first-release-own.log" ./mvnw -B verify)
    git worktree remove --force "$worktree"
    # The first release's browsers left their profiles in /tmp (item 7 made today's delete theirs).
    find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'orderdesk-chromium*' -newer "$started" -exec rm -rf {} +
    echo "- the first release's own \`./mvnw verify\`: $(minutes "$baseline") ($baseline s)" >>"$RESULT"
fi

say "today's code: ${#unit_classes[@]} unit test classes, $method_count integration test methods"
# The modules' build folders, not the clean phase: that would delete this script's results under the root's target/.
rm -rf order-*/target
today=$(seconds_of "$LOGS/first-release-tests.log" ./mvnw -B verify \
    -Dtest="$(IFS=,; echo "${unit_classes[*]}")" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test="$(IFS=,; echo "${it_selections[*]}")" -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dit.upgrade.skip=true -Dit.postgres.skip=true -Dit.cluster.skip=true)
# Each module's summary line; a test skipped (by an assumption) is not counted as run.
ran=$(grep -E 'Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: [0-9]+$' "$LOGS/first-release-tests.log" \
    | sed -E 's/.*Tests run: ([0-9]+),.*Skipped: ([0-9]+)$/\1-\2/' | paste -sd+ | bc)
echo "- the same tests on today's code, built from scratch: $(minutes "$today") ($today s; $ran tests ran)" \
    >>"$RESULT"
cat "$RESULT"
