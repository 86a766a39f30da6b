# SPDX-License-Identifier: Apache-2.0
"""The analysis feature of the window: controller (runs desktop_app.analysis off the GUI thread), result panel,
confidence bars, refusal view, heatmap overlay, models dialog."""
