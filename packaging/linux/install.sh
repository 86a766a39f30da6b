#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Install this ScanLens folder (a `make dist` build, copied to the clinic PC) for the current user, offline:
#   the app  -> ~/.local/opt/ScanLens (or the folder given as $1)
#   command  -> ~/.local/bin/scanlens
#   desktop  -> menu entry, icon, and DICOM/image file types (double-click a .dcm opens ScanLens)
# then runs the self-test. Run it again after copying a newer build; `rm -rf` the folder to uninstall.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-"$HOME/.local/opt/ScanLens"}
bin_dir="$HOME/.local/bin"

if [ ! -x "$here/scanlens" ]; then
    echo "install.sh must stay in the ScanLens folder, next to the scanlens executable" >&2
    exit 1
fi
if [ "$here" != "$target" ]; then
    mkdir -p "$(dirname "$target")"
    rm -rf "$target.new"
    cp -a "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
    echo "copied ScanLens to $target"
fi
mkdir -p "$bin_dir"
ln -sf "$target/scanlens" "$bin_dir/scanlens"
echo "linked $bin_dir/scanlens"
"$target/scanlens" --install-desktop-integration
"$target/scanlens" self-test
