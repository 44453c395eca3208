#!/usr/bin/env bash
# Takes the screenshots in docs/ from the real program under Xvfb, with a
# window manager so that windows are active as on a desktop. Needs xvfb,
# openbox, xdotool and imagemagick
# (apt-get install xvfb openbox xdotool imagemagick).
#   tools/screenshot.sh [STORE] [NAME…]   (default: a fresh 20,000-case demo
#   store, and every screenshot)
# Writes docs/screenshot.png (light), docs/screenshot-dark.png,
# docs/screenshot-200.png (200% scaling), docs/dashboard.png and
# docs/problems.png.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${REDRESS_BUILD_DIR:-$here/build}"
store="${1:-}"
shift || true
only=("$@")
if [ -z "$store" ]; then
    store="$(mktemp -d)/screenshot.sqlite"
    "$build/app/redress-cli" --db "$store" demo --cases 20000 --seed 7 >/dev/null
    # Overdue demo cases go up the ladder, so the service level has something to show.
    "$build/app/redress-cli" --db "$store" escalate >/dev/null
fi
# Preferences of this run only: no window state from a person's own runs.
config="$(mktemp -d)"

# shoot OUT SCREEN USER KEYS [ARGS…]: starts Redress, types KEYS (xdotool
# key names; "type:TEXT" types, "sleep:N" waits), grabs the screen.
shoot() {
    local out="$1" screen="$2" user="$3" keys="$4"
    shift 4
    if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" ${out%.png} "* ]]; then
        return 0
    fi
    XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
        out="$1"; keys="$2"; shift 2
        openbox >/dev/null 2>&1 &
        sleep 1
        "$@" >/dev/null 2>&1 &
        app=$!
        sleep 5
        for k in $keys; do
            case "$k" in
                sleep:*) sleep "${k#sleep:}" ;;
                type:*) xdotool type --delay 40 "${k#type:}" ;;
                *) xdotool key "$k" ;;
            esac
        done
        sleep 1
        import -window root "$out"
        kill $app
    ' bash "$here/docs/$out" "$keys" "$build/app/redress" --db "$store" --user "$user" "$@"
    echo "wrote docs/$out"
}

list_keys="ctrl+f type:leak Return sleep:1.5 Down Down sleep:1"
shoot screenshot.png 1440x900 julia.novak "$list_keys" --color-scheme light
shoot screenshot-dark.png 1440x900 julia.novak "$list_keys" --color-scheme dark
QT_SCALE_FACTOR=2 shoot screenshot-200.png 2880x1800 julia.novak "$list_keys" --color-scheme light
shoot dashboard.png 1440x900 julia.novak "ctrl+shift+b sleep:6" --color-scheme light
shoot problems.png 1440x900 qiu.lan "ctrl+shift+o sleep:2 End sleep:2" --color-scheme light
