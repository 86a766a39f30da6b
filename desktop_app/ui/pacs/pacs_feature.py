# SPDX-License-Identifier: Apache-2.0
"""Wires the PACS into the window: a "PACS" menu (nodes, Send to PACS, send what waits), the PACS dock,
and a timer that retries the outbox with its backoff. All network work runs in workers."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from desktop_app.pacs import NodeStore, PacsError
from desktop_app.pacs.outbox import Outbox, OutboxItem
from desktop_app.ui.common.menus import menu_containing, plain_text
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.pacs.nodes_dialog import PacsNodesDialog
from desktop_app.ui.pacs.pacs_panel import PacsPanel
from desktop_app.ui.pacs.receive_feature import ReceiveController, load_receive_prefs, save_receive_prefs

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
RETRY_INTERVAL_MS = 60_000
SEND_TITLE = QT_TRANSLATE_NOOP("PacsFeature", "Send to PACS")


def export_and_queue(case: Any, options: Any, prefs: Any, review: Any, node: str, outbox: Outbox) -> list[OutboxItem]:
    """Export ``case`` (SC + Encapsulated PDF) to a temporary folder, queue both for ``node``, try to send."""
    from desktop_app.ui.reports.jobs import export_to_folder

    with tempfile.TemporaryDirectory(prefix="scanlens-send-") as folder:
        done = export_to_folder(case, options, prefs, review, folder)
        for path in (*done.secondary_captures, *([done.report] if done.report else [])):
            outbox.enqueue(path, node)
    return outbox.flush(node)


class PacsFeature(QObject):
    """The PACS menu, dock and outbox retries of one window."""

    outbox_changed = Signal(int, int)  # waiting, failed

    def __init__(self, window: MainWindow, store: NodeStore | None = None, outbox: Outbox | None = None):
        super().__init__(window)
        self.window, self.store = window, store or NodeStore()
        self.outbox = outbox
        self.panel = PacsPanel(self.store, self._download_root(), window)
        self.dock = window.add_dock(self.panel, self.tr("PACS"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock.setObjectName("dock_pacs")  # the same in every language: the saved window state finds it
        self.dock.hide()
        self.panel.setMinimumWidth(380)
        self.panel.retrieved.connect(self._open_study)
        self.panel.failed.connect(window.show_error)
        self.panel.flush_requested.connect(lambda: self.flush(due_only=False))
        self.receiver = ReceiveController(self.store, self._data_dir() / "received", self.panel.received, self)
        self.receiver.failed.connect(window.show_error)
        self.receiver.state_changed.connect(lambda text: self.panel.show_receiving(text, self.receiver.running))
        self.panel.received.study_activated.connect(self._open_study)
        window.installEventFilter(self)
        self._build_menu()
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.flush(due_only=True))
        self.timer.start()
        self.refresh_outbox()
        self.receiver.apply(load_receive_prefs(window.settings))

    @staticmethod
    def _data_dir() -> Path:
        from desktop_app.storage.paths import default_data_dir

        return default_data_dir()

    def _download_root(self) -> Path:
        return self._data_dir() / "retrieved"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.receiver.stop()
        return False

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = bar.addMenu(self.tr("&PACS"))  # Alt+P: Alt+A opens Analysis
        help_menu = menu_containing(self.window.commands["about"])  # found by its action: titles are translated
        if help_menu is not None:  # before Help, as Help is last by convention
            bar.insertMenu(help_menu.menuAction(), menu)
        self.nodes_action = QAction(self.tr("&PACS Nodes…"), self.window)
        self.nodes_action.triggered.connect(self.open_nodes)
        self.search_action = QAction(self.tr("&Search and Retrieve…"), self.window)
        self.search_action.triggered.connect(self.show_dock)
        self.send_action = QAction(self.tr("Se&nd to PACS"), self.window)
        self.send_action.triggered.connect(lambda: self.send_current())
        self.flush_action = QAction(self.tr("Send &Waiting Results Now"), self.window)
        self.flush_action.triggered.connect(lambda: self.flush(due_only=False))
        for action in (self.search_action, self.send_action, self.flush_action, self.nodes_action):
            action.setStatusTip(plain_text(action.text()))
            menu.addAction(action)

    def _outbox(self) -> Outbox:
        if self.outbox is None:
            self.outbox = Outbox()
        return self.outbox

    def _outbox_in_use(self) -> bool:
        """Whether anything was ever queued (the outbox is created on the first send, not on start-up)."""
        from desktop_app.pacs.outbox import default_outbox_dir

        return self.outbox is not None or (default_outbox_dir() / "outbox.sqlite3").is_file()

    # -- actions ---------------------------------------------------------------------------------------
    def show_dock(self) -> None:
        self.panel.reload_nodes()
        self.dock.show()
        self.dock.raise_()

    def open_nodes(self) -> PacsNodesDialog:
        dialog = PacsNodesDialog(self.store, load_receive_prefs(self.window.settings), self.window)
        dialog.finished.connect(lambda _result: self._nodes_closed(dialog))
        dialog.open()
        return dialog

    def _nodes_closed(self, dialog: PacsNodesDialog) -> None:
        self.panel.reload_nodes()
        prefs = dialog.receive_prefs()
        save_receive_prefs(self.window.settings, prefs)
        self.receiver.apply(prefs)  # the allow-list follows the nodes
        if prefs.enabled:
            self.show_dock()

    def _open_study(self, paths: list[str]) -> None:
        self.window.open_paths(paths)

    def send_current(self, node: str | None = None, options: Any = None) -> Worker | None:
        """Export the analysis on screen and send it (through the outbox) to ``node`` (the dock's choice)."""
        records = self.window.records
        case = records.current
        if case is None:
            self.window.show_error(self.tr("There is no analysis on screen to send: analyse an image first."))
            return None
        name = node or self.panel.node.currentText()
        try:
            self.store.get(name)
            outbox = self._outbox()
        except PacsError as err:
            self.window.show_error(self.tr("{action}: {reason}").format(action=self.tr(SEND_TITLE), reason=err))
            return None
        options = options if options is not None else records.outputs.ask_options(case, self.tr(SEND_TITLE))
        if options is None:
            return None
        case.style = records.overlay_style()
        self.window.statusBar().showMessage(self.tr("Sending to {node}…").format(node=name))
        worker = Worker(export_and_queue, case, options, records.prefs, records.review_for_report(), name, outbox)
        worker.signals.returned.connect(lambda waiting: self._after_send(name, waiting))
        worker.signals.errored.connect(lambda exc: self.window.show_error(
            self.tr("{action} failed: {reason}").format(action=self.tr(SEND_TITLE), reason=exc)))
        return worker.start()

    def _after_send(self, name: str, waiting: list[OutboxItem]) -> None:
        if waiting:
            self.window.show_error(self.tr("{node} could not be reached; the results wait in the outbox and will be "
                                           "sent again automatically ({reason})").format(
                node=name, reason=waiting[0].last_error))
        else:
            self.window.statusBar().showMessage(self.tr("Results sent to {node}").format(node=name), 15_000)
        self.refresh_outbox()

    def flush(self, due_only: bool) -> Worker | None:
        if not self._outbox_in_use():
            return None
        try:
            outbox = self._outbox()
        except PacsError as err:
            log.warning("%s", err)
            return None
        if not outbox.waiting():
            return None
        worker = Worker(outbox.flush, None, due_only=due_only)
        worker.signals.finished.connect(self.refresh_outbox)
        worker.signals.errored.connect(lambda exc: log.warning("outbox retry failed: %s", exc))
        return worker.start()

    def refresh_outbox(self) -> None:
        if not self._outbox_in_use():
            self.panel.show_outbox(0, 0, "")
            return
        try:
            waiting = self._outbox().waiting()
        except PacsError as err:
            self.panel.show_outbox(0, 0, str(err))
            return
        failed = [i for i in waiting if i.state == "failed"]
        last = next((i.last_error for i in reversed(waiting) if i.last_error), "") or ""
        self.panel.show_outbox(len(waiting) - len(failed), len(failed), last)
        self.outbox_changed.emit(len(waiting) - len(failed), len(failed))
