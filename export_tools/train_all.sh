#!/usr/bin/env bash
# Trains, calibrates and exports the three shipped models in turn (CPU, resumable: rerun to continue).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
for task in ${TASKS:-input_gate chest_xray_pneumonia brain_mri_tumor}; do
    "$PY" -m export_tools all --task "$task"
done
