# SPDX-License-Identifier: Apache-2.0
"""Analysis preferences (execution device, analyse on open, user models folder) and their dialog.

The preferences live in the window's ``QSettings`` under ``analysis/``; :class:`AnalysisPrefs` is the
plain value handed to the rest of the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
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

DEVICE_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("SettingsDialog", "Automatic — a GPU when one is usable, else the CPU")),
    ("cpu", QT_TRANSLATE_NOOP("SettingsDialog", "CPU only")),
    ("gpu", QT_TRANSLATE_NOOP("SettingsDialog", "GPU (falls back to the CPU, with a note, when none is usable)")),
)


def default_user_models_dir() -> Path:
    from desktop_app.settings import user_models_dir

    return user_models_dir()


@dataclass(frozen=True)
class AnalysisPrefs:
    device: str = "auto"
    auto_analyse: bool = False
    models_dir: str = ""  # extra folder searched for model packs ("" = the default user folder)

    def user_models_dir(self) -> Path:
        return Path(self.models_dir) if self.models_dir else default_user_models_dir()


def _as_bool(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")


def load_prefs(settings: QSettings) -> AnalysisPrefs:
    device = str(settings.value("analysis/device", "auto"))
    return AnalysisPrefs(
        device=device if device in dict(DEVICE_CHOICES) else "auto",
        auto_analyse=_as_bool(settings.value("analysis/auto_analyse", False)),
        models_dir=str(settings.value("analysis/models_dir", "") or ""),
    )


def save_prefs(settings: QSettings, prefs: AnalysisPrefs) -> None:
    settings.setValue("analysis/device", prefs.device)
    settings.setValue("analysis/auto_analyse", prefs.auto_analyse)
    settings.setValue("analysis/models_dir", prefs.models_dir)


class SettingsDialog(QDialog):
    """Edit :class:`AnalysisPrefs`; :meth:`prefs` returns what the user chose."""

    def __init__(self, prefs: AnalysisPrefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis Settings"))
        self.device = QComboBox(self)
        for key, text in DEVICE_CHOICES:
            self.device.addItem(self.tr(text), key)
        self.device.setCurrentIndex(self.device.findData(prefs.device))
        self.auto_analyse = QCheckBox(self.tr("Analyse &automatically when an image is opened"), self)
        self.auto_analyse.setChecked(prefs.auto_analyse)
        self.models_dir = QLineEdit(prefs.models_dir, self)
        self.models_dir.setPlaceholderText(str(default_user_models_dir()))
        self._build(prefs)

    def _build(self, prefs: AnalysisPrefs) -> None:
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.models_dir, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Execution &device:"), self.device)
        form.addRow("", self.auto_analyse)
        folder_label = QLabel(self.tr("Your &models folder:"), self)
        folder_label.setBuddy(self.models_dir)
        form.addRow(folder_label, folder_row)
        hint = QLabel(self.tr(
            "Model packs (<id>.onnx with its <id>.json card) in this folder are offered next to the shipped "
            "models. Changing the device or folder reloads the models on the next analysis."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        start = self.models_dir.text() or str(default_user_models_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with model packs"), start)
        if folder:
            self.models_dir.setText(folder)

    def prefs(self) -> AnalysisPrefs:
        return AnalysisPrefs(
            device=str(self.device.currentData()),
            auto_analyse=self.auto_analyse.isChecked(),
            models_dir=self.models_dir.text().strip(),
        )
