# SPDX-License-Identifier: Apache-2.0
"""The patient and acquisition facts a population check needs, from a DICOM header or typed fields.

A DICOM header wins: fields typed by the user are used only for a raster image (PNG/JPEG/TIFF/BMP), as
for the report. Every fact may be unknown (None); reading never raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.i18n.phrase import phrases
from desktop_app.imaging.metadata import MetaValue
from desktop_app.scope.ages import read_age
from desktop_app.scope.keywords import KeywordRule, mentions, normalise, shorten
from desktop_app.scope.views import canonical_view, view_in_description

#: Localizer / scout images, named in ImageType (LOCALIZER) or by vendors in the series description:
#: Siemens "Topogram", "localizer", "AAHead_Scout"; Philips "Surview", "Survey"; GE "3-Plane Loc",
#: "Tri-Pilot"; Toshiba "Scanogram". A skeletal survey is a radiographic study, not a localizer.
LOCALIZER = KeywordRule(
    "localizer",
    ("LOCALIZER", "LOCALISER", "SCOUT", "TOPOGRAM", "SURVIEW", "SURVEY", "SCANOGRAM", "PILOT", "LOC"),
    unless=("SKELETAL",),
)

#: metadata keys of the free text that may name a sequence, a view or a localizer, with their DICOM names.
_DESCRIPTIONS = (("series_description", "SeriesDescription"), ("protocol_name", "ProtocolName"))
#: ... and those that may name the body part when BodyPartExamined is empty (many devices leave it so).
_PART_DESCRIPTIONS = (("study_description", "StudyDescription"), *_DESCRIPTIONS)
#: Words that name a body part in such text (normalised; DICOM CID 4031 terms and common abbreviations).
#: Words that are also other things are left out: FACE (SURFACE coil), CERVICAL/THORACIC/LUMBAR (spine or
#: organ), LAT/AP (views).
BODY_PART_WORDS = (
    "HEAD", "BRAIN", "SKULL", "CRANIUM", "CEREBRUM", "SELLA", "PITUITARY", "ORBIT", "ORBITS", "SINUS", "SINUSES",
    "NECK", "SPINE", "SACRUM", "COCCYX", "CHEST", "THORAX", "CXR", "LUNG", "LUNGS", "RIB", "RIBS", "STERNUM",
    "HEART", "CARDIAC", "BREAST", "MAMMO", "ABDOMEN", "ABD", "KUB", "PELVIS", "LIVER", "KIDNEY", "KIDNEYS",
    "PROSTATE", "UTERUS", "HIP", "HIPS", "SHOULDER", "CLAVICLE", "SCAPULA", "HUMERUS", "ARM", "ELBOW", "FOREARM",
    "WRIST", "HAND", "FINGER", "THUMB", "FEMUR", "KNEE", "TIBIA", "FIBULA", "LEG", "ANKLE", "FOOT", "TOE", "HEEL",
    "EXTREMITY",
)


@dataclass(frozen=True)
class PatientFacts:
    """What is known about the patient and the acquisition of one image.

    ``from_header`` is True for a DICOM file. Sources say where a value was read: ``age_source`` is
    ``"PatientAge"``, ``"PatientBirthDate+StudyDate"`` (or ``+AcquisitionDate``/``+ContentDate``),
    ``"typed"`` or ``"typed birth date+study date"``; ``view_evidence`` is e.g. ``"ViewPosition LL"``.
    ``age_note`` says why a value that was present gave no age. ``view_position`` is AP, PA, LATERAL,
    DECUBITUS, OBLIQUE, or other text as written. ``sequence`` is an MR sequence the user typed for a raster
    image ("FLAIR", "T1 post-contrast"), read by the same keyword rules as a header's series description.
    """

    from_header: bool = False
    modality: str | None = None
    body_part: str | None = None
    body_part_source: str | None = None
    view_position: str | None = None
    view_evidence: str | None = None
    age_years: float | None = None
    age_source: str | None = None
    age_note: str | None = None
    image_type: tuple[str, ...] = ()
    series_description: str | None = None
    protocol_name: str | None = None
    localizer_evidence: str | None = None
    sequence: str | None = None

    @property
    def is_localizer(self) -> bool:
        return self.localizer_evidence is not None

    @property
    def acquisition_text(self) -> str:
        """Series description, protocol name, typed sequence and ImageType values in one line (what may name a
        sequence)."""
        return " ".join(t for t in (self.series_description, self.protocol_name, self.sequence, *self.image_type)
                        if t)

    @property
    def names_sequence(self) -> bool:
        """Whether a description, protocol name or typed sequence was given (ImageType alone seldom names one)."""
        return bool(self.series_description or self.protocol_name or self.sequence)


def facts_from_metadata(metadata: Mapping[str, MetaValue]) -> PatientFacts:
    """Facts from a ``LoadedImage.metadata`` dict (see :func:`desktop_app.imaging.metadata.dicom_metadata`)."""
    age = read_age(
        metadata.get("patient_age"), metadata.get("patient_birth_date"),
        [(name, metadata.get(key)) for key, name in
         (("study_date", "StudyDate"), ("acquisition_date", "AcquisitionDate"), ("content_date", "ContentDate"))],
        age_name="PatientAge", birth_name="PatientBirthDate",
    )
    view, evidence = _header_view(metadata)
    body_part = _text(metadata.get("body_part"))
    part_source = "BodyPartExamined" if body_part else None
    if body_part is None:
        body_part, part_source = _described_body_part(metadata)
    image_type = tuple(v for v in (_text(metadata.get("image_type")) or "").split("\\") if v.strip())
    return PatientFacts(
        from_header=metadata.get("format") == "dicom",
        modality=_upper(metadata.get("modality")),
        body_part=body_part, body_part_source=part_source,
        view_position=view, view_evidence=evidence,
        age_years=age.years, age_source=age.source, age_note=age.note,
        image_type=image_type,
        series_description=_text(metadata.get("series_description")),
        protocol_name=_text(metadata.get("protocol_name")),
        localizer_evidence=_localizer_evidence(metadata, image_type),
    )


def facts_from_typed(typed: Mapping[str, MetaValue]) -> PatientFacts:
    """Facts from fields typed for a raster image: ``patient_age`` (``"4"``, ``"4Y"``, ``"18M"``, ``"10W"``,
    ``"20D"``), else ``patient_birth_date`` with ``study_date`` (YYYY-MM-DD); ``view_position``; ``body_part``;
    ``sequence`` (MR sequence as free text: ``"FLAIR"``, ``"T1 post-contrast"``)."""
    age = read_age(typed.get("patient_age"), typed.get("patient_birth_date"), [("study date", typed.get("study_date"))],
                   age_name="typed", birth_name="typed birth date")
    view_text = _text(typed.get("view_position"))
    body_part = _text(typed.get("body_part"))
    return PatientFacts(
        body_part=body_part.upper() if body_part else None, body_part_source="typed" if body_part else None,
        view_position=canonical_view(view_text) if view_text else None,
        view_evidence=phrases.translate("Scope", "typed {view}").format(view=shorten(view_text.upper(), 24))
        if view_text else None,
        age_years=age.years, age_source=age.source, age_note=age.note,
        sequence=_text(typed.get("sequence")),
    )


def facts_for_image(metadata: Mapping[str, MetaValue], typed: Mapping[str, MetaValue] | None = None) -> PatientFacts:
    """The header's facts for a DICOM file; the typed fields' for a raster image (a DICOM header wins)."""
    if metadata.get("format") == "dicom" or not typed:
        return facts_from_metadata(metadata)
    return facts_from_typed(typed)


def _header_view(metadata: Mapping[str, MetaValue]) -> tuple[str | None, str | None]:
    """ViewPosition, else the ViewCodeSequence meaning, else a view named in the series description or protocol."""
    for key, name in (("view_position", "ViewPosition"), ("view_code_meaning", "ViewCodeSequence")):
        text = _text(metadata.get(key))
        if text:
            return canonical_view(text), f"{name} {shorten(text, 24)}"
    for key, name in _DESCRIPTIONS:
        text = _text(metadata.get(key))
        view = view_in_description(text)
        if text and view:
            return view, f"{name} '{shorten(text)}'"
    return None, None


def _described_body_part(metadata: Mapping[str, MetaValue]) -> tuple[str | None, str | None]:
    """The body part words of the first study/series description or protocol name that names any, with the
    attribute they came from: StudyDescription "SHOULDER" → ("SHOULDER", "StudyDescription")."""
    for key, name in _PART_DESCRIPTIONS:
        text = _text(metadata.get(key))
        if not text:
            continue
        words = normalise(text)
        found = [word for word in BODY_PART_WORDS if mentions(words, word)]
        if found:
            return " ".join(found), name
    return None, None


def _localizer_evidence(metadata: Mapping[str, MetaValue], image_type: tuple[str, ...]) -> str | None:
    for value in image_type:
        if LOCALIZER.matches(value):
            return f"ImageType {normalise(value)}"
    return LOCALIZER.first_match((name, _text(metadata.get(key))) for key, name in _DESCRIPTIONS)


def _text(value: MetaValue) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _upper(value: MetaValue) -> str | None:
    text = _text(value)
    return text.upper() if text else None
