#!/usr/bin/env bash
# Benchmark of the golden-rules check on embedded PostgreSQL 17: 1,000 generated samenwerkingen,
# full evaluation (< 2 s) and re-evaluation after one change (< 20 ms). Prints the figures.
#   bench/toets.sh            (extra Maven arguments are passed on, e.g. -o)
set -euo pipefail
cd "$(dirname "$0")/.."
# Without the JaCoCo agent: the target is about the code as it runs in production, not instrumented.
./mvnw -B -ntp "$@" verify -Dbench=true -Djacoco.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ToetsBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 \
    | sed -n '/==== Toets-benchmark/,/=====*$/p; /Tests run:.*ToetsBenchmarkIT/p; /BUILD/p'
