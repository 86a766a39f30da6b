# SPDX-License-Identifier: Apache-2.0
"""DICOM header fields for display, reports and exports.

Every value is ``str``, ``int``, ``float`` or ``None`` so the dict can go straight to JSON, the PDF report
and the case log. Reading a field never raises: a malformed element becomes ``None``.
"""

from __future__ import annotations

from typing import Any

from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.uid import UID
from pydicom.valuerep import PersonName

MetaValue = str | int | float | None

#: metadata key -> DICOM keyword, for text fields shown as they are.
_TEXT_FIELDS = {
    "patient_id": "PatientID",
    "patient_sex": "PatientSex",
    "study_description": "StudyDescription",
    "series_description": "SeriesDescription",
    "modality": "Modality",
    "body_part": "BodyPartExamined",
    "view_position": "ViewPosition",
    "patient_age": "PatientAge",
    "image_type": "ImageType",
    "protocol_name": "ProtocolName",
    "laterality": "ImageLaterality",
    "institution": "InstitutionName",
    "manufacturer": "Manufacturer",
    "accession_number": "AccessionNumber",
    "photometric_interpretation": "PhotometricInterpretation",
    "study_instance_uid": "StudyInstanceUID",
    "series_instance_uid": "SeriesInstanceUID",
    "sop_instance_uid": "SOPInstanceUID",
    "sop_class_uid": "SOPClassUID",
}
_DATE_FIELDS = {
    "patient_birth_date": "PatientBirthDate",
    "study_date": "StudyDate",
    "acquisition_date": "AcquisitionDate",
    "content_date": "ContentDate",
}
_INT_FIELDS = {
    "rows": "Rows",
    "columns": "Columns",
    "bits_allocated": "BitsAllocated",
    "bits_stored": "BitsStored",
    "pixel_representation": "PixelRepresentation",
    "samples_per_pixel": "SamplesPerPixel",
}


def dicom_metadata(ds: Dataset, transfer_syntax: str | None) -> dict[str, MetaValue]:
    """Display/report metadata of ``ds``; ``transfer_syntax`` is the UID the pixel data are encoded with."""
    meta: dict[str, MetaValue] = {"format": "dicom", "patient_name": _person_name(ds)}
    meta.update({key: _text(ds, kw) for key, kw in _TEXT_FIELDS.items()})
    meta.update({key: _date(ds, kw) for key, kw in _DATE_FIELDS.items()})
    meta.update({key: _int(ds, kw) for key, kw in _INT_FIELDS.items()})
    meta["number_of_frames"] = max(_int(ds, "NumberOfFrames") or 1, 1)
    meta["sop_class"] = _uid_name(meta["sop_class_uid"])
    meta["transfer_syntax_uid"] = transfer_syntax
    meta["transfer_syntax"] = _uid_name(transfer_syntax)
    meta["study_time"] = _text(ds, "StudyTime")
    meta["view_code_meaning"] = _code_meaning(ds, "ViewCodeSequence")
    return meta


def _raw(ds: Dataset, keyword: str) -> Any:
    try:
        return ds.get(keyword, None)
    except Exception:  # a malformed element must not stop the image from opening
        return None


def _text(ds: Dataset, keyword: str) -> str | None:
    value = _raw(ds, keyword)
    if value is None or value == "":
        return None
    if isinstance(value, list | tuple | MultiValue):
        value = "\\".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text or None


def _int(ds: Dataset, keyword: str) -> int | None:
    value = _raw(ds, keyword)
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None


def _date(ds: Dataset, keyword: str) -> str | None:
    """``YYYYMMDD`` -> ``YYYY-MM-DD``; anything else is shown as stored."""
    text = _text(ds, keyword)
    if text and len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text


def _code_meaning(ds: Dataset, keyword: str) -> str | None:
    """CodeMeaning of the first item of a code sequence (e.g. ViewCodeSequence: "postero-anterior")."""
    try:
        items = _raw(ds, keyword)
        return _text(items[0], "CodeMeaning") if items else None
    except Exception:  # a malformed sequence must not stop the image from opening
        return None


def _person_name(ds: Dataset) -> str | None:
    """``Family^Given^Middle`` -> ``Family, Given Middle`` (as stored when it has no components)."""
    value = _raw(ds, "PatientName")
    if value is None or str(value).strip() == "":
        return None
    try:
        name = value if isinstance(value, PersonName) else PersonName(str(value))
        parts = [name.family_name, " ".join(p for p in (name.given_name, name.middle_name) if p)]
        formatted = ", ".join(p.strip() for p in parts if p and p.strip())
        return formatted or " ".join(str(value).replace("^", " ").split())
    except Exception:  # fall back to the stored text
        return " ".join(str(value).replace("^", " ").split())


def _uid_name(uid: MetaValue) -> str | None:
    if not uid:
        return None
    name = UID(str(uid)).name
    return name if name and name != str(uid) else str(uid)
