# SPDX-License-Identifier: Apache-2.0
"""De-identification after DICOM PS3.15 Annex E, Basic Application Level Confidentiality Profile.

:func:`deidentify_dataset` returns a cleaned copy of a dataset; :func:`deidentify_metadata` does the same
for a ``LoadedImage.metadata`` dict. Actions, from PS3.15 Table E.1-1 for the attributes ScanLens writes,
copies or is likely to meet:

- **X** remove; **Z** empty value (PS3.15 allows a dummy of the same VR instead: Patient ID becomes a
  salted pseudonym so the exports of one patient still group together);
- **U** replace a UID by a salted name-based UUID UID (:class:`UidMapper`), the same input always giving
  the same output, so study/series/instance relations and references survive;
- **K** keep; sequences not listed are kept and cleaned item by item.

Private attributes, overlays and curves are removed. Two profile options are applied by default because
reading the result needs them, and they are coded in the output: Retain Patient Characteristics
(sex, age, size, weight) and Retain Longitudinal Temporal Information with Full Dates. The PDF report
follows the same choice (``reporting.inputs.DEIDENTIFIED_KEYS``). Pixel data are not cleaned: a source
whose Burned In Annotation is YES must be checked by a person (``SourceStudy.burned_in_annotation``).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass

from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from desktop_app.exporting.uids import UidMapper

_X, _Z, _U = "X", "Z", "U"

#: keyword -> action (PS3.15 Table E.1-1, Basic Profile column; where it offers X/Z/D, the choice made).
BASIC_PROFILE: dict[str, str] = {
    **dict.fromkeys(
        (
            "AccessionNumber", "ContentCreatorName", "PatientBirthDate", "PatientID", "PatientName", "PatientSex",
            "ReferringPhysicianName", "StudyDate", "StudyID", "StudyTime", "ContentDate", "ContentTime",
            "AcquisitionDateTime", "VerifyingObserverName",
        ),
        _Z,
    ),
    **dict.fromkeys(
        (
            "AcquisitionComments", "AcquisitionDate", "AcquisitionTime", "AdditionalPatientHistory", "AdmissionID",
            "AdmittingDiagnosesDescription", "BranchOfService", "CountryOfResidence", "CurrentPatientLocation",
            "DateOfSecondaryCapture", "DerivationDescription", "DeviceSerialNumber", "EthnicGroup", "ImageComments",
            "InstanceCreationDate", "InstanceCreationTime", "InstitutionAddress", "InstitutionName",
            "InstitutionalDepartmentName", "IssuerOfPatientID", "MedicalRecordLocator", "MilitaryRank",
            "NameOfPhysiciansReadingStudy", "Occupation", "OperatorsName", "OtherPatientIDs",
            "OtherPatientIDsSequence", "OtherPatientNames", "PatientAddress", "PatientAge", "PatientBirthName",
            "PatientBirthTime", "PatientComments", "PatientInsurancePlanCodeSequence", "PatientMotherBirthName",
            "PatientReligiousPreference", "PatientSize", "PatientState", "PatientTelephoneNumbers", "PatientWeight",
            "PerformedProcedureStepDescription", "PerformedProcedureStepID", "PerformingPhysicianName",
            "PhysiciansOfRecord", "ReferencedPatientSequence", "ReferencedStudySequence", "RequestAttributesSequence",
            "RequestingPhysician", "ResponsibleOrganization", "ResponsiblePerson", "SeriesDate",
            "SeriesDescription", "SeriesTime", "StationName", "StudyDescription", "TimeOfSecondaryCapture",
            "TimezoneOffsetFromUTC",
        ),
        _X,
    ),
    **dict.fromkeys(
        (
            "ConcatenationUID", "DimensionOrganizationUID", "FrameOfReferenceUID", "InstanceCreatorUID",
            "IrradiationEventUID", "MediaStorageSOPInstanceUID", "ReferencedFrameOfReferenceUID",
            "ReferencedSOPInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "StorageMediaFileSetUID",
            "StudyInstanceUID", "SynchronizationFrameOfReferenceUID", "TargetUID", "TransactionUID", "UID",
        ),
        _U,
    ),
}

PATIENT_CHARACTERISTICS = frozenset({"PatientSex", "PatientAge", "PatientSize", "PatientWeight"})
FULL_DATES = frozenset(
    {
        "StudyDate", "StudyTime", "SeriesDate", "SeriesTime", "ContentDate", "ContentTime", "AcquisitionDate",
        "AcquisitionTime", "AcquisitionDateTime", "InstanceCreationDate", "InstanceCreationTime",
        "DateOfSecondaryCapture", "TimeOfSecondaryCapture", "TimezoneOffsetFromUTC",
    }
)

_BASIC_CODE = ("113100", "Basic Application Confidentiality Profile")
_CHARACTERISTICS_CODE = ("113108", "Retain Patient Characteristics Option")
_FULL_DATES_CODE = ("113106", "Retain Longitudinal Temporal Information Full Dates Option")


@dataclass(frozen=True)
class DeidentifyOptions:
    """Which PS3.15 profile options to apply on top of the Basic Profile."""

    retain_patient_characteristics: bool = True
    retain_full_dates: bool = True

    def kept(self) -> frozenset[str]:
        kept: frozenset[str] = frozenset()
        if self.retain_patient_characteristics:
            kept |= PATIENT_CHARACTERISTICS
        if self.retain_full_dates:
            kept |= FULL_DATES
        return kept

    def codes(self) -> list[tuple[str, str]]:
        codes = [_BASIC_CODE]
        if self.retain_patient_characteristics:
            codes.append(_CHARACTERISTICS_CODE)
        if self.retain_full_dates:
            codes.append(_FULL_DATES_CODE)
        return codes


def deidentify_dataset(ds: Dataset, mapper: UidMapper, options: DeidentifyOptions | None = None) -> Dataset:
    """A de-identified deep copy of ``ds`` (file meta included), marked Patient Identity Removed = YES."""
    options = options or DeidentifyOptions()
    out = copy.deepcopy(ds)
    _clean(out, mapper, options.kept(), set())
    meta = getattr(out, "file_meta", None)
    if meta is not None and "MediaStorageSOPInstanceUID" in meta:
        meta.MediaStorageSOPInstanceUID = mapper.uid(meta.MediaStorageSOPInstanceUID)
    mark_deidentified(out, options)
    return out


def mark_deidentified(ds: Dataset, options: DeidentifyOptions) -> None:
    """Patient Identity Removed, De-identification Method and its code sequence (PS3.15 E.1.1)."""
    codes = options.codes()
    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = ["ScanLens " + meaning.removesuffix(" Option") for _, meaning in codes]
    items = []
    for value, meaning in codes:
        item = Dataset()
        item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = value, "DCM", meaning
        items.append(item)
    ds.DeidentificationMethodCodeSequence = Sequence(items)


def _clean(ds: Dataset, mapper: UidMapper, kept: frozenset[str], seen: set[int]) -> None:
    """Apply the actions in place; ``seen`` guards against an element object shared by two items being
    mapped twice."""
    for elem in list(ds):
        tag, keyword = elem.tag, elem.keyword
        if id(elem) in seen:
            continue
        seen.add(id(elem))
        if tag.is_private or _is_overlay_or_curve(tag.group, tag.element):
            del ds[tag]
            continue
        action = "K" if keyword in kept else BASIC_PROFILE.get(keyword) or _default_action(keyword, elem.VR)
        if action == _X:
            del ds[tag]
        elif action == _Z:
            elem.value = _dummy(keyword, elem.value, mapper)
        elif action == _U and elem.value not in (None, ""):
            elem.value = [mapper.uid(v) for v in elem.value] if elem.VM > 1 else mapper.uid(elem.value)
        elif elem.VR == "SQ":
            for item in elem.value:
                _clean(item, mapper, kept, seen)


def _default_action(keyword: str, vr: str) -> str:
    """Attributes the table does not list: names go (privacy first), instance-like UIDs are replaced."""
    if vr == "PN":
        return _X
    if vr == "UI" and keyword.endswith(("InstanceUID", "FrameOfReferenceUID")):
        return _U
    return "K"


def _dummy(keyword: str, value: object, mapper: UidMapper) -> object:
    if keyword == "PatientID" and value not in (None, ""):
        return mapper.pseudonym(str(value))
    return [] if isinstance(value, Sequence) else ""


def _is_overlay_or_curve(group: int, element: int) -> bool:
    if 0x5000 <= group <= 0x50FF and group % 2 == 0:
        return True  # curves (retired)
    return 0x6000 <= group <= 0x60FF and group % 2 == 0 and element in (0x3000, 0x4000)


#: ``LoadedImage.metadata`` keys -> action, for reports and anything else built from the metadata dict.
_METADATA_ACTIONS: dict[str, str] = {
    "patient_name": _Z, "patient_id": _Z, "patient_birth_date": _Z, "other_patient_ids": _X,
    "accession_number": _Z, "institution": _X, "referring_physician": _X, "study_description": _X,
    "series_description": _X, "protocol_name": _X, "manufacturer": "K", "study_instance_uid": _U,
    "series_instance_uid": _U, "sop_instance_uid": _U,
}


def deidentify_metadata(
    meta: Mapping[str, str | int | float | None], mapper: UidMapper, options: DeidentifyOptions | None = None
) -> dict[str, str | int | float | None]:
    """A de-identified copy of a ``LoadedImage.metadata``-style dict (same actions as for datasets)."""
    options = options or DeidentifyOptions()
    out: dict[str, str | int | float | None] = {}
    for key, value in meta.items():
        action = _METADATA_ACTIONS.get(key, "K")
        if key in ("patient_sex", "patient_age") and not options.retain_patient_characteristics:
            action = _Z
        if key in ("study_date", "study_time", "acquisition_date", "content_date") and not options.retain_full_dates:
            action = _Z
        if action == _X:
            continue
        if action == _Z:
            out[key] = mapper.pseudonym(str(value)) if key == "patient_id" and value else None
        elif action == _U and value:
            out[key] = str(mapper.uid(str(value)))
        else:
            out[key] = value
    out["patient_identity_removed"] = "YES"
    return out
