#!/bin/sh
# Sportello's set-up on Debian 12, as root.
#   sh tools/setup.sh run    install what is missing, build, start the app (demo on first run)
#   sh tools/setup.sh test   install what is missing, build, run every test headless
set -eu

mode=${1:-}
case "$mode" in
run | test) ;;
*)
    echo "usage: sh tools/setup.sh run|test" >&2
    exit 3
    ;;
esac

here=$(cd "$(dirname "$0")/.." && pwd)
build="${SPORTELLO_BUILD_DIR:-$here/build}"

# What the build, the tests and the app need from Debian 12. libqt6opengl6-dev is only a
# Recommends of qt6-base-dev, yet Qt's CMake packages need it.
packages="build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools
libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-translations-l10n libsqlite3-dev libssl-dev fonts-dejavu-core util-linux qt6-charts-dev
qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon"
if [ "$mode" = run ]; then
    packages="$packages fonts-noto-color-emoji"
fi
if [ "$mode" = run ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    packages="$packages xvfb xauth"
fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Run this as root (or with sudo): it installs Debian packages." >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build"

if [ "$mode" = test ]; then
    export QT_QPA_PLATFORM=offscreen
    # The audit key lives in the keychain: the tests get a private session bus and a
    # throw-away unlocked keyring in their own directories, never the user's.
    keyring_home=$(mktemp -d)
    mkdir -p "$keyring_home/data" "$keyring_home/config" "$keyring_home/cache" "$keyring_home/run"
    chmod 700 "$keyring_home/run"
    export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config"
    export XDG_CACHE_HOME="$keyring_home/cache" XDG_RUNTIME_DIR="$keyring_home/run"
    cd "$build"
    status=0
    dbus-run-session -- sh -c 'printf %s sportello-tests | gnome-keyring-daemon --unlock \
        --components=secrets >/dev/null && ctest --output-on-failure --timeout 600 -j2' || status=$?
    rm -rf "$keyring_home"
    exit $status
fi

# A desktop session has a keychain for the audit key. A bare machine gets a session bus and a
# keyring of its own (under ~/.local/share/keyrings, unlocked with SPORTELLO_KEYRING_PASSWORD),
# so the audit key survives restarts of the demo.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${SPORTELLO_IN_SESSION:-}" ]; then
    echo "No session bus found: starting one with a keyring for Sportello's audit key." >&2
    export SPORTELLO_IN_SESSION=1
    exec dbus-run-session -- sh -c 'printf %s "${SPORTELLO_KEYRING_PASSWORD:-sportello-demo}" |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec sh "$0" "$@"' \
        "$0" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Sportello on a virtual one (xvfb-run). From a desktop session it opens in a window." >&2
    shift
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/sportello" "$@"
fi
shift
exec "$build/app/sportello" "$@"
