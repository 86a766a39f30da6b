#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerate docs/screenshot.png: the real app under Xvfb, a DICOM plus the JPEG samples in the strip.
# Needs xvfb (apt-get install xvfb) and the venv. Uses a throw-away settings/data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
S=resources/samples
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" xvfb-run -a -s "-screen 0 1400x900x24" \
  .venv/bin/python -m desktop_app --screenshot docs/screenshot.png \
  "$S/nih_cxr14_dx_no_finding.dcm" "$S"/chest_*.jpeg "$S"/brain_*.jpg "$S/other_hand_xray_mednist.jpeg"
