# SPDX-License-Identifier: Apache-2.0
"""A C-STORE listener (storage SCP) so a modality or the PACS can push images to ScanLens.

Who may talk to us: associations are accepted only from the allowed calling AE titles (and their hosts)
— by default those of the configured nodes — unless the allow-list is widened. Only image storage SOP
classes ScanLens displays are accepted. A flood of associations or a huge dataset cannot exhaust the
workstation: concurrent associations, PDU size and bytes per dataset are capped.
"""

from __future__ import annotations

import socket
import ssl
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.pacs.association import new_ae
from desktop_app.pacs.errors import PacsError
from desktop_app.pacs.nodes import DEFAULT_AE_TITLE, PacsNode, check_ae_title
from desktop_app.pacs.received import STATUS_OUT_OF_RESOURCES, write_received
from desktop_app.pacs.storage_classes import VERIFICATION, storage_contexts

MAX_ASSOCIATIONS = 4
MAX_PDU_BYTES = 65536
MAX_DATASET_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class AllowedPeer:
    """A calling AE title allowed to send, from ``hosts`` only (empty: from any host)."""

    ae_title: str
    hosts: frozenset[str] = frozenset()

    def admits(self, ae_title: str, address: str) -> bool:
        return ae_title.strip() == self.ae_title and (not self.hosts or address in self.hosts)


def parse_allowed(text: str) -> AllowedPeer:
    """``AE`` or ``AE@HOST`` (``--allow``) as an :class:`AllowedPeer`."""
    title, _, host = text.partition("@")
    return AllowedPeer(check_ae_title(title), resolve_host(host) if host else frozenset())


def resolve_host(host: str) -> frozenset[str]:
    """The addresses ``host`` stands for (itself when it cannot be resolved)."""
    try:
        return frozenset({host} | {str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except OSError:
        return frozenset({host})


def peers_of(nodes: Iterable[PacsNode]) -> list[AllowedPeer]:
    """The default allow-list: each configured node's AE title from its host."""
    return [AllowedPeer(n.ae_title, resolve_host(n.host)) for n in nodes]


@dataclass
class ListenerSettings:
    out_dir: Path
    port: int
    ae_title: str = DEFAULT_AE_TITLE
    bind: str = "0.0.0.0"
    allowed: list[AllowedPeer] | None = field(default_factory=list)  # None: anyone may send
    max_associations: int = MAX_ASSOCIATIONS
    max_dataset_bytes: int = MAX_DATASET_BYTES
    ssl_context: ssl.SSLContext | None = None


#: ``on_received(path, calling_ae, address)`` after a file landed; ``on_note(line)`` for refusals.
OnReceived = Callable[[Path, str, str], None]


class Listener:
    """Start with :meth:`start`, stop with :meth:`stop`; ``on_received`` runs on the association thread."""

    def __init__(self, settings: ListenerSettings, on_received: OnReceived | None = None,
                 on_note: Callable[[str], None] | None = None) -> None:
        self.settings = settings
        self._on_received = on_received or (lambda path, ae, address: None)
        self._note = on_note or (lambda line: None)
        self._server: Any = None
        self._bytes: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()  # per association
        self._oversize: weakref.WeakSet[Any] = weakref.WeakSet()  # associations being aborted
        self._lock = threading.Lock()

    def start(self) -> None:
        """Listen; raises :class:`PacsError` when the port cannot be opened (in use, not permitted)."""
        from pynetdicom import build_context, evt

        s = self.settings
        ae = new_ae(check_ae_title(s.ae_title))
        ae.maximum_associations = s.max_associations
        ae.maximum_pdu_size = MAX_PDU_BYTES
        ae.supported_contexts = [build_context(VERIFICATION), *storage_contexts()]
        handlers = [(evt.EVT_REQUESTED, self._vet), (evt.EVT_C_STORE, self._store), (evt.EVT_DATA_RECV, self._count)]
        try:
            s.out_dir.mkdir(parents=True, exist_ok=True)
            self._server = ae.start_server((s.bind, s.port), block=False, evt_handlers=handlers,
                                           ssl_context=s.ssl_context)
        except OSError as err:
            raise PacsError(f"Cannot listen on {s.bind}:{s.port}: {err.strerror or err}") from err

    @property
    def port(self) -> int:
        return int(self._server.server_address[1]) if self._server else self.settings.port

    def stop(self) -> None:
        """Stop accepting and close every association (a file being written is finished or not created)."""
        if self._server is not None:
            self._server.shutdown()
            self._server = None

    # -- event handlers (pynetdicom threads) -----------------------------------------------------------

    def _vet(self, event: Any) -> None:
        requestor = event.assoc.requestor
        calling, address = str(requestor.primitive.calling_ae_title).strip(), str(requestor.address)
        allowed = self.settings.allowed
        if allowed is None or any(peer.admits(calling, address) for peer in allowed):
            return
        self._note(f"refused an association from {calling}@{address}: not in the allow-list")
        event.assoc.acse.send_reject(0x01, 0x01, 0x03)  # rejected-permanent, calling AE title not recognised

    def _store(self, event: Any) -> int:
        with self._lock:
            oversize = event.assoc in self._oversize
            self._bytes[event.assoc] = 0
        requestor = event.assoc.requestor
        if oversize:  # the abort is on its way; the data that arrived meanwhile is not stored
            return STATUS_OUT_OF_RESOURCES
        status, path = write_received(event, self.settings.out_dir)
        if path is None:
            self._note(f"could not store an instance from {requestor.ae_title} (status 0x{status:04X})")
            return status
        self._on_received(path, str(requestor.ae_title).strip(), str(requestor.address))
        return status

    def _count(self, event: Any) -> None:
        assoc, limit = event.assoc, self.settings.max_dataset_bytes
        with self._lock:
            self._bytes[assoc] = self._bytes.get(assoc, 0) + len(event.data)
            crossed = self._bytes[assoc] > limit and assoc not in self._oversize
            if crossed:
                self._oversize.add(assoc)
        if crossed:
            size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
            self._note(f"aborted an association from {assoc.requestor.ae_title}: a dataset exceeded {size}")
            assoc.abort()


def server_ssl_context(cert: str, key: str, ca: str = "") -> ssl.SSLContext:
    """TLS for the listener; with ``ca`` the sender must present a certificate signed by it."""
    try:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=ca or None)
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as err:
        raise PacsError(f"Cannot use the TLS certificate {cert}: {err}") from err
    context.verify_mode = ssl.CERT_REQUIRED if ca else ssl.CERT_NONE
    return context
