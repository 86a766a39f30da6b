# SPDX-License-Identifier: Apache-2.0
"""ScanLens: offline desktop radiology assistant."""

__version__ = "0.1.0"
APP_NAME = "ScanLens"
