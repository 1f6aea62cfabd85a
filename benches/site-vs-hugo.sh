#!/usr/bin/env bash
# Builds the same synthetic corpus of N pages (default 3000) with marke and with Hugo
# (Debian's `hugo`), side by side, and prints the times and ratios. Also times `marke build`
# on the real content. Needs a release build (cargo build --release), hugo and bc
# (apt-get install -y hugo bc), and npm for the Pagefind CLI.
#
#   benches/site-vs-hugo.sh [N]
#   RUNS=1 benches/site-vs-hugo.sh 30000     # the large row of the README
#
# Both generators get the same pages: N items (marke: type bron) of ~300 words of Markdown
# with a few links. Two comparisons, each the median of RUNS (default 3) cold builds into an
# empty folder:
#   1. pages only: `marke build --zonder-zoekindex` against `hugo`;
#   2. pages and search: `marke build` (Pagefind in-process) against `hugo` followed by the
#      Pagefind CLI of the same version (npm `pagefind`), which is how Hugo sites get search.
# marke renders more per page than our minimal Hugo layouts (navigation, breadcrumbs, related
# items, backlinks, agenda, glossary, pictures) and checks every link; Hugo does less work.
#
# Then it measures the peak memory (maximum resident set size, `/usr/bin/time -f %M`) of one
# more build with search of each: marke, hugo, and the Pagefind CLI after it (a separate
# process, so the larger of the two is what a Hugo site needs at most).
#
# The work folder is on tmpfs (/dev/shm) when there is one: on this project's VMs (ext4 with
# `discard`) creating thousands of files costs a varying 0.3-3 s of kernel time for either
# generator, which would measure the disk rather than the generator. BENCH_DIR overrides it.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-3000}"
RUNS="${RUNS:-3}"
MARKE="${MARKE:-./target/release/marke}"
PAGEFIND_VERSION=1.6.0
command -v hugo >/dev/null || { echo "hugo ontbreekt: apt-get install -y hugo" >&2; exit 2; }
command -v bc >/dev/null || { echo "bc ontbreekt: apt-get install -y bc" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time ontbreekt: apt-get install -y time" >&2; exit 2; }
[ -x "$MARKE" ] || { echo "bouw eerst: cargo build --release" >&2; exit 2; }
BASE="${BENCH_DIR:-}"
[ -z "$BASE" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && BASE=/dev/shm
WORK="$(mktemp -d ${BASE:+-p "$BASE"})"
trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK" "$N" <<'PY'
import os, sys, random
work, n = sys.argv[1], int(sys.argv[2])
random.seed(7)
words = ("zorg gezond wijk inwoner huisarts samen gemeente netwerk preventie welzijn "
         "drenthe plan afspraak doel opgave kennis data jongeren ouderen buurt").split()
def para(k): return " ".join(random.choice(words) for _ in range(k)).capitalize() + "."
m = os.path.join(work, "marke", "content")
os.makedirs(os.path.join(m, "bronnen"))
h = os.path.join(work, "hugo")
os.makedirs(os.path.join(h, "content", "paginas")); os.makedirs(os.path.join(h, "layouts", "_default"))
open(os.path.join(h, "config.toml"), "w").write('baseURL = "https://example.org/"\nlanguageCode = "nl"\ntitle = "Bench"\n')
open(os.path.join(h, "layouts", "_default", "baseof.html"), "w").write(
    '<!DOCTYPE html><html lang="nl"><head><title>{{ .Title }}</title></head><body><nav>{{ range .Site.Menus.main }}{{ .Name }}{{ end }}</nav><main>{{ block "main" . }}{{ end }}</main></body></html>')
open(os.path.join(h, "layouts", "_default", "single.html"), "w").write(
    '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}{{ end }}')
open(os.path.join(h, "layouts", "_default", "list.html"), "w").write(
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}')
for i in range(n):
    body = "\n\n".join(para(30) for _ in range(10))
    j = (i * 7 + 1) % n
    title = f"Pagina {i}"
    summary = para(12)
    open(os.path.join(m, "bronnen", f"p{i}.md"), "w").write(
        f"---\nid: p{i}\ntype: bron\ntitel: {title}\nsamenvatting: {summary}\n---\n## Kop\n\n{body}\n\nZie [pagina {j}](@p{j}).\n")
    open(os.path.join(h, "content", "paginas", f"p{i}.md"), "w").write(
        f"---\ntitle: {title}\nsummary: {summary}\n---\n## Kop\n\n{body}\n\nZie [pagina {j}](../p{j}/).\n")
PY

echo "Pagefind-CLI $PAGEFIND_VERSION installeren (npm)..." >&2
npm install --prefix "$WORK/pf" --no-audit --no-fund --silent "pagefind@$PAGEFIND_VERSION" >&2
PAGEFIND="$WORK/pf/node_modules/.bin/pagefind"

now() { date +%s.%N; }
# Runs "$@" quietly in a fresh output folder; prints the seconds it took.
time_it() { local s e; s=$(now); "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }; e=$(now); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
case "$MARKE" in /*) MARKE_ABS="$MARKE";; *) MARKE_ABS="$(pwd)/$MARKE";; esac

marke_search() { rm -rf "$WORK/marke/out"; cd "$WORK/marke" && time_it "$MARKE_ABS" --content content build --out out; }
marke_pages() { rm -rf "$WORK/marke/out0"; cd "$WORK/marke" && time_it "$MARKE_ABS" --content content build --zonder-zoekindex --out out0; }
hugo_pages() { rm -rf "$WORK/hugo/out"; cd "$WORK/hugo" && time_it hugo --quiet -d out; }
hugo_search() {
  local h p; h=$(hugo_pages)
  p=$(cd "$WORK/hugo" && time_it "$PAGEFIND" --site out --force-language nl)
  echo "$h + $p" | bc
}
runs() { for _ in $(seq "$RUNS"); do "$1"; done | median; }
# Runs "$@" in the current folder; prints its peak memory in MB.
peak() { /usr/bin/time -f %M -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }; echo "$(( $(tail -1 "$WORK/rss") / 1024 ))"; }

m0=$(runs marke_pages); h0=$(runs hugo_pages)
m1=$(runs marke_search); h1=$(runs hugo_search)
real=$(for _ in $(seq "$RUNS"); do time_it "$MARKE" build --out "$WORK/echt"; done | median)
pages_m=$(find "$WORK/marke/out" -name '*.html' | wc -l)
pages_h=$(find "$WORK/hugo/out" -name '*.html' | wc -l)
echo "synthetisch, $N onderdelen ($pages_m pagina's bij marke, $pages_h bij hugo), mediaan van $RUNS, map: $WORK"
echo "1. alleen pagina's:      marke $m0 s, hugo $h0 s, hugo/marke = $(echo "scale=2; $h0 / $m0" | bc)"
echo "2. pagina's + zoekindex: marke $m1 s, hugo + pagefind $h1 s, (hugo+pagefind)/marke = $(echo "scale=2; $h1 / $m1" | bc)"
rm -rf "$WORK/marke/out" "$WORK/hugo/out"
mem_m=$(cd "$WORK/marke" && peak "$MARKE_ABS" --content content build --out out)
mem_h=$(cd "$WORK/hugo" && peak hugo --quiet -d out)
mem_p=$(cd "$WORK/hugo" && peak "$PAGEFIND" --site out --force-language nl)
echo "3. piekgeheugen, met zoekindex: marke $mem_m MB, hugo $mem_h MB, pagefind-CLI $mem_p MB"
echo "echte inhoud, met zoekindex (herhaalde build): marke build $real s"
