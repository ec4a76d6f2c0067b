# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not executed.

NEXTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEXTDESK_BUILD="${NEXTDESK_BUILD:-$NEXTDESK_ROOT/build}"

# Debian 12 packages the build, the tests and the console need (dpkg-dev and file: CPack's DEB
# generator runs dpkg-shlibdeps, which the package test and scripts/package need).
NEXTDESK_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
    python3 curl ca-certificates
    desktop-file-utils appstream
    dpkg-dev file
)

# What scripts/fuzz needs on top: clang and its libFuzzer/sanitizer runtimes.
NEXTDESK_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# nextdesk_install_packages [PACKAGE...]: those of the list (NEXTDESK_PACKAGES by default) that
# are not installed yet.
nextdesk_install_packages() {
    local wanted=("$@")
    [ ${#wanted[@]} -eq 0 ] && wanted=("${NEXTDESK_PACKAGES[@]}")
    local missing=()
    local pkg
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    if ! command -v apt-get >/dev/null 2>&1; then
        echo "nextdesk: missing packages (${missing[*]}) and no apt-get here; install them by hand" >&2
        return 1
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "nextdesk: run as root or install sudo to install: ${missing[*]}" >&2
            return 1
        fi
    fi
    echo "nextdesk: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# nextdesk_build [-DNAME=VALUE...]: extra cache settings (re)configure the build dir with them.
nextdesk_build() {
    if [ ! -f "$NEXTDESK_BUILD/build.ninja" ] || [ $# -gt 0 ]; then
        cmake -S "$NEXTDESK_ROOT" -B "$NEXTDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    fi
    cmake --build "$NEXTDESK_BUILD" -- -j"$(nproc 2>/dev/null || echo 2)"
}
