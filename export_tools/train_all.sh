#!/usr/bin/env bash
# Trains, calibrates and exports the three shipped models in turn (CPU, resumable: rerun to continue),
# then measures each one's INT8/float16 variants into its card (export writes a fresh card without them).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
for task in ${TASKS:-input_gate chest_xray_pneumonia brain_mri_tumor}; do
    "$PY" -m export_tools all --task "$task"
    "$PY" -m export_tools quantise --task "$task"
done
