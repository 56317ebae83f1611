#!/bin/sh
# Installs the Debian packages the program and its tests need, when missing.
# Without root it only names them, because a half-installed machine is worse
# than a clear instruction.
set -eu

PACKAGES="pcscd vsmartcard-vpcd opensc libpcsclite-dev swig gcc python3-dev python3-venv
poppler-utils libnss3-tools xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libegl1
libgl1 libfontconfig1 libdbus-1-3 fonts-noto-cjk util-linux"

# make test also needs a PostgreSQL server for the gateway suite.
if [ "${1:-}" = "--with-postgres" ]; then
    PACKAGES="$PACKAGES postgresql"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian system; install the equivalents of: $PACKAGES" >&2
    exit 0
fi

missing=""
for p in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: missing Debian packages; as root run:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi

echo "system-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has empty package lists; update only when an install fails.
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 || {
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends $missing >/dev/null
}
