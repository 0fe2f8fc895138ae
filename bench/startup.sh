#!/usr/bin/env bash
# Start-up benchmark: time to /actuator/health UP and to the first page, RSS after 200 requests.
#   bench/startup.sh [--no-build] [--runs N] [--port P]      (extra JVM flags via JAVA_OPTS)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BOUWEN=1 RUNS=1 POORT=18090
while [[ $# -gt 0 ]]; do
    case $1 in
        --no-build) BOUWEN=0 ;;
        --runs) RUNS=$2; shift ;;
        --port) POORT=$2; shift ;;
        *) echo "gebruik: $0 [--no-build] [--runs N] [--port P]" >&2; exit 2 ;;
    esac
    shift
done

DOEL_PAGINA=6    # seconds from launch to the first page
DOEL_RSS=400     # MB after 200 requests
PAGINAS=(/ /gemeenten /samenwerkingen /inloggen /api/v1/openapi.json /actuator/health)

[[ $BOUWEN -eq 1 ]] && bouw
[[ -f $JAR ]] || { echo "$JAR ontbreekt; draai zonder --no-build" >&2; exit 1; }
voorbereiden
mkdir -p "$OUT"
WERK=
trap 'stop_app; [[ -n $WERK ]] && rm -rf "$WERK"' EXIT

BASIS="http://127.0.0.1:$POORT"
RESULTATEN=()
for ((run = 1; run <= RUNS; run++)); do
    WERK=$(mktemp -d /tmp/samenspel-bench.XXXXXX)
    read -r m_busy0 m_tot0 < <(machine_jiffies)
    start_app "$POORT"
    # The first page answers as soon as Tomcat runs; health says UP only once the start-up runners
    # (reference data, demo) are done and the app reports itself ready.
    wacht_op "$BASIS/inloggen" 180
    t_pagina=$(since "$APP_START")
    wacht_op "$BASIS/actuator/health" 180 '"UP"'
    t_health=$(since "$APP_START")
    # Demo accounts are created by ApplicationRunners after the server already answers.
    jar="$WERK/cookies.txt"
    until inloggen "$jar" "$BASIS" regisseur 2>/dev/null; do
        kill -0 "$APP_PID" || { echo "de applicatie is gestopt" >&2; exit 1; }
        sleep 0.05
    done
    t_login=$(since "$APP_START")
    read -r m_busy1 m_tot1 < <(machine_jiffies)
    jvm_cpu=$(proc_jiffies "$APP_PID")
    rss_start=$(rss_mb "$APP_PID")
    # Machine CPU not spent by the JVM while it started: load from other processes.
    anders=$(jiffies_to_s $((m_busy1 - m_busy0 - jvm_cpu)))
    spring=$(sed -n 's/.*Started SamenspelApplication in \([0-9.]*\) seconds.*/\1/p' "$WERK/app.log" | head -1)

    declare -A statussen=()
    for ((i = 0; i < 200; i++)); do
        pad=${PAGINAS[i % ${#PAGINAS[@]}]}
        code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASIS$pad")
        statussen["$pad $code"]=$(( ${statussen["$pad $code"]:-0} + 1 ))
    done
    rss_na=$(rss_mb "$APP_PID")
    stop_app
    cp "$WERK/app.log" "$OUT/startup-run$run.log"
    rm -rf "$WERK"; WERK=

    printf 'run %d: verzoeken na inloggen (pad status aantal):' "$run"
    for k in "${!statussen[@]}"; do printf ' [%s %s]' "$k" "${statussen[$k]}"; done
    echo
    unset statussen
    RESULTATEN+=("$run $t_health $t_pagina $t_login ${spring:-?} $(jiffies_to_s "$jvm_cpu") $rss_start $rss_na $anders")
done

echo
echo "Opstarten van samenspel.jar via $STARTWIJZE (H2, lege database, JAVA_OPTS='${JAVA_OPTS:-}'), $(date -Iseconds), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %10s %12s %11s %10s %9s %11s %13s %12s\n' run "health (s)" "1e pagina(s)" "inloggen(s)" "Spring (s)" "CPU (s)" "RSS start" "RSS na 200" "ander CPU(s)"
for r in "${RESULTATEN[@]}"; do
    # shellcheck disable=SC2086
    printf '%-4s %10s %12s %11s %10s %9s %8s MB %10s MB %12s\n' $r
done
mediaan() { printf '%s\n' "${RESULTATEN[@]}" | awk -v k="$1" '{ print $k }' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
p=$(mediaan 3); r=$(mediaan 8)
oordeel() { awk -v x="$1" -v d="$2" 'BEGIN { print (x < d) ? "gehaald" : "NIET gehaald" }'; }
echo
printf 'doel eerste pagina < %s s: mediaan %s s -> %s\n' "$DOEL_PAGINA" "$p" "$(oordeel "$p" "$DOEL_PAGINA")"
printf 'doel RSS na 200 verzoeken < %s MB: mediaan %s MB -> %s\n' "$DOEL_RSS" "$r" "$(oordeel "$r" "$DOEL_RSS")"
echo "(ander CPU = CPU-seconden van andere processen tijdens het starten; boven ~1 s is de meting verstoord)"
