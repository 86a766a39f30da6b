# SPDX-License-Identifier: Apache-2.0
"""Patient/study fields and the "De-identify" choice asked before a report, a print or a DICOM export.

A DICOM image brings its own fields (shown read-only: the header wins, as in ``patient_fields``); for a
PNG/JPEG the user types them. What was typed is remembered for that file while the window is open.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.imaging.model import LoadedImage

#: (metadata key, label, choices or None for free text) of the fields typed for a non-DICOM image.
TYPED_FIELDS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("patient_name", QT_TRANSLATE_NOOP("ReportOptionsDialog", "Patient name"), None),
    ("patient_id", QT_TRANSLATE_NOOP("ReportOptionsDialog", "Patient ID"), None),
    ("patient_sex", QT_TRANSLATE_NOOP("ReportOptionsDialog", "Sex"), ("", "F", "M", "O")),  # DICOM codes
    ("patient_birth_date", QT_TRANSLATE_NOOP("ReportOptionsDialog", "Birth date"), None),
    ("patient_age", QT_TRANSLATE_NOOP("ReportOptionsDialog", "Age"), None),
    ("study_date", QT_TRANSLATE_NOOP("ReportOptionsDialog", "Study date"), None),
    ("modality", QT_TRANSLATE_NOOP("ReportOptionsDialog", "Modality"), ("", "CR", "DX", "CT", "MR", "US", "OT")),
    ("view_position", QT_TRANSLATE_NOOP("ReportOptionsDialog", "View"), ("", "PA", "AP", "LATERAL", "LL", "RL")),
    ("sequence", QT_TRANSLATE_NOOP("ReportOptionsDialog", "MR sequence"), None),
)
DATE_KEYS = ("patient_birth_date", "study_date")


@dataclass(frozen=True)
class ReportOptions:
    """What the dialog returns: typed fields (empty for DICOM) and whether to de-identify."""

    typed: dict[str, str] = field(default_factory=dict)
    deidentify: bool = False


def date_problem(text: str) -> str:
    """"" for an empty or valid ``YYYY-MM-DD`` date, else why it is not one."""
    if not text:
        return ""
    try:
        valid = len(text) == 10 and bool(date.fromisoformat(text))
    except ValueError:
        valid = False
    if valid:
        return ""
    return QCoreApplication.translate("ReportOptionsDialog", "{text} is not a valid date (YYYY-MM-DD)").format(
        text=repr(text))


class ReportOptionsDialog(QDialog):
    """Ask for the patient/study fields (non-DICOM only) and de-identification before ``action``."""

    def __init__(self, image: LoadedImage, action: str, previous: ReportOptions | None = None,
                 parent: QWidget | None = None):
        """``action`` names what follows, in the user's language ("Export Report (PDF)…"): title and OK."""
        super().__init__(parent)
        self.setWindowTitle(action)
        self.is_dicom = image.source_format == "dicom"
        previous = previous or ReportOptions()
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.deidentify = QCheckBox(
            self.tr("De-identify (remove the patient's name, ID, birth date and file name)"), self)
        self.deidentify.setChecked(previous.deidentify)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action.rstrip("…."))
        self._build(image.metadata, previous.typed)

    def _build(self, metadata: Mapping[str, object], typed: Mapping[str, str]) -> None:
        form = QFormLayout()
        for key, label, choices in TYPED_FIELDS:
            caption = self.tr("{field}:").format(field=self.tr(label))
            if self.is_dicom:
                value = metadata.get(key)
                shown = QLabel("—" if value in (None, "") else str(value), self)
                shown.setAccessibleName(self.tr(label))
                form.addRow(caption, shown)
                continue
            editor = self._editor(key, choices, typed.get(key, "") or str(metadata.get(key) or ""))
            editor.setAccessibleName(self.tr(label))
            self.editors[key] = editor
            form.addRow(caption, editor)
        source = (self.tr("From the DICOM header.") if self.is_dicom
                  else self.tr("This image has no DICOM header: type the patient and study details (all optional)."))
        hint = QLabel(source, self)
        hint.setWordWrap(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.deidentify)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _editor(self, key: str, choices: tuple[str, ...] | None, value: str) -> QLineEdit | QComboBox:
        if choices is None:
            editor = QLineEdit(value, self)
            if key in DATE_KEYS:
                editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
            editor.textChanged.connect(self._check)
            return editor
        combo = QComboBox(self)
        combo.setEditable(key != "patient_sex")
        combo.addItems(list(choices))
        combo.setCurrentText(value)
        return combo

    def _check(self) -> None:
        problems = [date_problem(self._text(key)) for key in DATE_KEYS if key in self.editors]
        problem = next((p for p in problems if p), "")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _text(self, key: str) -> str:
        editor = self.editors[key]
        return (editor.text() if isinstance(editor, QLineEdit) else editor.currentText()).strip()

    def set_field(self, key: str, value: str) -> None:
        """Fill one typed field (tests, and a caller that knows better)."""
        editor = self.editors[key]
        editor.setText(value) if isinstance(editor, QLineEdit) else editor.setCurrentText(value)

    def options(self) -> ReportOptions:
        typed = {key: self._text(key) for key in self.editors if self._text(key)}
        return ReportOptions(typed, self.deidentify.isChecked())
