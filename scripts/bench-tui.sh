#!/bin/sh
# Measures the browser as a user runs it: time from launch to the first frame on screen,
# and peak memory (max RSS) over a session that searches, opens a result and quits.
# Needs tmux and GNU time. Usage: scripts/bench-tui.sh [path/to/marke]  (default: release)
set -eu
BIN=${1:-target/release/marke}
S=marke-bench-$$
OUT=$(mktemp)
tmux new-session -d -s "$S" -x 120 -y 40 "/usr/bin/time -v -o $OUT $BIN; sleep 60"
start=$(date +%s%N)
until tmux capture-pane -p -t "$S" | grep -q "Drentse Droom"; do sleep 0.005; done
end=$(date +%s%N)
echo "eerste beeld na: $(( (end - start) / 1000000 )) ms (inclusief tmux en polling per 5 ms)"
for k in / m a n t e l z o r g Down Enter Escape Escape; do tmux send-keys -t "$S" "$k"; sleep 0.05; done
tmux send-keys -t "$S" q
sleep 0.5
grep -E "Maximum resident|Elapsed" "$OUT"
tmux kill-session -t "$S"
rm -f "$OUT"
