# SPDX-License-Identifier: Apache-2.0
"""Help → About: version, models, runtimes, third-party licenses and data set citations.

All content comes from :mod:`desktop_app.about` (Qt-free), which ``scanlens --version`` uses too.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
DISCLAIMER = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader.",
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
            text = QCoreApplication.translate("AboutDialog", "(cannot read {name}: {reason})").format(
                name=name, reason=err.strerror)
        parts.append(f"==> {Path(name).name} <==\n{text}")
    none = QCoreApplication.translate("AboutDialog", "{package} ships no license file; its metadata says: {license}")
    return "\n\n".join(parts) or none.format(package=package.name, license=package.license)


class AboutDialog(QDialog):
    """Tabs: About (versions, models), Third-party software (licenses), Data (citations, bundled files)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.resize(760, 560)
        self.models = about.model_infos()
        self.packages = about.third_party_packages()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.tabs.addTab(self._packages_tab(), self.tr("Third-party software"))
        self.tabs.addTab(self._data_tab(), self.tr("Data"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy version details"), QDialogButtonBox.ButtonRole.ActionRole)
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
        licensed = self.tr("Licensed under Apache-2.0.")
        header = QLabel(
            f"<h2>{APP_NAME} {escape(__version__)}</h2><p>{escape(self.tr(DISCLAIMER))}</p>"
            f"<p>{escape(licensed)} {escape(about.install_kind())}.</p><table>{versions}</table>"
        )
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(header)
        rows = [[m.id, m.version, m.sha256[:16], self._status(m)] for m in self.models]
        headers = [self.tr("Model"), self.tr("Version"), self.tr("sha256 (card)"), self.tr("Status")]
        self.models_table = _table(headers, rows)
        layout.addWidget(QLabel(self.tr("Installed models (the file hash is checked before each model is loaded):")))
        layout.addWidget(self.models_table, 1)
        return page

    def _status(self, model: about.ModelInfo) -> str:
        if model.available:
            return self.tr("ready")
        return self.tr("unavailable: {reason}").format(reason=model.reason)

    def _packages_tab(self) -> QWidget:
        rows = [[p.name, p.version, p.license] for p in self.packages]
        self.packages_table = _table([self.tr("Package"), self.tr("Version"), self.tr("License")], rows)
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
        models = self.tr("models: {ids}")
        items = "".join(
            f"<li>{escape(text)} <i>({escape(models.format(ids=', '.join(ids)))})</i></li>" for text, ids in citations
        )
        assets = "".join(
            f"<li><b>{escape(title)}</b>: {escape(summary)} <small>({escape(path)})</small></li>"
            for title, path, summary in about.BUNDLED_ASSETS
        )
        browser = QTextBrowser()
        none = escape(self.tr("No model with a training data citation is installed."))
        trained_on = escape(self.tr("Data sets the models were trained on"))
        bundled = escape(self.tr("Bundled fonts, images and test files"))
        browser.setHtml(
            f"<h3>{trained_on}</h3><ul>{items or f'<li>{none}</li>'}</ul><h3>{bundled}</h3><ul>{assets}</ul>"
        )
        return browser

    def show_license(self, row: int) -> None:
        if 0 <= row < len(self.packages):
            self.license_view.setPlainText(license_text(self.packages[row]))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(about.version_text(self.models))
