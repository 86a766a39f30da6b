# SPDX-License-Identifier: Apache-2.0
""""Receive from the network" in the window: the core listener (desktop_app.pacs.listener) runs while the
setting is on; received files are grouped into studies in a list (double-click opens one).

pynetdicom calls back on its own threads, which never touch Qt: they put a plain record on a queue, and a
timer on the main thread moves the records into the list.
"""

from __future__ import annotations

import queue
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop_app.pacs import DEFAULT_AE_TITLE, NodeStore, PacsError

DEFAULT_PORT = 11112
POLL_MS = 250


@dataclass(frozen=True)
class ReceivePrefs:
    enabled: bool = False
    ae_title: str = DEFAULT_AE_TITLE
    port: int = DEFAULT_PORT
    bind: str = "0.0.0.0"  # all addresses (a modality elsewhere on the network must reach us)


def load_receive_prefs(settings: QSettings) -> ReceivePrefs:
    enabled = str(settings.value("pacs/receive", False)).lower() in ("true", "1")
    try:
        port = int(settings.value("pacs/receive_port", DEFAULT_PORT))
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    ae_title = str(settings.value("pacs/receive_ae", DEFAULT_AE_TITLE) or DEFAULT_AE_TITLE)
    return ReceivePrefs(enabled, ae_title, port, str(settings.value("pacs/receive_bind", "0.0.0.0") or "0.0.0.0"))


def save_receive_prefs(settings: QSettings, prefs: ReceivePrefs) -> None:
    settings.setValue("pacs/receive", prefs.enabled)
    settings.setValue("pacs/receive_ae", prefs.ae_title)
    settings.setValue("pacs/receive_port", prefs.port)
    settings.setValue("pacs/receive_bind", prefs.bind)


@dataclass
class ReceivedStudy:
    """Files received for one study, with what the list shows about it."""

    study_uid: str
    label: str
    files: list[str] = field(default_factory=list)


def received_record(path: Path, calling_ae: str) -> dict[str, str]:
    """The header fields the list needs (read on the listener's thread, without the pixels)."""
    import pydicom

    sent_by = QCoreApplication.translate("ReceivedList", "{what} from {sender}")
    try:
        ds = pydicom.dcmread(path, stop_before_pixels=True)
    except Exception:  # noqa: BLE001 - an unreadable header is listed under its file name
        return {"path": str(path), "study": str(path), "label": sent_by.format(what=path.name, sender=calling_ae)}
    parts = [str(ds.get("PatientName", "")), str(ds.get("PatientID", "")), str(ds.get("StudyDate", "")),
             str(ds.get("Modality", ""))]
    label = " · ".join(p for p in parts if p) or path.name
    return {"path": str(path), "study": str(ds.get("StudyInstanceUID", path)),
            "label": sent_by.format(what=label, sender=calling_ae)}


class ReceivedList(QListWidget):
    """One row per received study; ``study_activated`` with its files on double-click."""

    study_activated = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.studies: dict[str, ReceivedStudy] = {}
        self.setAccessibleName(self.tr("Received studies"))
        self.itemDoubleClicked.connect(self._activate)

    def add(self, record: dict[str, str]) -> None:
        study = self.studies.get(record["study"])
        if study is None:
            study = self.studies[record["study"]] = ReceivedStudy(record["study"], record["label"])
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, record["study"])
        else:
            item = next(self.item(i) for i in range(self.count())
                        if self.item(i).data(Qt.ItemDataRole.UserRole) == record["study"])
        study.files.append(record["path"])
        item.setText(self.tr("{study} · {count} image(s)").format(study=study.label, count=len(study.files)))

    def _activate(self, item: QListWidgetItem) -> None:
        self.study_activated.emit(list(self.studies[item.data(Qt.ItemDataRole.UserRole)].files))


class ReceiveController(QObject):
    """Starts and stops the listener as :class:`ReceivePrefs` say; ``failed`` carries a one-line reason."""

    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, store: NodeStore, out_dir: Path, received: ReceivedList, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.out_dir, self.received = store, out_dir, received
        self.listener: Any = None
        self._queue: queue.Queue[dict[str, str]] = queue.Queue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    @property
    def running(self) -> bool:
        return self.listener is not None

    def apply(self, prefs: ReceivePrefs) -> bool:
        """Stop the listener, then start it again when ``prefs.enabled``; False (and ``failed``) if it cannot."""
        from desktop_app.pacs.listener import Listener, ListenerSettings, peers_of

        self.stop()
        if not prefs.enabled:
            return True
        try:
            settings = ListenerSettings(out_dir=self.out_dir, port=prefs.port, ae_title=prefs.ae_title,
                                        bind=prefs.bind, allowed=peers_of(self.store.all()))
            listener = Listener(settings, self._on_received)
            listener.start()
        except PacsError as err:
            self.failed.emit(self.tr("Receive from the network: {reason}").format(reason=err))
            return False
        self.listener = listener
        self._timer.start()
        self.state_changed.emit(self.tr("Receiving as {ae_title} on port {port}").format(
            ae_title=prefs.ae_title, port=listener.port))
        return True

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
            self._timer.stop()
            self._drain()
            self.state_changed.emit(self.tr("Not receiving"))

    def _on_received(self, path: Path, calling_ae: str, _address: str) -> None:  # listener thread
        self._queue.put(received_record(path, calling_ae))

    def _drain(self) -> None:
        while True:
            try:
                self.received.add(self._queue.get_nowait())
            except queue.Empty:
                return
