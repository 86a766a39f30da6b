# SPDX-License-Identifier: Apache-2.0
"""C-GET a study from a node into a folder: each instance written atomically as ``<SOPInstanceUID>.dcm``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.pacs.association import associate, check_status
from desktop_app.pacs.errors import PacsError
from desktop_app.pacs.nodes import PacsNode
from desktop_app.pacs.received import STATUS_SUCCESS, checked_uid, write_received
from desktop_app.pacs.storage_classes import IMAGE_STORAGE_CLASSES, SCANLENS_EXPORT_CLASSES, storage_contexts

#: ``progress(done, total)``; total is None until the PACS says how many instances there are.
Progress = Callable[[int, "int | None"], None]


@dataclass
class RetrieveResult:
    """What a C-GET brought: the files written, the sub-operations that failed, whether it was cancelled."""

    files: list[Path] = field(default_factory=list)
    failed: int = 0
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


def get_study(node: PacsNode, study_uid: str, out_dir: str | Path, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> RetrieveResult:
    """Retrieve every instance of ``study_uid`` from ``node`` into ``out_dir`` with C-GET.

    Instances of SOP classes ScanLens does not display (other than its own PDF reports) are refused by the
    association and counted in ``failed``. ``cancelled()`` is checked after every instance; when it
    returns True the association is aborted and the files already written are kept (each one complete).

    Raises :class:`PacsError` (invalid UID, folder not writable, unreachable, refused, error status).
    """
    study_uid = checked_uid(study_uid, "StudyInstanceUID")
    existed = Path(out_dir).exists()
    folder = _writable_folder(Path(out_dir))
    try:
        return _get(node, study_uid, folder, progress, cancelled or (lambda: False))
    except PacsError:
        if not existed and not any(folder.iterdir()):
            folder.rmdir()  # leave nothing behind for a retrieve that brought nothing
        raise


def _get(node: PacsNode, study_uid: str, folder: Path, progress: Progress | None,
         stop: Callable[[], bool]) -> RetrieveResult:
    from pynetdicom import build_context, build_role, evt

    from desktop_app.pacs.storage_classes import STUDY_ROOT_GET as GetModel

    result = RetrieveResult()
    classes = IMAGE_STORAGE_CLASSES + SCANLENS_EXPORT_CLASSES
    roles = [build_role(sop_class, scp_role=True) for sop_class in classes]

    def on_store(event: Any) -> int:
        status, path = write_received(event, folder)
        if path is not None:
            result.files.append(path)
        elif status != STATUS_SUCCESS:
            result.warnings.append(f"could not write an instance into {folder} (status 0x{status:04X})")
        return status

    contexts = [build_context(GetModel), *storage_contexts(classes)]
    with associate(node, contexts, ext_neg=roles, evt_handlers=[(evt.EVT_C_STORE, on_store)]) as assoc:
        for status, _identifier in assoc.send_c_get(_get_identifier(study_uid), GetModel):
            code = check_status(status, "C-GET", node)
            _report(progress, status, len(result.files))
            if stop():
                result.cancelled = True
                assoc.abort()
                return result
            if code in (0x0000, 0xB000) or 0xB000 <= code <= 0xBFFF:
                result.failed = int(status.get("NumberOfFailedSuboperations", 0) or 0)
    if not result.files and result.failed == 0:
        raise PacsError(f"{node.name} has no instances of study {study_uid}")
    return result


def _get_identifier(study_uid: str) -> Any:
    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.QueryRetrieveLevel = "STUDY"
    ds.StudyInstanceUID = study_uid
    return ds


def _report(progress: Progress | None, status: Any, written: int) -> None:
    if progress is None:
        return
    remaining = status.get("NumberOfRemainingSuboperations")
    total = None if remaining is None else written + int(remaining)
    progress(written, total)


def _writable_folder(folder: Path) -> Path:
    from desktop_app.fsutil import describe_os_error

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PacsError(f"Cannot create the folder {folder}: {describe_os_error(err)}") from err
    if not folder.is_dir():
        raise PacsError(f"{folder} is not a folder")
    return folder
