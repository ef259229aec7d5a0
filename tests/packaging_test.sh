#!/usr/bin/env bash
# The .deb that `cpack -G DEB` makes holds marquee and marquee-kiosk, their .desktop files and
# icon, and both programs it holds start (each writes a screenshot of its window and exits).
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >/dev/null
deb=$(ls "$work"/out/marquee_*_amd64.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/marquee ./usr/bin/marquee-kiosk ./usr/share/applications/marquee.desktop \
         ./usr/share/applications/marquee-kiosk.desktop \
         ./usr/share/icons/hicolor/scalable/apps/marquee.svg; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in the package: $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "Depends lacks the SQLite driver"; exit 1; }
dpkg-deb -x "$deb" root
desktop-file-validate root/usr/share/applications/marquee.desktop
desktop-file-validate root/usr/share/applications/marquee-kiosk.desktop
QT_QPA_PLATFORM=offscreen HOME="$work" XDG_DATA_HOME="$work/data" \
    timeout 60 root/usr/bin/marquee --database "$work/db.sqlite" --screenshot "$work/shot.png" >/dev/null 2>&1
[ -s "$work/shot.png" ] || { echo "the packaged marquee did not start"; exit 1; }
QT_QPA_PLATFORM=offscreen HOME="$work" XDG_DATA_HOME="$work/data" \
    timeout 60 root/usr/bin/marquee-kiosk --database "$work/kiosk.sqlite" \
    --screenshot "$work/kiosk.png" >/dev/null 2>&1
[ -s "$work/kiosk.png" ] || { echo "the packaged marquee-kiosk did not start"; exit 1; }
echo "package ok: $(basename "$deb")"
