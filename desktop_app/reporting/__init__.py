# SPDX-License-Identifier: Apache-2.0
"""PDF reports of analysed images (reportlab, Qt-free).

Call :func:`write_report` with one :class:`ReportInput` per image; it raises :class:`ReportError` with a
one-line reason on any failure. The report is in the current language or the one ``write_report(language=...)``
names (right-to-left languages laid out right to left). reportlab is imported only when a report is written.
"""

from __future__ import annotations

from desktop_app.reporting.inputs import DEIDENTIFIED, HeatmapLegend, ReportError, ReportInput
from desktop_app.reporting.writer import write_report

__all__ = ["DEIDENTIFIED", "HeatmapLegend", "ReportError", "ReportInput", "write_report"]
