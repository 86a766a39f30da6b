# SPDX-License-Identifier: Apache-2.0
"""C-STORE files to a node, proposing a presentation context for each file's SOP class explicitly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.pacs.association import associate, check_status
from desktop_app.pacs.errors import PacsError
from desktop_app.pacs.nodes import PacsNode


@dataclass(frozen=True)
class SendOutcome:
    """One file's result: ``error`` is "" when the PACS stored it."""

    path: Path
    sop_instance_uid: str
    error: str = ""


def read_for_sending(path: Path) -> Any:
    """The dataset in ``path``; raises :class:`PacsError` when it is not a DICOM file with SOP UIDs."""
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        ds = pydicom.dcmread(path)
        ds.SOPClassUID, ds.SOPInstanceUID, ds.file_meta.TransferSyntaxUID  # noqa: B018 - presence check
    except (OSError, InvalidDicomError, AttributeError, ValueError) as err:
        raise PacsError(f"Cannot send {path}: not a DICOM file with SOP Class/Instance UIDs ({err})") from err
    return ds


def _contexts(datasets: Sequence[Any]) -> list[Any]:
    from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian
    from pynetdicom import build_context

    syntaxes: dict[str, list[str]] = {}
    for ds in datasets:
        wanted = syntaxes.setdefault(str(ds.SOPClassUID), [])
        for ts in (str(ds.file_meta.TransferSyntaxUID), ExplicitVRLittleEndian, ImplicitVRLittleEndian):
            if ts not in wanted:
                wanted.append(ts)
    if len(syntaxes) > 127:
        raise PacsError("Too many different kinds of DICOM object for one association (over 127)")
    return [build_context(sop_class, ts) for sop_class, ts in syntaxes.items()]


def store_files(node: PacsNode, paths: Sequence[Path]) -> list[SendOutcome]:
    """Send ``paths`` over one association; one :class:`SendOutcome` per file, in order.

    A file the PACS refuses (error status) gets its reason in ``error``; being unable to reach the PACS at
    all raises :class:`~desktop_app.pacs.errors.PacsUnreachable` before anything is sent.
    """
    datasets = [read_for_sending(Path(p)) for p in paths]
    outcomes: list[SendOutcome] = []
    with associate(node, _contexts(datasets)) as assoc:
        for path, ds in zip(paths, datasets, strict=True):
            outcomes.append(_store_one(assoc, node, Path(path), ds))
    return outcomes


def _store_one(assoc: Any, node: PacsNode, path: Path, ds: Any) -> SendOutcome:
    uid = str(ds.SOPInstanceUID)
    try:
        check_status(assoc.send_c_store(ds), "C-STORE", node)
    except PacsError as err:
        if not assoc.is_established:
            raise
        return SendOutcome(path, uid, str(err))
    except (ValueError, AttributeError) as err:  # no accepted context for this SOP class / transfer syntax
        return SendOutcome(path, uid, f"{node.name} does not accept {ds.SOPClassUID.name}: {err}")
    return SendOutcome(path, uid)
