#!/usr/bin/env bash
# The edit loop of `marke serve`: how long after saving a change to one afspraak the served
# page shows it. Starts the release build of `marke serve` on a copy of the content in a
# temporary folder, on a free port, then EDITS times (default 5) appends a new, unique word
# to the text of one afspraak and polls its page (every 2 ms) until the word is there.
# Prints the median and the maximum in milliseconds.
#
#   benches/serve-edit.sh            # the real content (content/)
#   benches/serve-edit.sh 5          # 5 synthetic copies of it (~3,150 items,
#                                    # `cargo run --release --example synthetic`)
#
# Needs a release build (cargo build --release) and python3. The work folder is on tmpfs
# (/dev/shm) when there is one, like benches/site-vs-hugo.sh; BENCH_DIR overrides it.
# EDIT=titel appends the word to the afspraak's title instead, which changes every page that
# lists or links it (overviews, agenda, backlinks): then serve renders all pages again.
# LOG=1 prints what marke serve printed (its own times per rebuild) at the end.
# Between two edits the script waits PAUSE seconds (default 2), as a person would, so each
# edit starts from a quiet server (the search index of the previous edit is done).
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES="${1:-0}"
EDITS="${EDITS:-5}"
PAUSE="${PAUSE:-2}"
MARKE="${MARKE:-./target/release/marke}"
[ -x "$MARKE" ] || { echo "bouw eerst: cargo build --release" >&2; exit 2; }
case "$MARKE" in /*) ;; *) MARKE="$(pwd)/$MARKE";; esac
BASE="${BENCH_DIR:-}"
[ -z "$BASE" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && BASE=/dev/shm
WORK="$(mktemp -d ${BASE:+-p "$BASE"})"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

cp book.toml "$WORK/"
mkdir -p "$WORK/themes"
cp -r themes/default "$WORK/themes/"
if [ "$COPIES" = 0 ]; then
  cp -r content "$WORK/content"
  FILE="$WORK/content/afspraken/2-2-1.yaml"; ID="2-2-1-a"
  WHAT="echte inhoud"
else
  cargo run --quiet --release --example synthetic -- "$WORK/content" "$COPIES" >&2
  FILE="$WORK/content/kopie-0/afspraak.yaml"; ID="2-2-1-a-k0"
  WHAT="synthetisch, $COPIES kopieën"
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$WORK/tmp"
(cd "$WORK" && TMPDIR="$WORK/tmp" exec "$MARKE" serve --port "$PORT" >"$WORK/serve.log" 2>&1) &
PID=$!

python3 - "$PORT" "$FILE" "$ID" "$EDITS" "$PAUSE" "$WHAT" "$WORK/serve.log" <<'PY'
import os, re, statistics, sys, time, urllib.request
port, path, item, edits, pause, what, log = sys.argv[1:8]
in_title = os.environ.get("EDIT") == "titel"
edits, pause = int(edits), float(pause)
url = f"http://127.0.0.1:{port}/afspraken/{item}/"

def fetch():
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except Exception:
        return ""

start = time.monotonic()
while "<h1" not in fetch():
    if time.monotonic() - start > 600:
        sys.exit("marke serve kwam niet op:\n" + open(log).read())
    time.sleep(0.05)
print(f"eerste build en start: {time.monotonic() - start:.1f} s", file=sys.stderr)
built = re.search(r"(\d+) pagina's", open(log).read())
pages = built.group(1) if built else "?"
time.sleep(pause)

def append_word(word):
    """Adds `word` as the last line of the item's `tekst` block, at its indentation."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = next(n for n, l in enumerate(lines) if re.match(rf"^-? *id: *['\"]?{re.escape(item)}['\"]?$", l))
    if in_title:
        t = next(n for n in range(i, len(lines)) if re.match(r"^-? *titel:", lines[n]))
        lines[t] = re.sub(r"""^(-? *titel: *)(['"]?)(.*?)\2$""", lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} {word}{m.group(2)}", lines[t])
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        return
    t = next(n for n in range(i + 1, len(lines)) if re.match(r"^\s+tekst:", lines[n]))
    first = t + 1
    indent = re.match(r"^(\s*)", lines[first]).group(1)
    end = first
    while end + 1 < len(lines) and (lines[end + 1].startswith(indent) or lines[end + 1].strip() == ""):
        if lines[end + 1].strip() == "" and (end + 2 >= len(lines) or not lines[end + 2].startswith(indent)):
            break
        end += 1
    lines.insert(end + 1, f"{indent}{word}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

times = []
for n in range(edits):
    word = f"bewerking{int(time.time())}x{n}"
    t0 = time.monotonic()
    append_word(word)
    while word not in fetch():
        if time.monotonic() - t0 > 60:
            sys.exit(f"het woord {word} verscheen niet binnen 60 s:\n" + open(log).read())
        time.sleep(0.002)
    ms = (time.monotonic() - t0) * 1000
    times.append(ms)
    print(f"  bewerking {n + 1}: {ms:.0f} ms", file=sys.stderr)
    time.sleep(pause)
print(f"marke serve, {what} ({pages} pagina's), {'titel' if in_title else 'tekst'}: bewerking tot pagina, mediaan "
      f"{statistics.median(times):.0f} ms, max {max(times):.0f} ms ({edits} bewerkingen)")
if os.environ.get("LOG"):
    print(open(log).read(), file=sys.stderr)
PY
