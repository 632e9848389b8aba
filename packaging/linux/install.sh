#!/bin/sh
# Install the Evidence App bundle this script sits in, for this user (default) or, as root, for
# everyone. Copies the folder, links the `evidence-app` command and adds the menu entry, icon and
# AppStream metadata. Uninstall with `./install.sh --uninstall` (your workspaces are kept).
#   ./install.sh               ~/.local/lib/evidence-app, ~/.local/bin, ~/.local/share
#   sudo ./install.sh          /opt/evidence-app, /usr/local/bin, /usr/local/share
#   ./install.sh --user        per-user, even as root
set -eu
APP_ID=org.evidenceapp.EvidenceApp
HERE=$(cd "$(dirname "$0")" && pwd)
UNINSTALL=no; PER_USER=no
for arg in "$@"; do
    case "$arg" in
        --uninstall) UNINSTALL=yes ;;
        --user) PER_USER=yes ;;
        *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" = 0 ] && [ "$PER_USER" = no ]; then
    LIB=/opt/evidence-app; BIN=/usr/local/bin; SHARE=/usr/local/share
else
    LIB="$HOME/.local/lib/evidence-app"; BIN="$HOME/.local/bin"; SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

if [ "$UNINSTALL" = yes ]; then
    rm -rf "$LIB"
    rm -f "$BIN/evidence-app" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.png" -delete 2>/dev/null || true
    echo "Evidence App removed. Workspaces were not touched."
    exit 0
fi

if [ -e "$HERE/evidence-app-portable" ]; then
    echo "This is a portable copy (evidence-app-portable is present): run ./evidence-app from here." >&2
    exit 2
fi
if [ "$HERE" != "$LIB" ]; then
    rm -rf "$LIB.new"
    mkdir -p "$(dirname "$LIB")"
    cp -a "$HERE" "$LIB.new"
    rm -rf "$LIB"
    mv "$LIB.new" "$LIB"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$LIB/evidence-app" "$BIN/evidence-app"
sed "s|^Exec=.*|Exec=$LIB/evidence-app|; s|^TryExec=.*|TryExec=$LIB/evidence-app|" \
    "$LIB/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$LIB/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
for dir in "$LIB"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$SHARE/icons/hicolor/$size/apps"
    cp "$dir/$APP_ID.png" "$SHARE/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "Evidence App installed in $LIB; start it from the menu or run: evidence-app"
