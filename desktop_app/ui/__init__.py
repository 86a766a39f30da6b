# SPDX-License-Identifier: Apache-2.0
"""Qt widgets and wiring of the ScanLens desktop viewer (the only package that imports PySide6 widgets)."""
