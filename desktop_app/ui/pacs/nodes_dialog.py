# SPDX-License-Identifier: Apache-2.0
"""Settings → PACS nodes: add, change, remove nodes and "Test connection" (C-ECHO in a worker)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.pacs import DEFAULT_AE_TITLE, NodeStore, PacsError, PacsNode
from desktop_app.pacs.nodes import check_ae_title, make_node
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.pacs.receive_feature import ReceivePrefs


class PacsNodesDialog(QDialog):
    """Edit the nodes in ``store``; every Save or Remove is written at once."""

    def __init__(self, store: NodeStore, receive: ReceivePrefs | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("PACS Nodes"))
        self.store = store
        self.nodes = QListWidget(self)
        self.nodes.setAccessibleName(self.tr("PACS nodes"))
        self.name, self.ae, self.host = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.port = self._port_box(104)
        self.calling_ae = QLineEdit(DEFAULT_AE_TITLE, self)
        self.tls = QCheckBox(self.tr("Use DICOM TLS"), self)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self._receive = receive or ReceivePrefs()
        self.receive_box = QGroupBox(self.tr("Receive from the network (the nodes above may send images to us)"), self)
        self.receive_box.setCheckable(True)
        self.receive_box.setChecked(self._receive.enabled)
        self.receive_ae = QLineEdit(self._receive.ae_title, self)
        self.receive_port = self._port_box(self._receive.port)
        self._build()
        self._reload()

    def _port_box(self, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(1, 65535)
        box.setValue(value)
        return box

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("PACS AE title:"), self.ae)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Our AE title:"), self.calling_ae)
        form.addRow("", self.tls)
        save, remove = QPushButton(self.tr("Save node"), self), QPushButton(self.tr("Remove"), self)
        save.clicked.connect(self.save_node)
        remove.clicked.connect(self.remove_node)
        self.test_button.clicked.connect(self.test_connection)
        buttons = QHBoxLayout()
        for button in (save, remove, self.test_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.nodes.currentTextChanged.connect(self._show_node)
        layout = QVBoxLayout(self)
        layout.addWidget(self.nodes)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        receive_form = QFormLayout(self.receive_box)
        receive_form.addRow(self.tr("Our AE title:"), self.receive_ae)
        receive_form.addRow(self.tr("Listen on port:"), self.receive_port)
        layout.addWidget(self.receive_box)
        layout.addWidget(close)

    def _reload(self, select: str = "") -> None:
        self.nodes.clear()
        try:
            names = [n.name for n in self.store.all()]
        except PacsError as err:
            self.status.setText(str(err))
            return
        self.nodes.addItems(names)
        if select in names:
            self.nodes.setCurrentRow(names.index(select))

    def _show_node(self, name: str) -> None:
        try:
            node = self.store.get(name) if name else None
        except PacsError:
            node = None
        if node is None:
            return
        self.name.setText(node.name)
        self.ae.setText(node.ae_title)
        self.host.setText(node.host)
        self.port.setValue(node.port)
        self.calling_ae.setText(node.calling_ae)
        self.tls.setChecked(node.tls)

    def receive_prefs(self) -> ReceivePrefs:
        """The receive settings as the user left them (an invalid AE title keeps the previous one)."""
        try:
            title = check_ae_title(self.receive_ae.text())
        except PacsError:
            title = self._receive.ae_title
        return ReceivePrefs(self.receive_box.isChecked(), title, self.receive_port.value(), self._receive.bind)

    def node_from_form(self) -> PacsNode:
        """The node described by the form; raises :class:`PacsError` when a field is invalid."""
        return make_node(self.name.text().strip(), self.ae.text(), self.host.text(), self.port.value(),
                         self.calling_ae.text() or DEFAULT_AE_TITLE, tls=self.tls.isChecked())

    def save_node(self) -> None:
        try:
            node = self.node_from_form()
            self.store.add(node)
        except PacsError as err:
            self.status.setText(str(err))
            return
        self.status.setText(self.tr("Saved {node}").format(node=node.describe()))
        self._reload(node.name)

    def remove_node(self) -> None:
        name = self.nodes.currentItem().text() if self.nodes.currentItem() else ""
        if not name:
            return
        try:
            self.store.remove(name)
        except PacsError as err:
            self.status.setText(str(err))
            return
        self.status.setText(self.tr("Removed {node}").format(node=name))
        self._reload()

    def test_connection(self) -> Worker | None:
        """C-ECHO the node in the form (saved or not); the result appears under the buttons."""
        from desktop_app.pacs.association import echo

        try:
            node = self.node_from_form()
        except PacsError as err:
            self.status.setText(str(err))
            return None
        self.status.setText(self.tr("Testing {node}…").format(node=node.describe()))
        self.test_button.setEnabled(False)
        worker = Worker(echo, node)
        worker.signals.returned.connect(
            lambda ms: self.status.setText(self.tr("Connection OK: C-ECHO in {ms} ms").format(ms=f"{ms:.0f}")))
        worker.signals.errored.connect(
            lambda exc: self.status.setText(self.tr("Connection failed: {reason}").format(reason=exc)))
        worker.signals.finished.connect(lambda: self.test_button.setEnabled(True))
        return worker.start()
