# SPDX-License-Identifier: Apache-2.0
"""What an export copies from, or says about, the analysed image: patient, study and the source instance.

For a DICOM source the Patient and General Study attributes are copied from the file's header (re-read
without pixel data), so names keep their DICOM form and nothing is lost to the display metadata. For a
raster source (PNG, JPEG, ...) there is no study: a new Study Instance UID is made and the patient fields
come from what the user typed, when given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from pydicom.dataset import Dataset

from desktop_app.exporting.errors import ExportError
from desktop_app.exporting.uids import new_uid
from desktop_app.imaging.model import LoadedImage

#: (keyword, DICOM type) copied into every export: Patient, Patient Study and General Study modules.
COPIED_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("PatientName", "2"),
    ("PatientID", "2"),
    ("IssuerOfPatientID", "3"),
    ("PatientBirthDate", "2"),
    ("PatientSex", "2"),
    ("PatientAge", "3"),
    ("PatientSize", "3"),
    ("PatientWeight", "3"),
    ("StudyDate", "2"),
    ("StudyTime", "2"),
    ("ReferringPhysicianName", "2"),
    ("StudyID", "2"),
    ("AccessionNumber", "2"),
    ("StudyDescription", "3"),
)

#: (keyword, type) copied into an exported image's General Series (not into a document series).
SERIES_ATTRIBUTES: tuple[tuple[str, str], ...] = (("BodyPartExamined", "3"), ("Laterality", "3"))

#: ``LoadedImage.metadata``-style keys a user may type for a raster image -> DICOM keyword.
TYPED_FIELDS: dict[str, str] = {
    "patient_name": "PatientName",
    "patient_id": "PatientID",
    "patient_birth_date": "PatientBirthDate",
    "patient_sex": "PatientSex",
    "patient_age": "PatientAge",
    "study_date": "StudyDate",
    "accession_number": "AccessionNumber",
    "referring_physician": "ReferringPhysicianName",
}


@dataclass
class SourceStudy:
    """The study an export belongs to and the instance it was derived from.

    ``attributes`` holds the copied patient/study attributes (valid values only), ``series_attributes`` the
    body part and laterality an image series may carry. The ``referenced_*``
    UIDs are ``None`` for a raster source, which has no DICOM instance to point at.
    """

    study_instance_uid: str
    attributes: Dataset
    series_attributes: Dataset = field(default_factory=Dataset)
    modality: str = "OT"
    referenced_sop_class_uid: str | None = None
    referenced_sop_instance_uid: str | None = None
    referenced_series_instance_uid: str | None = None
    frame: int = 0
    n_frames: int = 1
    burned_in_annotation: bool = False
    lossy: bool = False
    dropped: list[str] = field(default_factory=list)  # copied attributes left out because their value was invalid

    @property
    def is_dicom(self) -> bool:
        return self.referenced_sop_instance_uid is not None


def source_study(image: LoadedImage, frame: int = 0, typed: Mapping[str, object] | None = None) -> SourceStudy:
    """The :class:`SourceStudy` of ``image`` (``typed`` fills the patient fields of a raster image)."""
    if image.source_format == "dicom":
        return _from_dicom(image, frame)
    return _from_raster(image, frame, typed or {})


def _from_dicom(image: LoadedImage, frame: int) -> SourceStudy:
    import pydicom

    try:
        header = pydicom.dcmread(image.path, stop_before_pixels=True, force=True)
    except Exception as err:  # pydicom raises many types; the file was readable a moment ago
        raise ExportError(f"Cannot re-read the DICOM header of {image.path}: {err}") from err
    meta = image.metadata
    study_uid = str(meta.get("study_instance_uid") or "") or str(new_uid())
    attributes, dropped = _copy_valid(header, COPIED_ATTRIBUTES)
    series, dropped_series = _copy_valid(header, SERIES_ATTRIBUTES)
    return SourceStudy(
        study_instance_uid=study_uid,
        attributes=attributes,
        series_attributes=series,
        modality=_modality(meta.get("modality")),
        referenced_sop_class_uid=_text(meta.get("sop_class_uid")),
        referenced_sop_instance_uid=_text(meta.get("sop_instance_uid")),
        referenced_series_instance_uid=_text(meta.get("series_instance_uid")),
        frame=frame,
        n_frames=image.n_frames,
        burned_in_annotation=str(header.get("BurnedInAnnotation", "")).upper() == "YES",
        lossy=str(header.get("LossyImageCompression", "")) == "01" or _lossy_syntax(meta),
        dropped=dropped + dropped_series,
    )


def _from_raster(image: LoadedImage, frame: int, typed: Mapping[str, object]) -> SourceStudy:
    typed_ds = Dataset()
    for key, keyword in TYPED_FIELDS.items():
        value = typed.get(key)
        if value not in (None, ""):
            setattr(typed_ds, keyword, _dicom_text(keyword, str(value).strip()))
    attributes, dropped = _copy_valid(typed_ds, COPIED_ATTRIBUTES)
    return SourceStudy(
        study_instance_uid=str(new_uid()),
        attributes=attributes,
        frame=frame,
        n_frames=image.n_frames,
        lossy=image.source_format == "jpeg",
        dropped=dropped,
    )


def _copy_valid(source: Dataset, wanted: tuple[tuple[str, str], ...]) -> tuple[Dataset, list[str]]:
    """The ``wanted`` attributes of ``source`` whose values are valid for their VR.

    An invalid Type 2 value becomes empty and an invalid Type 3 value is left out: an export must not
    carry a value a PACS may reject (e.g. Patient's Age "81" instead of "081Y").
    """
    out, dropped = Dataset(), []
    for keyword, kind in wanted:
        elem = source.data_element(keyword) if keyword in source else None
        if elem is None or elem.value in (None, ""):
            if kind == "2":
                setattr(out, keyword, "")
            continue
        if _valid(elem.VR, elem.value):
            setattr(out, keyword, elem.value)
            continue
        dropped.append(keyword)
        if kind == "2":
            setattr(out, keyword, "")
    return out, dropped


def _valid(vr: str, value: object) -> bool:
    from desktop_app.exporting.validate import check_value

    return not check_value(vr, value)


def _dicom_text(keyword: str, value: str) -> str:
    """Typed values in DICOM form: ``YYYY-MM-DD`` dates to ``YYYYMMDD``, "Family, Given" names to ``^``."""
    if keyword.endswith("Date") and len(value) == 10 and value[4] == value[7] == "-":
        return value.replace("-", "")
    if keyword.endswith("Name") and "^" not in value and "," in value:
        family, _, given = value.partition(",")
        return f"{family.strip()}^{given.strip()}"
    if keyword == "PatientSex":
        return value[:1].upper()
    if keyword == "PatientAge":
        return _age_string(value)
    return value


def _age_string(value: str) -> str:
    """A typed age ("45", "45Y", "18 m", "10W") as a DICOM AS value ("045Y", "018M", "010W"); anything else
    is returned as typed and then left out as invalid."""
    match = re.fullmatch(r"(\d{1,3})\s*([DWMYdwmy]?)", value.strip())
    if not match:
        return value
    return f"{int(match.group(1)):03d}{(match.group(2) or 'Y').upper()}"


def _modality(value: object) -> str:
    text = _text(value)
    return text if text and _valid("CS", text) else "OT"


def _lossy_syntax(meta: Mapping[str, object]) -> bool:
    """True when the source's pixel data were stored with a lossy transfer syntax."""
    from pydicom.uid import UID

    syntax = _text(meta.get("transfer_syntax_uid"))
    if syntax is None:
        return False
    uid = UID(syntax)
    name = uid.name or ""
    return uid.is_compressed and not any(word in name for word in ("Lossless", "RLE", "Deflate"))


def _text(value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None
