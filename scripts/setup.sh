#!/usr/bin/env bash
# Installs, through apt-get, the Debian 12 packages Marquee needs and that are not there yet.
# Idempotent: when everything is installed it only checks, in well under a second.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkgconf dpkg-dev ccache file
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav ffmpeg
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    libzxing-dev libqrencode-dev libsodium-dev libcurl4-openssl-dev python3-aiosmtpd
    postgresql fonts-dejavu-core desktop-file-utils poppler-utils xvfb xauth
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "setup.sh: these Debian packages are missing and only root can install them:" >&2
        echo "  apt-get install ${missing[*]}" >&2
        echo "Run that as root (su -c '…'), or run ./test.sh / ./run.sh once as root." >&2
        exit 1
    fi
    sudo="sudo"
fi
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
