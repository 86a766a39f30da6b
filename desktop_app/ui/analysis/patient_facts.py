# SPDX-License-Identifier: Apache-2.0
"""Patient facts typed for an image without a DICOM header (age, view, MR sequence), read by the population check.

A PNG/JPEG carries no age, view or sequence; what the user types here makes the result say "Outside validated
use" when the patient or the image is outside the model's population (an adult on the pediatric chest model, a
lateral film, a FLAIR slice on the brain model).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from desktop_app.scope.views import TYPED_VIEWS

# MR sequences offered (technical names, not translated); free text is allowed too.
SEQUENCES = ("T1", "T2", "FLAIR", "DWI/ADC", "SWI/T2*")


class PatientFactsBox(QGroupBox):
    """Age, view and MR sequence for a raster image; ``changed`` fires when the user finishes an edit."""

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
        self.sequence = self._sequence_combo()
        form = QFormLayout(self)
        form.addRow(self.tr("Age:"), self.age)
        form.addRow(self.tr("View:"), self.view)
        form.addRow(self.tr("MR sequence:"), self.sequence)
        self.age.editingFinished.connect(self._age_edited)
        self.view.activated.connect(lambda _index: self.changed.emit())
        self.sequence.activated.connect(lambda _index: self._sequence_edited())
        self.sequence.lineEdit().editingFinished.connect(self._sequence_edited)
        self._last_age = ""
        self._last_sequence = ""

    def _sequence_combo(self) -> QComboBox:
        """Editable: a choice shows its (translated) name and carries the English term the population check reads."""
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", "")  # blank: unknown
        combo.addItem(self.tr("T1 post-contrast"), "T1 post-contrast")
        for name in SEQUENCES:
            combo.addItem(name, name)
        combo.addItem(self.tr("Other"), "Other")
        combo.lineEdit().setPlaceholderText(self.tr("unknown"))
        combo.setAccessibleName(self.tr("MR sequence"))
        combo.setAccessibleDescription(self.tr("The MR sequence of this slice, chosen or typed (e.g. FLAIR); "
                                               "blank if unknown"))
        combo.lineEdit().setAccessibleName(combo.accessibleName())
        return combo

    def sequence_value(self) -> str:
        """The sequence for the population check: an offered choice's English term, else the text as typed."""
        text = " ".join(self.sequence.currentText().split())
        index = self.sequence.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        return str(self.sequence.itemData(index) or "") if index >= 0 else text

    def facts(self) -> dict[str, str]:
        """The typed fields with a value, under the metadata keys the population check reads."""
        facts = {"patient_age": self.age.text().strip(), "view_position": str(self.view.currentData() or ""),
                 "sequence": self.sequence_value()}
        return {key: value for key, value in facts.items() if value}

    def set_facts(self, facts: dict[str, str]) -> None:
        self.age.setText(facts.get("patient_age", ""))
        self._last_age = self.age.text().strip()
        self.view.setCurrentIndex(max(self.view.findData(facts.get("view_position", "")), 0))
        sequence = facts.get("sequence", "")
        index = self.sequence.findData(sequence)
        self.sequence.setCurrentIndex(max(index, 0))
        if index < 0:
            self.sequence.setEditText(sequence)
        self._last_sequence = self.sequence_value()

    def _age_edited(self) -> None:
        if self.age.text().strip() != self._last_age:  # editingFinished also fires on focus changes
            self._last_age = self.age.text().strip()
            self.changed.emit()

    def _sequence_edited(self) -> None:
        if self.sequence_value() != self._last_sequence:
            self._last_sequence = self.sequence_value()
            self.changed.emit()
