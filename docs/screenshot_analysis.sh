#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerate docs/screenshot_analysis.png: the real app under Xvfb with "analyse on open" switched on,
# analysing the pneumonia sample with the shipped models. Needs xvfb and the venv; throw-away settings.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ScanLens"
printf '[analysis]\nauto_analyse=true\n' > "$tmp/ScanLens/ScanLens.conf"
XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" xvfb-run -a -s "-screen 0 1280x820x24" \
  .venv/bin/python -m desktop_app --screenshot docs/screenshot_analysis.png \
  resources/samples/chest_pneumonia_person1003_virus_1685.jpeg
