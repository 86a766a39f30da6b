# SPDX-License-Identifier: Apache-2.0
"""C-FIND at study level (Study Root): find a patient's studies on a node."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.pacs.association import associate, check_status
from desktop_app.pacs.errors import PacsError
from desktop_app.pacs.nodes import PacsNode

#: Attributes asked for and returned per study (``pacs find --json`` keys).
STUDY_KEYS = ("PatientID", "PatientName", "PatientBirthDate", "StudyInstanceUID", "StudyDate", "StudyTime",
              "StudyDescription", "AccessionNumber", "ModalitiesInStudy", "NumberOfStudyRelatedInstances",
              "NumberOfStudyRelatedSeries")
_DATE = re.compile(r"^(\d{8})?(-)?(\d{8})?$")
MAX_RESULTS = 5000


@dataclass(frozen=True)
class StudyQuery:
    """What to look for; empty fields match anything. ``date`` is ``YYYYMMDD`` or ``YYYYMMDD-YYYYMMDD``."""

    patient_id: str = ""
    patient_name: str = ""
    date: str = ""
    modality: str = ""


def check_date_range(value: str) -> str:
    """``value`` when it is a DICOM date or date range; raises :class:`PacsError` otherwise."""
    from datetime import datetime

    match = _DATE.match(value.strip())
    if not match or not (match.group(1) or match.group(3)) or (match.group(2) is None and match.group(3)):
        raise PacsError(f"Invalid date {value!r}: use YYYYMMDD or YYYYMMDD-YYYYMMDD")
    for part in (match.group(1), match.group(3)):
        try:
            if part:
                datetime.strptime(part, "%Y%m%d")
        except ValueError:
            raise PacsError(f"Invalid date {part!r} in {value!r}: not a calendar date") from None
    return value.strip()


def _identifier(query: StudyQuery) -> Any:
    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.QueryRetrieveLevel = "STUDY"
    for key in STUDY_KEYS:
        setattr(ds, key, "")
    ds.PatientID = query.patient_id
    ds.PatientName = query.patient_name
    ds.StudyDate = check_date_range(query.date) if query.date else ""
    ds.ModalitiesInStudy = query.modality.upper()
    return ds


def find_studies(node: PacsNode, query: StudyQuery) -> list[dict[str, Any]]:
    """The studies on ``node`` matching ``query``, one dict per study with :data:`STUDY_KEYS`.

    Raises :class:`PacsError` (unreachable, refused, error status).
    """
    from pynetdicom import build_context

    from desktop_app.pacs.storage_classes import STUDY_ROOT_FIND as FindModel

    identifier = _identifier(query)
    studies: list[dict[str, Any]] = []
    with associate(node, [build_context(FindModel)]) as assoc:
        for status, found in assoc.send_c_find(identifier, FindModel):
            code = check_status(status, "C-FIND", node)
            if code in (0xFF00, 0xFF01) and found is not None:
                studies.append(study_record(found))
            if len(studies) >= MAX_RESULTS:
                raise PacsError(f"{node.name} returned more than {MAX_RESULTS} studies: narrow the search")
    return studies


def study_record(ds: Any) -> dict[str, Any]:
    """One study as plain JSON values (multi-valued ModalitiesInStudy as a list, counts as ints)."""
    record: dict[str, Any] = {}
    for key in STUDY_KEYS:
        value = ds.get(key, "")
        if key == "ModalitiesInStudy":
            record[key] = [str(v) for v in value] if _is_multi(value) else [str(value)] if str(value) else []
        elif key.startswith("NumberOf"):
            record[key] = int(value) if str(value).strip() else None
        else:
            record[key] = str(value)
    return record


def _is_multi(value: Any) -> bool:
    from pydicom.multival import MultiValue

    return isinstance(value, MultiValue | list | tuple)


def instances_present(node: PacsNode, items: Sequence[Any]) -> set[str]:
    """Which of ``items`` (with ``study_instance_uid`` and ``sop_instance_uid``) ``node`` already holds.

    Asked before sending again what an interrupted send may have delivered. A PACS that cannot answer
    an image-level query gives an empty set: sending the same SOPInstanceUID again is still safe.
    """
    from pydicom.dataset import Dataset
    from pynetdicom import build_context

    from desktop_app.pacs.storage_classes import STUDY_ROOT_FIND as FindModel

    present: set[str] = set()
    with associate(node, [build_context(FindModel)]) as assoc:
        for item in items:
            ds = Dataset()
            ds.QueryRetrieveLevel = "IMAGE"
            ds.StudyInstanceUID = item.study_instance_uid
            ds.SeriesInstanceUID = ""
            ds.SOPInstanceUID = item.sop_instance_uid
            try:
                for status, found in assoc.send_c_find(ds, FindModel):
                    code = check_status(status, "C-FIND", node)
                    if code in (0xFF00, 0xFF01) and found is not None:
                        present.add(str(found.get("SOPInstanceUID", "")))
            except PacsError:
                if not assoc.is_established:
                    raise
    return present & {item.sop_instance_uid for item in items}
