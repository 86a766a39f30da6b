# SPDX-License-Identifier: Apache-2.0
"""Patient facts typed for an image without a DICOM header (age, view), read by the population check.

A PNG/JPEG carries no age or view; what the user types here makes the result say "Outside validated use"
when the patient is outside the model's population (an adult on the pediatric chest model, a lateral film).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from desktop_app.scope.views import TYPED_VIEWS


class PatientFactsBox(QGroupBox):
    """Age and view for a raster image; ``changed`` fires when the user finishes an edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Patient (this image has no DICOM header)"), parent)
        self.age = QLineEdit(self)
        self.age.setPlaceholderText(self.tr("e.g. 4Y, 18M, 10W, 45"))
        self.age.setAccessibleName(self.tr("Patient age"))
        self.age.setAccessibleDescription(self.tr("Years, or with Y, M, W or D for years, months, weeks or days"))
        self.view = QComboBox(self)
        self.view.addItem(self.tr("unknown"), "")
        for view in TYPED_VIEWS:
            self.view.addItem(view, view)  # DICOM view codes (PA, AP, …), as the population check reads them
        self.view.setAccessibleName(self.tr("View position"))
        form = QFormLayout(self)
        form.addRow(self.tr("Age:"), self.age)
        form.addRow(self.tr("View:"), self.view)
        self.age.editingFinished.connect(self._age_edited)
        self.view.activated.connect(lambda _index: self.changed.emit())
        self._last_age = ""

    def facts(self) -> dict[str, str]:
        """The typed fields with a value, under the metadata keys the population check reads."""
        facts = {"patient_age": self.age.text().strip(), "view_position": str(self.view.currentData() or "")}
        return {key: value for key, value in facts.items() if value}

    def set_facts(self, facts: dict[str, str]) -> None:
        self.age.setText(facts.get("patient_age", ""))
        self._last_age = self.age.text().strip()
        self.view.setCurrentIndex(max(self.view.findData(facts.get("view_position", "")), 0))

    def _age_edited(self) -> None:
        if self.age.text().strip() != self._last_age:  # editingFinished also fires on focus changes
            self._last_age = self.age.text().strip()
            self.changed.emit()
