# SPDX-License-Identifier: Apache-2.0
"""Window (VOI) preset controls: a toolbar combobox and the Image → Window Presets menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from desktop_app.imaging.model import WindowPreset

#: The imaging core's own window names (desktop_app.imaging.render), translated where shown.
CORE_WINDOW_NAMES = (QT_TRANSLATE_NOOP("WindowPresets", "Full range"),)


def window_name(name: str) -> str:
    """A window's name as shown: ScanLens' own (CT presets, "Manual") translated, a file's as it is."""
    return QCoreApplication.translate("WindowPresets", name) if name else QCoreApplication.translate(
        "WindowPresets", "Window")


def preset_label(preset: WindowPreset) -> str:
    return f"{window_name(preset.name)}  (C {preset.center:.6g} / W {preset.width:.6g})"


def same_window(a: WindowPreset | None, b: WindowPreset | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a.center - b.center) < 1e-6 and abs(a.width - b.width) < 1e-6


class PresetCombo(QComboBox):
    """Lists the presets of the current image plus "Auto"; shows "Manual" for a dragged window."""

    preset_chosen = Signal(object)  # WindowPreset
    auto_chosen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setToolTip(self.tr("Window presets (right-drag on the image to adjust)"))
        self.setAccessibleName(self.tr("Window preset"))
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._presets: list[WindowPreset] = []
        self.activated.connect(self._on_activated)
        self.set_presets([], enabled=False)

    def set_presets(self, presets: list[WindowPreset], enabled: bool = True, placeholder: str = "") -> None:
        self._presets = list(presets)
        self.blockSignals(True)
        self.clear()
        for preset in self._presets:
            self.addItem(preset_label(preset))
        self.addItem(self.tr("Auto"))
        self.setCurrentIndex(-1)
        self.setPlaceholderText(placeholder or window_name(""))
        self.blockSignals(False)
        self.setEnabled(enabled)

    def presets(self) -> list[WindowPreset]:
        return list(self._presets)

    def show_window(self, window: WindowPreset | None) -> None:
        """Select the matching preset, or show the values as placeholder text."""
        index = next((i for i, p in enumerate(self._presets) if same_window(p, window)), -1)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        if index < 0 and window is not None:
            name = window_name(window.name or "Manual")
            self.setPlaceholderText(f"{name}  (C {window.center:.5g} / W {window.width:.5g})")
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        if 0 <= index < len(self._presets):
            self.preset_chosen.emit(self._presets[index])
        elif index == len(self._presets):
            self.auto_chosen.emit()


def fill_presets_menu(menu: QMenu, presets: list[WindowPreset], apply: Callable[[WindowPreset], None]) -> None:
    """Rebuild the Window Presets menu; the first nine presets get the shortcuts 1–9."""
    menu.clear()
    for index, preset in enumerate(presets):
        action = menu.addAction(preset_label(preset))
        if index < 9:
            action.setShortcut(str(index + 1))
        action.triggered.connect(lambda _checked=False, p=preset: apply(p))
    menu.setEnabled(bool(presets))
