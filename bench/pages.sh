#!/usr/bin/env bash
# Page throughput and latency of the app against nginx serving the very same HTML bytes.
#   bench/pages.sh [--no-build] [--paginas "/ /inloggen"] [--warmup S] [--duur S] [--port P] [--nginx-port P]
# Default: 50 samenwerkingen are created through the API and /samenwerkingen plus one
# /samenwerkingen/{id} are measured. --paginas measures the given pages instead (no data is created).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BOUWEN=1 PAGINAS= WARMUP=60 DUUR=15 POORT=18090 NGINX_POORT=18089
while [[ $# -gt 0 ]]; do
    case $1 in
        --no-build) BOUWEN=0 ;;
        --paginas) PAGINAS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --duur) DUUR=$2; shift ;;
        --port) POORT=$2; shift ;;
        --nginx-port) NGINX_POORT=$2; shift ;;
        *) echo "gebruik: $0 [--no-build] [--paginas \"/a /b\"] [--warmup S] [--duur S] [--port P] [--nginx-port P]" >&2; exit 2 ;;
    esac
    shift
done

DOEL_RATIO=4     # % of nginx throughput on the same bytes
DOEL_P99=50      # ms
WRK=(wrk -t2 -c32)

for tool in wrk nginx curl node; do
    command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || { echo "$tool ontbreekt; installeer het, bijvoorbeeld: apt-get install wrk nginx-light" >&2; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

[[ $BOUWEN -eq 1 ]] && bouw
[[ -f $JAR ]] || { echo "$JAR ontbreekt; draai zonder --no-build" >&2; exit 1; }
voorbereiden
mkdir -p "$OUT"
WERK=$(mktemp -d /tmp/samenspel-bench.XXXXXX)
NGINX_DIR=$(mktemp -d /tmp/samenspel-nginx.XXXXXX)
NGINX_PID=
stop_nginx() {
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID"
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    NGINX_PID=
}
trap 'stop_nginx; stop_app; cp "$WERK/app.log" "$OUT/pages-app.log" 2>/dev/null || true; rm -rf "$WERK" "$NGINX_DIR"' EXIT

BASIS="http://127.0.0.1:$POORT"
start_app "$POORT"
wacht_op "$BASIS/actuator/health" 300 '"UP"'
echo "app gestart in $(since "$APP_START") s (pid $APP_PID)"

if [[ -z $PAGINAS ]]; then
    echo "50 samenwerkingen aanmaken via POST /api/v1/samenwerkingen"
    eerste=
    for ((i = 1; i <= 50; i++)); do
        body=$(printf '{"titel":"Benchmark-samenwerking %d","omschrijving":"Samenwerking %d voor de paginameting: jeugdhulp, afvalinzameling en de regionale uitvoering.","gemeenten":["GM0355","GM0310","GM0312"]}' "$i" "$i")
        antwoord=$(curl -s -u regisseur:samenspel -H 'Content-Type: application/json' -H 'Accept: application/json' \
            -D "$WERK/kop.txt" -d "$body" -w '\n%{http_code}' "$BASIS/api/v1/samenwerkingen")
        code=${antwoord##*$'\n'}
        if [[ $code != 201 && $code != 200 ]]; then
            echo "aanmaken mislukt (HTTP $code): ${antwoord%$'\n'*}" >&2
            exit 1
        fi
        if [[ -z $eerste ]]; then
            # The id from the Location header, else from the JSON body.
            eerste=$(tr -d '\r' <"$WERK/kop.txt" | sed -n 's#^[Ll]ocation: .*/samenwerkingen/\([^/?]*\)$#\1#p')
            [[ -n $eerste ]] || eerste=$(printf '%s' "${antwoord%$'\n'*}" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))')
        fi
    done
    PAGINAS="/samenwerkingen /samenwerkingen/$eerste"
fi

jar="$WERK/cookies.txt"
inloggen "$jar" "$BASIS" regisseur
COOKIE=$(sessie_cookie "$jar")
[[ -n $COOKIE ]] || { echo "geen sessiecookie na inloggen" >&2; exit 1; }

# Save every page once; nginx serves exactly these bytes.
mkdir -p "$NGINX_DIR/html" "$NGINX_DIR/logs"
declare -A BESTAND=()
n=0
for pad in $PAGINAS; do
    n=$((n + 1))
    BESTAND[$pad]="pagina$n.html"
    code=$(curl -s -o "$NGINX_DIR/html/pagina$n.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASIS$pad")
    [[ $code == 200 ]] || { echo "$pad gaf HTTP $code in plaats van 200" >&2; exit 1; }
    curl -s -o "$WERK/tweede.html" -H "Cookie: $COOKIE" "$BASIS$pad"
    if cmp -s "$NGINX_DIR/html/pagina$n.html" "$WERK/tweede.html"; then gelijk="identiek"; else gelijk="verschilt (CSRF-token per verzoek)"; fi
    echo "$pad: $(stat -c %s "$NGINX_DIR/html/pagina$n.html") bytes; tweede ophaling $gelijk"
done
chmod -R a+rX "$NGINX_DIR"

cat >"$NGINX_DIR/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    access_log off;
    client_body_temp_path $NGINX_DIR/tmp-body;
    proxy_temp_path $NGINX_DIR/tmp-proxy;
    fastcgi_temp_path $NGINX_DIR/tmp-fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp-uwsgi;
    scgi_temp_path $NGINX_DIR/tmp-scgi;
    server {
        listen 127.0.0.1:$NGINX_POORT;
        root $NGINX_DIR/html;
    }
}
NGINX
"$NGINX" -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR/" 2>>"$NGINX_DIR/logs/error.log" &
NGINX_PID=$!
NGX="http://127.0.0.1:$NGINX_POORT"
for ((i = 0; i < 100; i++)); do curl -fs -o /dev/null "$NGX/${BESTAND[${PAGINAS%% *}]}" && break; sleep 0.05; done
for pad in $PAGINAS; do
    curl -s -o "$WERK/nginx.html" "$NGX/${BESTAND[$pad]}"
    cmp "$NGINX_DIR/html/${BESTAND[$pad]}" "$WERK/nginx.html" || { echo "nginx levert andere bytes voor $pad" >&2; exit 1; }
done
echo "nginx (pid $NGINX_PID) levert dezelfde bytes (cmp)"

# wrk output -> "req/s p50_ms p99_ms non2xx errors"; latency units us/ms/s are normalised to ms.
parse_wrk() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        /^Requests\/sec:/ { rps = $2 }
        /^[ \t]+50(\.0+)?%/ { p50 = ms($2) }
        /^[ \t]+99(\.0+)?%/ { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { non2xx = $NF }
        /Socket errors:/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
        END {
            if (rps == "" || p50 == "" || p99 == "") { print "PARSEFOUT"; exit 1 }
            printf "%.0f %.3f %.3f %d %d\n", rps, p50, p99, non2xx, err
        }'
}

nginx_jiffies() {
    local som=0 p
    for p in $NGINX_PID $(pgrep -P "$NGINX_PID" || true); do som=$((som + $(proc_jiffies "$p"))); done
    echo "$som"
}

# One measured wrk run; prints "rps p50 p99 non2xx errors server_cpu_ms_per_req other_cpu_s".
meet() {
    local doel=$1 url=$2 pid_cpu0 pid_cpu1 m0 t0 m1 t1 w0 w1 uitvoer regel
    if [[ $doel == app ]]; then pid_cpu0=$(proc_jiffies "$APP_PID"); else pid_cpu0=$(nginx_jiffies); fi
    read -r m0 t0 < <(machine_jiffies)
    uitvoer=$("${WRK[@]}" -d"${DUUR}s" --latency -H "Cookie: $COOKIE" "$url")
    read -r m1 t1 < <(machine_jiffies)
    if [[ $doel == app ]]; then pid_cpu1=$(proc_jiffies "$APP_PID"); else pid_cpu1=$(nginx_jiffies); fi
    echo "$uitvoer" >>"$OUT/pages-wrk.txt"
    regel=$(echo "$uitvoer" | parse_wrk) || { echo "wrk-uitvoer niet te lezen:" >&2; echo "$uitvoer" >&2; exit 1; }
    read -r rps p50 p99 non2xx fouten <<<"$regel"
    local server=$((pid_cpu1 - pid_cpu0))
    # wrk itself is not measured separately; "other" therefore includes wrk (about 1 core against nginx).
    awk -v r="$regel" -v s="$server" -v d="$DUUR" -v rps="$rps" -v mb=$((m1 - m0)) -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%s %.3f %.1f\n", r, (s / hz * 1000) / (rps * d), (mb - s) / hz }'
}

: >"$OUT/pages-wrk.txt"
echo "opwarmen: ${WARMUP}s wrk verdeeld over de app-pagina's, 5 s nginx"
aantal=$(wc -w <<<"$PAGINAS")
for pad in $PAGINAS; do
    "${WRK[@]}" -d"$((WARMUP / aantal))s" -H "Cookie: $COOKIE" "$BASIS$pad" >/dev/null
    "${WRK[@]}" -d5s "$NGX/${BESTAND[$pad]}" >/dev/null
done

echo "meten: per pagina afwisselend nginx, app, nginx, app (wrk -t2 -c32 -d${DUUR}s --latency)"
declare -A R=()
for pad in $PAGINAS; do
    for ronde in 1 2; do
        R["$pad nginx $ronde"]=$(meet nginx "$NGX/${BESTAND[$pad]}")
        R["$pad app $ronde"]=$(meet app "$BASIS$pad")
        echo "  $pad ronde $ronde: nginx ${R["$pad nginx $ronde"]%% *} req/s, app ${R["$pad app $ronde"]%% *} req/s"
    done
done
stop_nginx

{
echo
echo "Pagina's: app vs nginx op dezelfde bytes, $(date -Iseconds), $(nproc) cores, JAVA_OPTS='${JAVA_OPTS:-}'"
printf '%-30s %-6s %5s %9s %9s %9s %7s %7s %11s %9s\n' pagina server ronde "req/s" "p50 ms" "p99 ms" non2xx fouten "CPU ms/req" "ander s"
for pad in $PAGINAS; do
    for doel in nginx app; do
        for ronde in 1 2; do
            # shellcheck disable=SC2086
            printf '%-30s %-6s %5s %9s %9s %9s %7s %7s %11s %9s\n' "$pad" "$doel" "$ronde" ${R["$pad $doel $ronde"]}
        done
    done
done
echo
printf '%-30s %10s %10s %8s %9s %9s   %s\n' pagina "app req/s" "nginx r/s" "ratio" "p50 ms" "p99 ms" "oordeel (doel: >= ${DOEL_RATIO}% van nginx, p99 < ${DOEL_P99} ms)"
for pad in $PAGINAS; do
    read -r a1 a_p50_1 a_p99_1 a_n1 a_e1 _ _ <<<"${R["$pad app 1"]}"
    read -r a2 a_p50_2 a_p99_2 a_n2 a_e2 _ _ <<<"${R["$pad app 2"]}"
    read -r n1 _ <<<"${R["$pad nginx 1"]}"
    read -r n2 _ <<<"${R["$pad nginx 2"]}"
    regel=$(awk -v a1="$a1" -v a2="$a2" -v n1="$n1" -v n2="$n2" -v p50a="$a_p50_1" -v p50b="$a_p50_2" \
        -v p99a="$a_p99_1" -v p99b="$a_p99_2" -v dr="$DOEL_RATIO" -v dp="$DOEL_P99" -v fout=$((a_n1 + a_n2 + a_e1 + a_e2)) 'BEGIN {
            a = (a1 + a2) / 2; n = (n1 + n2) / 2; ratio = 100 * a / n
            p50 = (p50a + p50b) / 2; p99 = (p99a > p99b) ? p99a : p99b
            oordeel = (ratio >= dr && p99 < dp && fout == 0) ? "gehaald" : "NIET gehaald"
            if (fout > 0) oordeel = oordeel " (" fout " niet-2xx/fouten: meting ongeldig)"
            printf "%10.0f %10.0f %7.2f%% %9.2f %9.2f   %s", a, n, ratio, p50, p99, oordeel }')
    printf '%-30s %s\n' "$pad" "$regel"
done
echo "(req/s: gemiddelde van 2 rondes; p50: gemiddelde; p99: slechtste ronde. ander s = CPU-seconden buiten de server, inclusief wrk.)"
} | tee "$OUT/pages-resultaat.txt"
if grep -q "NIET gehaald" "$OUT/pages-resultaat.txt"; then echo "niet alle doelen gehaald"; else echo "alle doelen gehaald"; fi
