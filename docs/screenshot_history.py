# SPDX-License-Identifier: Apache-2.0
"""Regenerate docs/screenshot_history.png: the real window with a few analysed samples, a review being
typed and the Case history dock. Run under Xvfb from the repository root:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshot_history.py [--pdf PRINTED.pdf]

Uses a throw-away settings/data folder and the shipped models (onnx_models/). ``--pdf`` also prints the
report of the last case to a PDF file through the Print code path.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def wait_for(signal, timeout_ms: int = 60_000) -> tuple:
    from PySide6.QtCore import QEventLoop, QTimer

    loop, got = QEventLoop(), []
    signal.connect(lambda *args: (got.append(args), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    if not got:
        raise SystemExit(f"timed out waiting for {signal}")
    return got[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshot_history.png"))
    parser.add_argument("--pdf", help="also print the last report to this PDF file")
    options = parser.parse_args()
    temp = Path(tempfile.mkdtemp(prefix="scanlens-shot-"))
    os.environ["SCANLENS_DATA_DIR"] = str(temp / "data")

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.reports.options_dialog import ReportOptions
    from desktop_app.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat))
    window.analysis.use_model_dirs([REPO / "onnx_models"], "cpu")
    window.resize(1400, 900)
    window.show()
    samples = REPO / "resources" / "samples"
    for name in ("chest_normal_IM-0117-0001.jpeg", "chest_pneumonia_person1004_bacteria_2935.jpeg",
                 "nih_cxr14_dx_no_finding.dcm", "chest_pneumonia_person1003_virus_1685.jpeg"):
        window.open_file(str(samples / name))
        wait_for(window.image_changed)
        window.analysis.analyse_current()
        wait_for(window.records.recorded)
    review = window.records.review
    review.reviewer.setText("Dr. A. Example")
    review.agree.setChecked(True)
    review.comment.setPlainText("Right lower lobe opacity, agree with the AI flag.")
    review.save_button.click()
    wait_for(window.records.review_saved)
    window.records.history.show_dock()
    wait_for(window.records.history.cases_shown)
    window.resizeDocks([window.records.history.dock], [260], Qt.Orientation.Vertical)
    app.processEvents()
    if options.pdf:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(options.pdf)
        window.records.outputs.print_report(printer=printer, options=ReportOptions())
        wait_for(window.records.outputs.printed)
        print(f"printed: {options.pdf}")
    window.grab().save(options.out)
    print(f"screenshot: {options.out}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
