# SPDX-License-Identifier: Apache-2.0
"""Training, export, verification and calibration of ScanLens models (needs torch; the app never does)."""
