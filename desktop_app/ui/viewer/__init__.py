# SPDX-License-Identifier: Apache-2.0
"""Showing a scan: the image viewer (zoom/pan graphics view, window/level controls), loading on a worker, metadata
table, thumbnails."""
