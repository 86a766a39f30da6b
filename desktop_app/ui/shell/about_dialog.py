# SPDX-License-Identifier: Apache-2.0
"""Help → About: version, models, runtimes, third-party licenses and data set citations.

All content comes from :mod:`desktop_app.about` (Qt-free), which ``scanlens --version`` uses too.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__, about

MAX_LICENSE_CHARS = 200_000
DISCLAIMER = (
    "Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader."
)


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def license_text(package: about.ThirdPartyPackage) -> str:
    """The package's license files, one after the other (or a note when it ships none)."""
    parts = []
    for name in package.license_files:
        try:
            text = Path(name).read_text(encoding="utf-8", errors="replace")[:MAX_LICENSE_CHARS]
        except OSError as err:
            text = f"(cannot read {name}: {err.strerror})"
        parts.append(f"==> {Path(name).name} <==\n{text}")
    return "\n\n".join(parts) or f"{package.name} ships no license file; its metadata says: {package.license}"


class AboutDialog(QDialog):
    """Tabs: About (versions, models), Third-party software (licenses), Data (citations, bundled files)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.resize(760, 560)
        self.models = about.model_infos()
        self.packages = about.third_party_packages()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_tab(), "About")
        self.tabs.addTab(self._packages_tab(), "Third-party software")
        self.tabs.addTab(self._data_tab(), "Data")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton("Copy version details", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        versions = "".join(
            f"<tr><td>{escape(name)}&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
            for name, value in about.runtime_versions().items()
        )
        header = QLabel(
            f"<h2>{APP_NAME} {escape(__version__)}</h2><p>{escape(DISCLAIMER)}</p>"
            f"<p>Licensed under Apache-2.0. {escape(about.install_kind())}.</p><table>{versions}</table>"
        )
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(header)
        rows = [
            [m.id, m.version, m.sha256[:16], "ready" if m.available else f"unavailable: {m.reason}"]
            for m in self.models
        ]
        self.models_table = _table(["Model", "Version", "sha256 (card)", "Status"], rows)
        layout.addWidget(QLabel("Installed models (the file hash is checked before each model is loaded):"))
        layout.addWidget(self.models_table, 1)
        return page

    def _packages_tab(self) -> QWidget:
        rows = [[p.name, p.version, p.license] for p in self.packages]
        self.packages_table = _table(["Package", "Version", "License"], rows)
        self.license_view = QPlainTextEdit()
        self.license_view.setReadOnly(True)
        self.license_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.packages_table.currentCellChanged.connect(lambda row, *_: self.show_license(row))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.packages_table)
        splitter.addWidget(self.license_view)
        copyleft = about.strong_copyleft(self.packages)
        notes = [about.QT_NOTE] + [f"{p.name} is under {p.license}. {about.GPL_NOTE}" for p in copyleft]
        note = QLabel("\n\n".join(notes))
        note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addWidget(note)
        if self.packages:
            self.packages_table.selectRow(0)
            self.show_license(0)
        return page

    def _data_tab(self) -> QWidget:
        citations = about.dataset_citations(self.models)
        items = "".join(
            f"<li>{escape(text)} <i>(models: {escape(', '.join(ids))})</i></li>" for text, ids in citations
        )
        assets = "".join(
            f"<li><b>{escape(title)}</b>: {escape(summary)} <small>({escape(path)})</small></li>"
            for title, path, summary in about.BUNDLED_ASSETS
        )
        browser = QTextBrowser()
        browser.setHtml(
            "<h3>Data sets the models were trained on</h3>"
            f"<ul>{items or '<li>No model with a training data citation is installed.</li>'}</ul>"
            f"<h3>Bundled fonts, images and test files</h3><ul>{assets}</ul>"
        )
        return browser

    def show_license(self, row: int) -> None:
        if 0 <= row < len(self.packages):
            self.license_view.setPlainText(license_text(self.packages[row]))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(about.version_text(self.models))
