#!/usr/bin/env bash
# Takes docs/screenshot.png from the real program under Xvfb, with a window
# manager so that the window is active as on a desktop. Needs xvfb, openbox,
# xdotool and imagemagick (apt-get install xvfb openbox xdotool imagemagick).
#   tools/screenshot.sh [STORE]   (default: a fresh 20,000-case demo store)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${REDRESS_BUILD_DIR:-$here/build}"
store="${1:-}"
if [ -z "$store" ]; then
    store="$(mktemp -d)/screenshot.sqlite"
    "$build/app/redress-cli" --db "$store" demo --cases 20000 --seed 7 >/dev/null
    # Overdue demo cases go up the ladder, so the service level has something to show.
    "$build/app/redress-cli" --db "$store" escalate >/dev/null
fi
out="$here/docs/screenshot.png"
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    openbox >/dev/null 2>&1 &
    sleep 1
    "$0" --db "$1" --user julia.novak >/dev/null 2>&1 &
    sleep 4
    xdotool key ctrl+f; xdotool type --delay 40 "leak"; xdotool key Return; sleep 1.5
    xdotool key Down Down; sleep 1
    import -window root "$2"
    kill %2
' "$build/app/redress" "$store" "$out"
echo "wrote $out"
