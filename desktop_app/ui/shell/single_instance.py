# SPDX-License-Identifier: Apache-2.0
"""One ScanLens window per user: a second launch hands its files to the first (after Vorta's
``qt_single_application.py``).

Protocol: the client connects to a ``QLocalServer`` named per user, writes one JSON line
``{"paths": [...absolute paths...]}`` and waits for the line ``ok``; then it exits. The server emits
:attr:`SingleInstance.paths_received` on the main thread.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_ACK = b"ok\n"
_MAX_MESSAGE = 1 << 20


def default_server_name() -> str:
    """``scanlens-<user>``, restricted to characters every platform accepts in a socket name.

    ``$SCANLENS_INSTANCE_NAME`` overrides it (separate instances for tests or side-by-side versions).
    """
    override = os.environ.get("SCANLENS_INSTANCE_NAME", "").strip()
    if override:
        return re.sub(r"[^A-Za-z0-9_.-]", "_", override)
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        user = "user"
    return "scanlens-" + re.sub(r"[^A-Za-z0-9_.-]", "_", user)


def send_to_running_instance(paths: list[str], name: str | None = None, timeout_ms: int = 1000) -> bool:
    """Give ``paths`` to a running instance; True if it acknowledged them.

    Works without a ``QCoreApplication`` (blocking calls), so a second launch exits before it builds
    any GUI.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or default_server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps({"paths": list(paths)}).encode("utf-8") + b"\n")
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(timeout_ms):
            log.warning("single-instance hand-over failed: %s", socket.errorString())
            return False
    reply = b""
    while _ACK not in reply and socket.waitForReadyRead(timeout_ms):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return _ACK in reply


class SingleInstance(QObject):
    """The server side; call :meth:`listen` once the QApplication exists."""

    paths_received = Signal(list)  # list[str]; may be empty (just "bring the window to front")

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or default_server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start serving; a stale socket left by a crashed instance is removed and retried once."""
        if self._server.listen(self.name):
            return True
        log.info("removing stale single-instance socket %s (%s)", self.name, self._server.errorString())
        QLocalServer.removeServer(self.name)
        ok = self._server.listen(self.name)
        if not ok:
            log.warning("single-instance server unavailable: %s", self._server.errorString())
        return ok

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > _MAX_MESSAGE:
            log.warning("single-instance message too long; ignored")
            socket.abort()
            return
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        socket.write(_ACK)
        socket.flush()
        paths = self._parse(line)
        log.info("another launch handed over %d path(s)", len(paths))
        self.paths_received.emit(paths)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    @staticmethod
    def _parse(line: bytes) -> list[str]:
        try:
            paths = json.loads(line.decode("utf-8")).get("paths", [])
        except (ValueError, AttributeError):
            log.warning("single-instance message is not valid JSON; ignored")
            return []
        return [str(p) for p in paths if isinstance(p, str)]
