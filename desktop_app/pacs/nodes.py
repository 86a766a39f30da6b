# SPDX-License-Identifier: Apache-2.0
"""Configured PACS nodes, kept in ``pacs_nodes.json`` in the data folder beside the case history.

The file is plain JSON written atomically, so the CLI and the window share it and a crash never leaves it
half-written. Names are what the user types (``scanlens pacs echo NAME``); AE titles follow DICOM PS3.5
(1-16 characters, no backslash or control characters).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop_app.pacs.errors import PacsError

DEFAULT_AE_TITLE = "SCANLENS"
NODES_FILENAME = "pacs_nodes.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True)
class PacsNode:
    """One PACS (or modality) ScanLens talks to."""

    name: str
    ae_title: str
    host: str
    port: int
    calling_ae: str = DEFAULT_AE_TITLE
    dicomweb: str = ""  # base URL of its DICOMweb service, kept for the user's reference
    tls: bool = False  # DICOM TLS (PS3.15 B.1)
    tls_ca: str = ""  # CA bundle that signed the PACS certificate ("" = the system's)
    tls_cert: str = ""  # our client certificate, when the PACS asks for one
    tls_key: str = ""

    def describe(self) -> str:
        secure = ", TLS" if self.tls else ""
        return f"{self.name} ({self.ae_title}@{self.host}:{self.port}, we are {self.calling_ae}{secure})"


def check_ae_title(value: str, what: str = "AE title") -> str:
    """``value`` stripped when it is a valid AE title; raises :class:`PacsError` saying why not."""
    title = value.strip()
    if not title or len(title) > 16 or "\\" in title or any(ord(c) < 32 or ord(c) > 126 for c in title):
        raise PacsError(f"Invalid {what} {value!r}: use 1-16 printable ASCII characters without a backslash")
    return title


def make_node(name: str, ae_title: str, host: str, port: int, calling_ae: str = DEFAULT_AE_TITLE,
              **extra: object) -> PacsNode:
    """A validated :class:`PacsNode`; raises :class:`PacsError` with the first problem found."""
    if not _NAME.match(name):
        raise PacsError(f"Invalid node name {name!r}: use letters, digits, '.', '_' or '-' (up to 64)")
    if not host.strip() or any(c.isspace() for c in host.strip()):
        raise PacsError(f"Invalid host {host!r}")
    if not 1 <= int(port) <= 65535:
        raise PacsError(f"Invalid port {port}: use 1-65535")
    node = PacsNode(name, check_ae_title(ae_title), host.strip(), int(port),
                    check_ae_title(calling_ae, "calling AE title"), **extra)  # type: ignore[arg-type]
    for label, path in (("CA file", node.tls_ca), ("certificate", node.tls_cert), ("key", node.tls_key)):
        if path and not Path(path).is_file():
            raise PacsError(f"The TLS {label} {path} does not exist")
    if bool(node.tls_cert) != bool(node.tls_key):
        raise PacsError("A TLS client certificate needs its key, and a key its certificate")
    return node


def default_nodes_path() -> Path:
    from desktop_app.storage.paths import default_data_dir

    return default_data_dir() / NODES_FILENAME


class NodeStore:
    """Read and change the configured nodes; every change is written to disk at once."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_nodes_path()

    def all(self) -> list[PacsNode]:
        """Every node, sorted by name; raises :class:`PacsError` when the file cannot be read."""
        if not self.path.is_file():
            return []
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            known = {f.name for f in fields(PacsNode)}
            nodes = [PacsNode(**{k: v for k, v in item.items() if k in known}) for item in raw["nodes"]]
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise PacsError(f"Cannot read the PACS nodes from {self.path}: {err}") from err
        return sorted(nodes, key=lambda n: n.name.lower())

    def get(self, name: str) -> PacsNode:
        """The node called ``name``; raises :class:`PacsError` naming the known ones when there is none."""
        for node in self.all():
            if node.name == name:
                return node
        known = ", ".join(n.name for n in self.all()) or "none configured"
        raise PacsError(f"Unknown PACS node {name!r} (known: {known}); add it with 'scanlens pacs add'")

    def add(self, node: PacsNode) -> bool:
        """Add ``node``, replacing one of the same name; True when it replaced one."""
        others = [n for n in self.all() if n.name != node.name]
        replaced = len(others) != len(self.all())
        self._save([*others, node])
        return replaced

    def remove(self, name: str) -> PacsNode:
        """Remove and return the node called ``name``; raises :class:`PacsError` when there is none."""
        node = self.get(name)
        self._save([n for n in self.all() if n.name != name])
        return node

    def _save(self, nodes: list[PacsNode]) -> None:
        from desktop_app.fsutil import WriteError, atomic_write_bytes

        data = json.dumps({"nodes": [asdict(n) for n in sorted(nodes, key=lambda n: n.name.lower())]}, indent=2)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, data.encode("utf-8"))
        except (OSError, WriteError) as err:
            raise PacsError(f"Cannot save the PACS nodes: {err}") from err
