# SPDX-License-Identifier: Apache-2.0
"""Open an association with a node (pynetdicom), with TLS when the node asks for it, and turn every way it
can fail into a one-line :class:`PacsUnreachable`; plus C-ECHO."""

from __future__ import annotations

import logging
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from desktop_app.pacs.errors import PacsError, PacsUnreachable
from desktop_app.pacs.nodes import PacsNode

CONNECT_TIMEOUT_S = 5.0  # TCP connect
ACSE_TIMEOUT_S = 15.0  # association negotiation
DIMSE_TIMEOUT_S = 60.0  # one DIMSE response (a slow PACS answering a large C-FIND or C-GET)
NETWORK_TIMEOUT_S = 60.0  # silence on an open association

# pynetdicom logs every association at INFO and every failure at ERROR with a traceback-like dump; the
# user gets our one-line message instead, and the log keeps warnings only.
logging.getLogger("pynetdicom").setLevel(logging.CRITICAL)


def new_ae(calling_ae: str) -> Any:
    """A pynetdicom application entity with our timeouts."""
    from pynetdicom import AE

    ae = AE(ae_title=calling_ae)
    ae.connection_timeout = CONNECT_TIMEOUT_S
    ae.acse_timeout = ACSE_TIMEOUT_S
    ae.dimse_timeout = DIMSE_TIMEOUT_S
    ae.network_timeout = NETWORK_TIMEOUT_S
    return ae


def client_ssl_context(node: PacsNode) -> ssl.SSLContext:
    """TLS context to reach ``node``: its CA (or the system's), our certificate when configured."""
    try:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=node.tls_ca or None)
        if node.tls_cert:
            context.load_cert_chain(node.tls_cert, node.tls_key)
    except (OSError, ssl.SSLError) as err:
        raise PacsError(f"Cannot use the TLS files of {node.name}: {err}") from err
    return context


@contextmanager
def associate(node: PacsNode, contexts: Sequence[Any], ext_neg: list[Any] | None = None,
              evt_handlers: list[Any] | None = None) -> Iterator[Any]:
    """An established association with ``node`` proposing ``contexts``; released (or aborted) on exit.

    Raises
    ------
    PacsUnreachable
        Connection refused or timed out, association rejected or aborted, TLS handshake failed.
    """
    ae = new_ae(node.calling_ae)
    ae.requested_contexts = list(contexts)
    tls = (client_ssl_context(node), node.host) if node.tls else None
    connected: list[bool] = []
    handlers = [*(evt_handlers or []), (_evt().EVT_CONN_OPEN, lambda event: connected.append(True))]
    try:
        assoc = ae.associate(node.host, node.port, ae_title=node.ae_title, ext_neg=ext_neg, tls_args=tls,
                             evt_handlers=handlers)
    except (OSError, ssl.SSLError, ValueError) as err:
        raise PacsUnreachable(f"{node.name}: cannot connect to {node.host}:{node.port}: {err}") from err
    if not assoc.is_established:
        raise PacsUnreachable(_not_established(node, assoc, bool(connected)))
    try:
        yield assoc
    except BaseException:
        assoc.abort()
        raise
    else:
        if assoc.is_established:
            assoc.release()


def _evt() -> Any:
    from pynetdicom import evt

    return evt


def _not_established(node: PacsNode, assoc: Any, connected: bool) -> str:
    where = f"{node.name} ({node.ae_title}@{node.host}:{node.port})"
    if not connected:
        return f"{where} is not reachable: nothing accepts connections there (is the PACS running?)"
    if assoc.is_rejected:
        return (f"{where} refused the association: check that it knows our AE title {node.calling_ae} "
                f"and that its AE title is {node.ae_title}")
    if node.tls:
        return (f"{where} closed the connection: the DICOM TLS handshake failed or the association was aborted "
                f"(check its CA and our certificate)")
    if assoc.is_aborted:
        return f"{where} aborted the association (it may require DICOM TLS, or not offer the service asked for)"
    return f"{where} is not reachable (nothing answers there, or it did not answer in time)"


def check_status(status: Any, what: str, node: PacsNode) -> int:
    """The status code of a DIMSE response; raises :class:`PacsError` when the PACS answered an error."""
    if status is None or "Status" not in status:
        raise PacsUnreachable(f"{node.name} did not answer the {what}: it closed the association or timed out "
                              f"(does it allow {what} from our AE title {node.calling_ae}?)")
    code = int(status.Status)
    if code in (0x0000, 0xFF00, 0xFF01, 0xFE00) or 0xB000 <= code <= 0xBFFF:
        return code
    comment = str(status.get("ErrorComment", "") or "").strip()
    raise PacsError(f"{node.name} answered the {what} with error status 0x{code:04X}"
                    f"{': ' + comment if comment else ''}")


def echo(node: PacsNode) -> float:
    """C-ECHO ``node``; the round trip in milliseconds. Raises :class:`PacsError` when it fails."""
    import time

    from pynetdicom import build_context

    from desktop_app.pacs.storage_classes import VERIFICATION

    started = time.perf_counter()
    with associate(node, [build_context(VERIFICATION)]) as assoc:
        check_status(assoc.send_c_echo(), "C-ECHO", node)
    return (time.perf_counter() - started) * 1000
