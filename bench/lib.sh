# Shared helpers for the benchmark scripts (sourced, not run).
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="${SAMENSPEL_JAR:-$ROOT/target/samenspel.jar}"   # override to measure e.g. an extracted jar
OUT="$ROOT/bench/out"
H2_OPTIES="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;QUERY_CACHE_SIZE=128;LOCK_TIMEOUT=10000"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# How the app is started: "script" = scripts/start (unpacked, AOT, CDS archive; the documented production
# start), "jar" = plain java -jar. Set STARTWIJZE=jar to compare.
STARTWIJZE=${STARTWIJZE:-script}
START_MAP="$ROOT/target/start"

bouw() {
    echo "bouwen: ./mvnw -B -o -q package -DskipTests" >&2
    (cd "$ROOT" && ./mvnw -B -o -q package -DskipTests >&2)
}

# Unpacking and the training run happen once per jar, before anything is measured.
voorbereiden() {
    if [[ $STARTWIJZE == script ]]; then
        SAMENSPEL_JAR="$JAR" SAMENSPEL_START_MAP="$START_MAP" "$ROOT/scripts/start" --voorbereiden
    fi
}

# Busy and total jiffies of the whole machine (first line of /proc/stat).
machine_jiffies() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }
# utime + stime of one process, in jiffies.
proc_jiffies() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
jiffies_to_s() { awk -v j="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", j / hz }'; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Starts the jar on a fresh H2 file database in $WERK; sets APP_PID and APP_START.
# Arguments after the port go to the application. With START_ZONDER_H2=1 the datasource is left to those
# arguments or to a profile (bench/soak.sh on PostgreSQL).
# cd first, then java as its own background command, so $! is the JVM itself (stack-spike gotcha).
start_app() {
    local poort=$1
    shift
    local opties=(--server.port="$poort")
    [[ -n ${START_ZONDER_H2:-} ]] || opties+=("--spring.datasource.url=jdbc:h2:file:$WERK/db/samenspel;$H2_OPTIES")
    opties+=("$@")
    cd "$WERK"
    APP_START=$(now)
    if [[ $STARTWIJZE == script ]]; then
        # scripts/start ends in exec, so $! is the JVM.
        SAMENSPEL_JAR="$JAR" SAMENSPEL_START_MAP="$START_MAP" "$ROOT/scripts/start" "${opties[@]}" >"$WERK/app.log" 2>&1 &
    else
        # shellcheck disable=SC2086
        java ${JAVA_OPTS:-} -jar "$JAR" "${opties[@]}" >"$WERK/app.log" 2>&1 &
    fi
    APP_PID=$!
    cd "$ROOT"
}

stop_app() {
    if [[ -n ${APP_PID:-} ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# A pipe nobody writes to: a timed read on it sleeps without forking a process.
exec {SLAAP_FD}<> <(:)
slaap() { read -r -t "$1" -u "$SLAAP_FD" || true; }

# GET over bash's own /dev/tcp: polling with curl forked a process every 50 ms, and on two cores those
# forks cost the JVM seconds of CPU while it started. Sets ANTWOORD to status line, headers and body;
# succeeds on HTTP 200.
http_get() {
    local rest=${1#http://} hostpoort pad fd regel
    hostpoort=${rest%%/*}
    pad=/${rest#*/}
    [[ $rest == */* ]] || pad=/
    ANTWOORD=
    { exec {fd}<>"/dev/tcp/${hostpoort%:*}/${hostpoort#*:}"; } 2>/dev/null || return 1
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n' "$pad" "$hostpoort" >&"$fd"
    while IFS= read -r -t 5 regel <&"$fd" || [[ -n $regel ]]; do
        ANTWOORD+=$regel$'\n'
    done
    exec {fd}<&-
    [[ $ANTWOORD =~ ^HTTP/1\.[01]\ 200 ]]
}

# Waits until a URL answers 200 (and, optionally, the body contains $3). Fails after $2 seconds.
wacht_op() {
    local url=$1 max=$2 bevat=${3:-} eind
    eind=$(awk -v n="$(now)" -v m="$max" 'BEGIN { printf "%.3f", n + m }')
    while :; do
        if http_get "$url" && [[ -z $bevat || $ANTWOORD == *"$bevat"* ]]; then
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "de applicatie is gestopt; zie $WERK/app.log" >&2
            return 1
        fi
        if (( ${EPOCHREALTIME/./} / 1000 > ${eind/./} )); then
            echo "geen antwoord van $url binnen ${max}s" >&2
            return 1
        fi
        slaap 0.05
    done
}

# Form login with a curl cookie jar ($1), as user $3 on base URL $2. The CSRF token comes from the form.
inloggen() {
    local jar=$1 basis=$2 gebruiker=$3 token locatie
    token=$(curl -fs -c "$jar" -b "$jar" "$basis/inloggen" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    [[ -n $token ]] || { echo "geen CSRF-token op /inloggen" >&2; return 1; }
    locatie=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "gebruikersnaam=$gebruiker" --data-urlencode "wachtwoord=samenspel" \
        --data-urlencode "_csrf=$token" "$basis/inloggen")
    if [[ -z $locatie || $locatie == *fout* || $locatie == *geblokkeerd* ]]; then
        echo "inloggen als $gebruiker mislukt (redirect: ${locatie:-geen})" >&2
        return 1
    fi
}

# The session cookie from a curl cookie jar, as a Cookie header value.
sessie_cookie() { awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$1" | tail -1; }
