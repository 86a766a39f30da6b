# SPDX-License-Identifier: Apache-2.0
"""Report preferences (reviewer name, clinic name and logo, page size, export folder) and their dialog.

They live in the window's ``QSettings`` under ``report/``; :class:`ReportPrefs` is the plain value the
rest of the UI uses. The reviewer name is remembered from the review panel as well.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reporting.inputs import PAGE_SIZES, PageSize


@dataclass(frozen=True)
class ReportPrefs:
    reviewer: str = ""
    clinic_name: str = ""
    clinic_logo: str = ""  # path to a PNG/JPEG printed in the header ("" = none)
    page_size: PageSize = "A4"
    last_folder: str = ""  # where the last report or export was saved

    def logo_path(self) -> str | None:
        return self.clinic_logo or None


def load_report_prefs(settings: QSettings) -> ReportPrefs:
    page = str(settings.value("report/page_size", "A4"))
    return ReportPrefs(
        reviewer=str(settings.value("report/reviewer", "") or ""),
        clinic_name=str(settings.value("report/clinic_name", "") or ""),
        clinic_logo=str(settings.value("report/clinic_logo", "") or ""),
        page_size="Letter" if page == "Letter" else "A4",
        last_folder=str(settings.value("report/last_folder", "") or ""),
    )


def save_report_prefs(settings: QSettings, prefs: ReportPrefs) -> None:
    settings.setValue("report/reviewer", prefs.reviewer)
    settings.setValue("report/clinic_name", prefs.clinic_name)
    settings.setValue("report/clinic_logo", prefs.clinic_logo)
    settings.setValue("report/page_size", prefs.page_size)
    settings.setValue("report/last_folder", prefs.last_folder)


def logo_problem(path: str) -> str:
    """Why ``path`` cannot be used as the clinic logo, or "" when it can (or is empty)."""
    if not path:
        return ""
    if not Path(path).is_file():
        return QCoreApplication.translate("ReportSettingsDialog", "The logo file does not exist.")
    if QPixmap(path).isNull():
        return QCoreApplication.translate("ReportSettingsDialog",
                                          "The logo is not a PNG or JPEG image that can be read.")
    return ""


class ReportSettingsDialog(QDialog):
    """Edit :class:`ReportPrefs`; :meth:`prefs` returns what the user chose."""

    def __init__(self, prefs: ReportPrefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report Settings"))
        self._prefs = prefs
        self.reviewer = QLineEdit(prefs.reviewer, self)
        self.reviewer.setPlaceholderText(self.tr("e.g. Dr. A. Example"))
        self.clinic_name = QLineEdit(prefs.clinic_name, self)
        self.clinic_name.setPlaceholderText(self.tr("Printed in the header of every page"))
        self.clinic_logo = QLineEdit(prefs.clinic_logo, self)
        self.clinic_logo.setPlaceholderText(self.tr("No logo"))
        self.page_size = QComboBox(self)
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(prefs.page_size)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._build()
        self.clinic_logo.textChanged.connect(self._check_logo)
        self._check_logo()

    def _build(self) -> None:
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        clear = QPushButton(self.tr("C&lear"), self)
        clear.clicked.connect(self.clinic_logo.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.clinic_logo, 1)
        logo_row.addWidget(browse)
        logo_row.addWidget(clear)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer name:"), self.reviewer)
        form.addRow(self.tr("Clinic &name:"), self.clinic_name)
        logo_label = QLabel(self.tr("Clinic l&ogo:"), self)
        logo_label.setBuddy(self.clinic_logo)
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("&Page size:"), self.page_size)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        start = str(Path(self.clinic_logo.text()).parent) if self.clinic_logo.text() else str(Path.home())
        images = self.tr("Images")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Clinic logo"), start, f"{images} (*.png *.jpg *.jpeg)")
        if path:
            self.clinic_logo.setText(path)

    def _check_logo(self) -> None:
        problem = logo_problem(self.clinic_logo.text().strip())
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def prefs(self) -> ReportPrefs:
        page = self.page_size.currentText()
        return replace(
            self._prefs,
            reviewer=self.reviewer.text().strip(),
            clinic_name=self.clinic_name.text().strip(),
            clinic_logo=self.clinic_logo.text().strip(),
            page_size="Letter" if page == "Letter" else "A4",
        )
