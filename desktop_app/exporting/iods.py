# SPDX-License-Identifier: Apache-2.0
"""The attribute requirements :mod:`validate` checks, from DICOM PS3.3 for the IODs ScanLens writes.

Each module is a list of (keyword, type). Type 1: present with a value; type 2: present, may be empty;
type 1C/2C: checked by the conditions in :mod:`validate`; type 3 attributes are listed only when they carry
enumerated values or sequence item rules.
"""

from __future__ import annotations

from pydicom.uid import EncapsulatedPDFStorage, SecondaryCaptureImageStorage

Module = tuple[str, tuple[tuple[str, str], ...]]

PATIENT: Module = (
    "Patient",
    (("PatientName", "2"), ("PatientID", "2"), ("PatientBirthDate", "2"), ("PatientSex", "2")),
)
GENERAL_STUDY: Module = (
    "General Study",
    (
        ("StudyInstanceUID", "1"), ("StudyDate", "2"), ("StudyTime", "2"), ("ReferringPhysicianName", "2"),
        ("StudyID", "2"), ("AccessionNumber", "2"),
    ),
)
GENERAL_SERIES: Module = ("General Series", (("Modality", "1"), ("SeriesInstanceUID", "1"), ("SeriesNumber", "2")))
DOCUMENT_SERIES: Module = (
    "Encapsulated Document Series",
    (("Modality", "1"), ("SeriesInstanceUID", "1"), ("SeriesNumber", "1")),
)
GENERAL_EQUIPMENT: Module = ("General Equipment", (("Manufacturer", "2"),))
SC_EQUIPMENT: Module = ("SC Equipment", (("ConversionType", "1"),))
GENERAL_IMAGE: Module = (
    "General Image",
    (("InstanceNumber", "2"), ("PatientOrientation", "2C"), ("ContentDate", "2C"), ("ContentTime", "2C")),
)
IMAGE_PIXEL: Module = (
    "Image Pixel",
    (
        ("SamplesPerPixel", "1"), ("PhotometricInterpretation", "1"), ("Rows", "1"), ("Columns", "1"),
        ("BitsAllocated", "1"), ("BitsStored", "1"), ("HighBit", "1"), ("PixelRepresentation", "1"),
        ("PixelData", "1"), ("PlanarConfiguration", "1C"),
    ),
)
ENCAPSULATED_DOCUMENT: Module = (
    "Encapsulated Document",
    (
        ("InstanceNumber", "1"), ("ContentDate", "2"), ("ContentTime", "2"), ("AcquisitionDateTime", "2"),
        ("BurnedInAnnotation", "1"), ("DocumentTitle", "2"), ("ConceptNameCodeSequence", "2"),
        ("MIMETypeOfEncapsulatedDocument", "1"), ("EncapsulatedDocument", "1"),
    ),
)
SOP_COMMON: Module = ("SOP Common", (("SOPClassUID", "1"), ("SOPInstanceUID", "1")))

IODS: dict[str, tuple[str, tuple[Module, ...]]] = {
    SecondaryCaptureImageStorage: (
        "Secondary Capture Image",
        (PATIENT, GENERAL_STUDY, GENERAL_SERIES, GENERAL_EQUIPMENT, SC_EQUIPMENT, GENERAL_IMAGE, IMAGE_PIXEL,
         SOP_COMMON),
    ),
    EncapsulatedPDFStorage: (
        "Encapsulated PDF",
        (PATIENT, GENERAL_STUDY, DOCUMENT_SERIES, GENERAL_EQUIPMENT, SC_EQUIPMENT, ENCAPSULATED_DOCUMENT,
         SOP_COMMON),
    ),
}

FILE_META: tuple[str, ...] = (
    "FileMetaInformationVersion", "MediaStorageSOPClassUID", "MediaStorageSOPInstanceUID", "TransferSyntaxUID",
    "ImplementationClassUID",
)

_REFERENCE = (("ReferencedSOPClassUID", "1"), ("ReferencedSOPInstanceUID", "1"))
_CODE = (("CodeValue", "1"), ("CodingSchemeDesignator", "1"), ("CodeMeaning", "1"))

#: Sequence keyword -> (keyword, type) each of its items must satisfy.
SEQUENCE_ITEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "SourceImageSequence": _REFERENCE,
    "ReferencedImageSequence": _REFERENCE,
    "SourceInstanceSequence": _REFERENCE,
    "ReferencedInstanceSequence": _REFERENCE,
    "ReferencedSeriesSequence": (("SeriesInstanceUID", "1"), ("ReferencedInstanceSequence", "1")),
    "ConceptNameCodeSequence": _CODE,
    "DeidentificationMethodCodeSequence": _CODE,
    "PurposeOfReferenceCodeSequence": _CODE,
}

#: keyword -> allowed values (per value for multi-valued attributes, ``None`` = any at that position).
ENUMERATED: dict[str, tuple[tuple[object, ...] | None, ...]] = {
    "ConversionType": (("DV", "DI", "DF", "WSD", "SD", "SI", "DRW", "SYN"),),
    "BurnedInAnnotation": (("YES", "NO"),),
    "RecognizableVisualFeatures": (("YES", "NO"),),
    "PatientIdentityRemoved": (("YES", "NO"),),
    "PatientSex": (("M", "F", "O"),),
    "LossyImageCompression": (("00", "01"),),
    "PixelRepresentation": ((0, 1),),
    "ImageType": (("ORIGINAL", "DERIVED"), ("PRIMARY", "SECONDARY")),
}

#: SOP Class -> fixed values the IOD requires.
FIXED: dict[str, dict[str, object]] = {
    EncapsulatedPDFStorage: {"Modality": "DOC", "MIMETypeOfEncapsulatedDocument": "application/pdf"},
}
