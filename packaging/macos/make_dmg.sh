#!/bin/sh
# Make a compressed disk image holding "Evidence App.app" and a link to /Applications.
#
# UNTESTED: written from hdiutil(1); no macOS machine was available. packaging/build.py runs it
# after PyInstaller on macOS:  sh packaging/macos/make_dmg.sh "dist/Evidence App.app" dist/EvidenceApp-X.Y.Z.dmg
#
# The app is not signed or notarized here. Unsigned, Gatekeeper refuses a downloaded app until
# the user right-clicks it and chooses Open (or runs `xattr -dr com.apple.quarantine` on it);
# a USB stick does not set the quarantine flag. To sign and notarize, see docs/packaging.md.
set -eu
APP=$1
DMG=$2
[ -d "$APP" ] || { echo "no app bundle at $APP" >&2; exit 2; }
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Evidence App" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "wrote $DMG"
