# SPDX-License-Identifier: Apache-2.0
"""Print the PDF report itself: its pages are rasterised and painted onto the printer's pages.

So the paper shows exactly what the exported PDF shows (one layout, reportlab's). Rasterising uses the
first available backend, like pydicom's pixel decoders: Qt's own ``QtPdf`` (in PySide6-Addons) or
PDFium through ``pypdfium2``; :func:`raster_backend` says which one is used and why another is not.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # sharp on paper; an A4 page is then 2480 × 3508 pixels
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe


class PrintError(Exception):
    """The report could not be printed. ``str(err)`` is a one-line reason for the user."""


def _render_qtpdf(path: Path, dpi: int) -> list[QImage]:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_:
        text = QCoreApplication.translate("PrintPages", "The report PDF could not be read for printing ({reason})")
        raise PrintError(text.format(reason=doc.error().name))
    pages = []
    for index in range(doc.pageCount()):
        points = doc.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        pages.append(doc.render(index, size).convertToFormat(QImage.Format.Format_RGB32))
    doc.close()
    return pages


def _render_pdfium(path: Path, dpi: int) -> list[QImage]:
    import pypdfium2 as pdfium

    pages = []
    with _pdfium_lock:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as err:
            raise PrintError(QCoreApplication.translate(
                "PrintPages", "The report PDF could not be read for printing ({reason})").format(reason=err)) from err
        try:
            for page in pdf:
                rgb = page.render(scale=dpi / 72, rev_byteorder=True).to_numpy()
                pages.append(array_to_qimage(rgb))
        finally:
            pdf.close()
    return pages


def array_to_qimage(rgb: np.ndarray) -> QImage:
    """A QImage owning a copy of an (H, W, 3) or (H, W, 4) uint8 RGB(x) array."""
    rgb = np.ascontiguousarray(rgb[:, :, :3])
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888).copy()


def raster_backend() -> tuple[Callable[[Path, int], list[QImage]] | None, str]:
    """The PDF rasteriser to use and a note: which one, or why none is available."""
    try:
        import PySide6.QtPdf  # noqa: F401 - probe only
    except ImportError:
        qt_note = QCoreApplication.translate("PrintPages", "QtPdf is not installed (PySide6-Addons)")
    else:
        return _render_qtpdf, "QtPdf"
    try:
        import pypdfium2  # noqa: F401 - probe only
    except ImportError:
        text = QCoreApplication.translate(
            "PrintPages", "Printing needs a PDF renderer: {qtpdf}, and pypdfium2 is not installed")
        return None, text.format(qtpdf=qt_note)
    return _render_pdfium, f"PDFium (pypdfium2; {qt_note})"


def rasterise(pdf: str | Path, dpi: int = PRINT_DPI) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``; raises :class:`PrintError`. Safe on a worker thread."""
    render, note = raster_backend()
    if render is None:
        raise PrintError(note)
    pages = render(Path(pdf), dpi)
    if not pages:
        raise PrintError(QCoreApplication.translate("PrintPages", "The report PDF has no pages"))
    return pages


def prepare_printer(printer: QPrinter, page_size: str, title: str) -> None:
    """Paper of the report's size, portrait, the whole sheet addressable (the PDF has its own margins)."""
    size = QPageSize.PageSizeId.Letter if page_size == "Letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    """Paint ``pages`` onto ``printer``, one per sheet, scaled to fit and centred; raises PrintError."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate("PrintPages",
                                                    "The printer could not be started (is it available?)"))
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index, page in enumerate(pages):
            if index and not printer.newPage():
                raise PrintError(QCoreApplication.translate("PrintPages", "The printer refused page {number}").format(
                    number=index + 1))
            painter.drawImage(_fitted(QRectF(printer.paperRect(QPrinter.Unit.DevicePixel)), page), page)
    finally:
        painter.end()


def _fitted(paper: QRectF, page: QImage) -> QRectF:
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2, width, height)
