#!/bin/sh
# `make demo`: the program with a virtual card and an embedded gateway.
#
#   sh scripts/run-demo.sh PATH/TO/citizen-assistant
#
# The virtual card goes through the system's smart card service when it can:
# if pcscd is installed but not running, this script starts it (as root) and
# stops it again at the end; it never touches a pcscd it did not start.
# Without pcscd the program uses its built-in reader instead.
# Without a display (no X11 or Wayland), the demo runs on a virtual screen (Xvfb)
# and says so.
set -u

PROGRAM=${1:?usage: run-demo.sh PATH/TO/citizen-assistant}
RUN_DIR=/run/pcscd
STARTED_PCSCD=""

# Children run in sessions of their own (setsid): Ctrl+C in the terminal then
# reaches only this script, which ends them in the right order. (setsid execs
# the command in place, so $! is the command's own pid.)
DETACH=""
command -v setsid >/dev/null 2>&1 && DETACH=setsid

say() { printf '%s\n' "demo: $*" >&2; }

pcscd_running() {
    [ -S "$RUN_DIR/pcscd.comm" ] && [ -f "$RUN_DIR/pcscd.pid" ] \
        && kill -0 "$(cat "$RUN_DIR/pcscd.pid")" 2>/dev/null
}

find_pcscd() {
    command -v pcscd 2>/dev/null && return 0
    for candidate in /usr/sbin/pcscd /usr/local/sbin/pcscd; do
        [ -x "$candidate" ] && { echo "$candidate"; return 0; }
    done
    return 1
}

stop_pcscd() {
    [ -n "$STARTED_PCSCD" ] || return 0
    pid=$(cat "$RUN_DIR/pcscd.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
        say "stopped the pcscd it started (pid $pid)"
    fi
    STARTED_PCSCD=""
}

PROGRAM_PID=""
XVFB_PID=""

# Ctrl+C or a TERM: end the program first (it stops its gateway and takes the
# virtual card out), then the virtual screen, then the pcscd we started.
stop_all() {
    if [ -n "$PROGRAM_PID" ]; then
        kill -TERM "$PROGRAM_PID" 2>/dev/null || true
        wait "$PROGRAM_PID" 2>/dev/null || true
        PROGRAM_PID=""
    fi
    if [ -n "$XVFB_PID" ]; then
        kill -TERM "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=""
    fi
    stop_pcscd
}

trap 'stop_all' EXIT
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM


# The program runs in the background and the script waits for it, so that a
# signal to the script is passed on to the program, which then ends cleanly.
run_program() {
    $DETACH "$PROGRAM" --demo &
    PROGRAM_PID=$!
    wait "$PROGRAM_PID"
    status=$?
    PROGRAM_PID=""
    return "$status"
}

# A virtual screen of our own (what xvfb-run does, but stopped in our order).
start_xvfb() {
    n=99
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do
        n=$((n + 1))
    done
    $DETACH Xvfb ":$n" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    tries=0
    while [ ! -e "/tmp/.X11-unix/X$n" ] && [ "$tries" -lt 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    DISPLAY=":$n"
    export DISPLAY
}

if PCSCD=$(find_pcscd); then
    if pcscd_running; then
        say "using the running smart card service (pcscd)"
    elif [ "$(id -u)" -ne 0 ]; then
        say "pcscd is installed but not running, and starting it needs root:"
        say "the virtual card goes into the program's built-in reader instead"
    else
        mkdir -p "$RUN_DIR"
        if $DETACH "$PCSCD"; then
            STARTED_PCSCD=yes
            tries=0
            while ! pcscd_running && [ "$tries" -lt 50 ]; do
                sleep 0.1
                tries=$((tries + 1))
            done
            if pcscd_running; then
                say "started pcscd (pid $(cat "$RUN_DIR/pcscd.pid")); it stops when the demo ends"
            else
                say "pcscd did not come up; the demo uses its built-in reader"
            fi
        else
            say "pcscd would not start; the demo uses its built-in reader"
        fi
    fi
    if [ ! -f /etc/reader.conf.d/vpcd ]; then
        say "the vpcd driver (Debian package vsmartcard-vpcd) is missing:"
        say "the virtual card goes into the program's built-in reader"
    fi
else
    say "pcscd is not installed: the virtual card goes into the program's built-in reader"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    run_program
    status=$?
elif command -v Xvfb >/dev/null 2>&1; then
    say "there is no display here (DISPLAY and WAYLAND_DISPLAY are not set)."
    say "The demo runs anyway, inside a virtual screen (Xvfb), where nobody can see it;"
    say "a card is inserted for Mathieu (persona 'worker') so that it does some work."
    say "To see the window, run 'make demo' in a desktop session or over 'ssh -X'."
    say "Pictures of every screen: 'make screenshots' (docs/screenshots/). Ctrl+C stops."
    start_xvfb
    CITIZEN_ASSISTANT_DEMO_PERSONA=${CITIZEN_ASSISTANT_DEMO_PERSONA:-worker}
    export CITIZEN_ASSISTANT_DEMO_PERSONA
    run_program
    status=$?
else
    say "there is no display here and Xvfb is not installed (Debian package xvfb)."
    say "Run 'make demo' in a desktop session, or over 'ssh -X', to see the program."
    status=1
fi
exit "$status"
