#!/usr/bin/env bash
# Soak test: the app with a 30-second pool lifetime (every pooled connection is replaced several times),
# reads and writes through the REST API for a fixed time, on H2 and on PostgreSQL. Target: 0 errors.
#   bench/soak.sh [--no-build] [--duur SECONDEN] [--werkers N] [--db h2|postgres|beide] [--port P]
# PostgreSQL: Debian's package (installed with apt-get when missing and run as root), a throw-away cluster in a
# temporary directory on 127.0.0.1, the app with profile postgres and the SAMENSPEL_* variables from the README.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BOUWEN=1 DUUR=180 WERKERS=4 DB=beide POORT=18091 PG_POORT=18432
while [[ $# -gt 0 ]]; do
    case $1 in
        --no-build) BOUWEN=0 ;;
        --duur) DUUR=$2; shift ;;
        --werkers) WERKERS=$2; shift ;;
        --db) DB=$2; shift ;;
        --port) POORT=$2; shift ;;
        *) echo "gebruik: $0 [--no-build] [--duur SECONDEN] [--werkers N] [--db h2|postgres|beide] [--port P]" >&2; exit 2 ;;
    esac
    shift
done
[[ $DB == h2 || $DB == postgres || $DB == beide ]] || { echo "--db: h2, postgres of beide" >&2; exit 2; }
[[ $DUUR =~ ^[0-9]+$ && $DUUR -ge 1 && $DUUR -le 3600 ]] || { echo "--duur: 1 tot 3600 seconden" >&2; exit 2; }
[[ $WERKERS =~ ^[0-9]+$ && $WERKERS -ge 1 && $WERKERS -le 32 ]] || { echo "--werkers: 1 tot 32" >&2; exit 2; }

LEVENSDUUR_MS=30000    # Hikari's smallest allowed max-lifetime; the default is 30 minutes
BASIS="http://127.0.0.1:$POORT"
APP_OPTIES=(--spring.datasource.hikari.max-lifetime=$LEVENSDUUR_MS
    # Hikari logs each retired connection at DEBUG; the count shows the pool really was renewed.
    --logging.level.com.zaxxer.hikari.pool.PoolBase=DEBUG)

[[ $BOUWEN -eq 1 ]] && bouw
[[ -f $JAR ]] || { echo "$JAR ontbreekt; draai zonder --no-build" >&2; exit 1; }
voorbereiden
mkdir -p "$OUT"

WERK= PG_MAP= PG_BIN=
opruimen() {
    stop_app
    if [[ -n $PG_MAP ]]; then
        als_postgres "$PG_BIN/pg_ctl" -D "$PG_MAP/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_MAP"
    fi
    [[ -n $WERK ]] && rm -rf "$WERK"
    return 0
}
trap opruimen EXIT

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
als_postgres() {
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [[ -z $d && $EUID -eq 0 ]]; then
        echo "PostgreSQL ontbreekt; installeren met apt-get" >&2
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    fi
    [[ -n $d ]] || { echo "PostgreSQL ontbreekt: installeer het Debian-pakket postgresql" >&2; return 1; }
    echo "$d"
}

# A throw-away cluster on 127.0.0.1:$PG_POORT in a temporary directory, database and owner samenspel.
start_postgres() {
    PG_BIN=$(pg_bin)
    PG_MAP=$(mktemp -d /tmp/samenspel-soak-pg.XXXXXX)
    chmod 755 "$PG_MAP"
    printf 'soak-%s\n' "$RANDOM$RANDOM" >"$PG_MAP/wachtwoord"
    [[ $EUID -eq 0 ]] && chown postgres "$PG_MAP" "$PG_MAP/wachtwoord"
    als_postgres "$PG_BIN/initdb" -D "$PG_MAP/data" -U samenspel -A scram-sha-256 --pwfile="$PG_MAP/wachtwoord" \
        -E UTF8 --locale=C >"$PG_MAP/initdb.log" 2>&1 || { cat "$PG_MAP/initdb.log" >&2; return 1; }
    als_postgres "$PG_BIN/pg_ctl" -D "$PG_MAP/data" -l "$PG_MAP/postgres.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PG_POORT -k $PG_MAP -c fsync=on" start >/dev/null
    PGPASSWORD=$(cat "$PG_MAP/wachtwoord") "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_POORT" -U samenspel -d postgres \
        -c "CREATE DATABASE samenspel" >/dev/null
}

# Waits until the demo regisseur can use the API (demo accounts come after the server answers).
wacht_op_regisseur() {
    local i
    for ((i = 0; i < 600; i++)); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' -u regisseur:samenspel "$BASIS/api/v1/samenwerkingen") == 200 ]] && return 0
        kill -0 "$APP_PID" 2>/dev/null || { echo "de applicatie is gestopt; zie $WERK/app.log" >&2; return 1; }
        slaap 0.2
    done
    echo "regisseur kan na 120 s nog niet inloggen" >&2
    return 1
}

RESULTATEN=()
draai() {
    local db=$1 uitslag rc
    WERK=$(mktemp -d /tmp/samenspel-soak.XXXXXX)
    if [[ $db == postgres ]]; then
        start_postgres
        # The production setup (README): profile postgres, everything from SAMENSPEL_* variables. The demo is
        # switched on only so that the demo regisseur exists, as on H2.
        SAMENSPEL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_POORT/samenspel" SAMENSPEL_DB_GEBRUIKER=samenspel \
            SAMENSPEL_DB_WACHTWOORD=$(cat "$PG_MAP/wachtwoord") SAMENSPEL_BEHEERDER_GEBRUIKERSNAAM=soakbeheer \
            SAMENSPEL_BEHEERDER_WACHTWOORD=soak-beheer-$RANDOM START_ZONDER_H2=1 \
            start_app "$POORT" --spring.profiles.active=postgres --samenspel.demo.enabled=true "${APP_OPTIES[@]}"
    else
        start_app "$POORT" "${APP_OPTIES[@]}"
    fi
    wacht_op "$BASIS/actuator/health" 180 '"UP"'
    wacht_op_regisseur
    echo "== $db: $DUUR s, $WERKERS werkers, pool max-lifetime $LEVENSDUUR_MS ms ($(date -Iseconds))"
    set +e
    uitslag=$(java "$ROOT/bench/SoakClient.java" "$BASIS" "$DUUR" "$WERKERS" regisseur samenspel)
    rc=$?
    set -e
    echo "$uitslag"
    local vernieuwd fouten_log
    vernieuwd=$(grep -c 'passed maxLifetime' "$WERK/app.log" || true)
    fouten_log=$(grep -c ' ERROR ' "$WERK/app.log" || true)
    echo "verbindingen vervangen na max-lifetime: $vernieuwd; ERROR-regels in het applicatielog: $fouten_log"
    stop_app
    cp "$WERK/app.log" "$OUT/soak-$db.log"
    rm -rf "$WERK"; WERK=
    if [[ $db == postgres ]]; then
        als_postgres "$PG_BIN/pg_ctl" -D "$PG_MAP/data" -m fast -w stop >/dev/null
        rm -rf "$PG_MAP"; PG_MAP=
    fi
    local verzoeken p99 fouten statussen
    verzoeken=$(sed -n 's/^verzoeken \([0-9]*\).*/\1/p' <<<"$uitslag")
    p99=$(sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p' <<<"$uitslag")
    fouten=$(sed -n 's/^fouten.*: \([0-9]*\)$/\1/p' <<<"$uitslag")
    statussen=$(sed -n 's/^status \(.*\): \(.*\)/\1×\2/p' <<<"$uitslag" | paste -sd' ')
    RESULTATEN+=("$db|${verzoeken:-0}|$statussen|${p99:-?}|${fouten:-?}|$vernieuwd|$rc")
}

case $DB in
    h2) draai h2 ;;
    postgres) draai postgres ;;
    beide) draai h2; draai postgres ;;
esac

echo
echo "Soak $(date -Iseconds), $(nproc) kernen, $DUUR s per database, $WERKERS werkers, max-lifetime $LEVENSDUUR_MS ms"
printf '%-9s %10s %-34s %9s %7s %11s\n' database verzoeken "statussen" "p99 (ms)" fouten vernieuwd
status=0
for r in "${RESULTATEN[@]}"; do
    IFS='|' read -r db n st p99 f v rc <<<"$r"
    printf '%-9s %10s %-34s %9s %7s %11s\n' "$db" "$n" "$st" "$p99" "$f" "$v"
    [[ $rc -eq 0 ]] || status=1
done
echo "doel: 0 fouten -> $([[ $status -eq 0 ]] && echo gehaald || echo 'NIET gehaald')"
exit $status
