#!/usr/bin/env bash
# The macOS disk image: "UPR Tracker.app" (built by the shared spec's BUNDLE step) beside a link to
# /Applications, to drag it into. Run on a Mac from the source tree's root:
#     python3 tools/build_bundle.py --out build/macos
#     tools/bundle/macos/make_dmg.sh 0.1.0
# Writes build/installer/upr-tracker-VERSION-macos.dmg and prints its path. Unsigned: see the
# README ("Installing and building the installers") for signing and notarisation.
set -euo pipefail
version="${1:-0.1.0}"
app="build/macos/UPR Tracker.app"
[ -d "$app" ] || { echo "$app is missing: run python3 tools/build_bundle.py --out build/macos first" >&2; exit 1; }
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
mkdir -p build/installer
dmg="build/installer/upr-tracker-${version}-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "UPR Tracker" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg" >/dev/null
echo "$(cd "$(dirname "$dmg")" && pwd)/$(basename "$dmg")"
