#!/usr/bin/env bash
# Builds the same synthetic corpus of N pages (default 3000) with marke and with Hugo
# (Debian's `hugo`), side by side, and prints both times and the ratio. Also times
# `marke build` on the real content. Needs a release build: cargo build --release.
#
#   benches/site-vs-hugo.sh [N]
#
# Both generators get the same pages: N items (marke: type bron, no source needed) of ~300 words of Markdown with a few links.
# marke builds its full site (item pages, overviews, agenda, glossary, pictures, link check,
# Pagefind search index); Hugo builds with its default (empty) theme layouts we give it:
# one single and one list template, so Hugo does less work than marke.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-3000}"
MARKE="${MARKE:-./target/release/marke}"
command -v hugo >/dev/null || { echo "hugo ontbreekt: apt-get install -y hugo" >&2; exit 2; }
[ -x "$MARKE" ] || { echo "bouw eerst: cargo build --release" >&2; exit 2; }

WORK="$(mktemp -d)"
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

time_it() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }; e=$(date +%s.%N); echo "$e - $s" | bc; }
case "$MARKE" in /*) MARKE_ABS="$MARKE";; *) MARKE_ABS="$(pwd)/$MARKE";; esac
m_s=$( cd "$WORK/marke" && time_it "$MARKE_ABS" --content content build --out "$WORK/marke/out" )
m0_s=$( cd "$WORK/marke" && time_it "$MARKE_ABS" --content content build --zonder-zoekindex --out "$WORK/marke/out0" )
h_s=$( cd "$WORK/hugo" && time_it hugo --quiet -d "$WORK/hugo/out" )
real_s=$( time_it "$MARKE" build --out "$WORK/echt" )
pages_m=$(find "$WORK/marke/out" -name '*.html' | wc -l)
pages_h=$(find "$WORK/hugo/out" -name '*.html' | wc -l)
echo "synthetisch, $N onderdelen: marke $m_s s ($pages_m pagina's, met zoekindex), hugo $h_s s ($pages_h pagina's, zonder zoekindex)"
echo "verhouding hugo/marke: $(echo "scale=2; $h_s / $m_s" | bc)"
echo "zelfde werk als hugo (marke --zonder-zoekindex): marke $m0_s s, verhouding hugo/marke: $(echo "scale=2; $h_s / $m0_s" | bc)"
echo "echte inhoud: marke build $real_s s"
