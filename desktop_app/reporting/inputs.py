# SPDX-License-Identifier: Apache-2.0
"""What goes into a report: one ``ReportInput`` per analysed image. Plain data, no reportlab."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

import numpy as np

from desktop_app import __version__
from desktop_app.i18n import current_language
from desktop_app.i18n.formats import iso_date_text
from desktop_app.i18n.phrase import QT_TRANSLATE_NOOP, Wording
from desktop_app.inference.prediction import Prediction

PageSize = Literal["A4", "Letter"]
Agreement = Literal["agree", "disagree"]
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
AGREEMENTS: tuple[str, ...] = ("agree", "disagree")
DEIDENTIFIED = QT_TRANSLATE_NOOP("Report", "De-identified")

#: Patient/study keys the report shows, in order, with their labels (English; shown translated). Keys follow
#: ``LoadedImage.metadata``.
PATIENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("patient_name", QT_TRANSLATE_NOOP("Report", "Patient name")),
    ("patient_id", QT_TRANSLATE_NOOP("Report", "Patient ID")),
    ("patient_sex", QT_TRANSLATE_NOOP("Report", "Sex")),
    ("patient_birth_date", QT_TRANSLATE_NOOP("Report", "Birth date")),
    ("patient_age", QT_TRANSLATE_NOOP("Report", "Age")),  # the DICOM header's, or typed for a PNG/JPEG
    ("study_date", QT_TRANSLATE_NOOP("Report", "Study date")),
    ("modality", QT_TRANSLATE_NOOP("Report", "Modality")),
    ("view_position", QT_TRANSLATE_NOOP("Report", "View")),
    ("body_part", QT_TRANSLATE_NOOP("Report", "Body part")),
    ("sequence", QT_TRANSLATE_NOOP("Report", "MR sequence")),  # typed for a PNG/JPEG; no such metadata key
)
_DATE_KEYS = frozenset({"patient_birth_date", "study_date"})
# Rows shown only when they have a value (the sequence is typed for a few brain MRI images only; an age is
# in few headers, and the birth and study dates usually say it).
_SHOWN_WHEN_GIVEN = frozenset({"sequence", "patient_age"})

#: Removed when de-identifying, after the DICOM PS3.15 Annex E Basic Application Level Confidentiality
#: Profile (action Z/X/U for these attributes). Sex and study date are kept, as the profile's "Retain
#: Patient Characteristics" and "Retain Longitudinal Temporal Information (Full Dates)" options allow,
#: because reading the result needs them. The source file name is hidden too: file names often carry the
#: patient's name or ID.
DEIDENTIFIED_KEYS: frozenset[str] = frozenset(
    {
        "patient_name",
        "patient_id",
        "patient_birth_date",
        "other_patient_ids",
        "accession_number",
        "institution",
        "referring_physician",
        "study_instance_uid",
        "series_instance_uid",
        "sop_instance_uid",
    }
)


class ReportError(Exception):
    """The report could not be produced. ``str(err)`` is a one-line reason for the user."""


@dataclass(frozen=True)
class HeatmapLegend:
    """How the heatmap colours map to values, drawn as a colour bar under the overlay.

    ``lut`` is the (256, 3) uint8 RGB table the overlay was coloured with; when it is ``None`` the
    table is looked up from ``colormap`` among OpenCV's colour maps ("jet", "turbo", "inferno", ...), whose
    tables ``desktop_app.inference.colormaps`` holds.
    """

    colormap: str
    vmin: float
    vmax: float
    label: str = "Model attention (class activation map)"
    lut: np.ndarray | None = None


@dataclass
class ReportInput:
    """One analysed image and everything the page about it shows.

    ``image`` is the displayed image (uint8, (H, W) or (H, W, 3) RGB, as ``render_frame`` returns);
    ``overlay`` is the same image blended with the heatmap (uint8 RGB) or ``None`` when the model gave
    no map. ``patient`` holds study fields with ``LoadedImage.metadata`` keys (from DICOM or typed in).
    """

    image: np.ndarray
    prediction: Prediction
    card: dict
    overlay: np.ndarray | None = None
    legend: HeatmapLegend | None = None
    patient: dict[str, str | int | float | None] = field(default_factory=dict)
    reviewer: str = ""
    agreement: Agreement | None = None
    comment: str = ""
    clinic_name: str = ""
    clinic_logo: str | os.PathLike[str] | None = None
    page_size: PageSize = "A4"
    deidentify: bool = False
    generated_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    app_version: str = __version__
    source_name: str = ""  # shown file name; defaults to the base name of ``prediction.file``

    def display_name(self, index: int, language: str | None = None) -> str:
        """File name to show for image ``index`` (1-based); hidden when de-identifying."""
        name = "" if self.deidentify else self.source_name or Path(self.prediction.file).name
        return name or Wording(language or current_language()).translate("Report", "Image {index}").format(
            index=index)

    def shown_patient_fields(self, language: str | None = None) -> list[tuple[str, str]]:
        """(label, value) pairs for the patient/study block in ``language`` (default: the current one), with
        identifiers removed if asked; dates in the language's order."""
        words = Wording(language or current_language())
        rows = []
        for key, label in PATIENT_FIELDS:
            value = self.patient.get(key)
            if key in _SHOWN_WHEN_GIVEN and (value is None or str(value).strip() == ""):
                continue
            if self.deidentify and key in DEIDENTIFIED_KEYS:
                text = words.translate("Report", DEIDENTIFIED)
            elif value is None or str(value).strip() == "":
                text = "—"
            else:
                text = str(value).strip()
                text = iso_date_text(text, words.language) if key in _DATE_KEYS else text
            rows.append((words.translate("Report", label), text))
        return rows

    def shown_comment(self) -> str:
        """The reviewer's comment; when de-identifying, the patient's name parts, ID and birth date in it
        are replaced (free text is where identifiers leak, PS3.15 removes or cleans it)."""
        if not self.deidentify:
            return self.comment.strip()
        return scrub_identifiers(self.comment.strip(), self.patient)

    def shown_patient_id(self, language: str | None = None) -> str:
        if self.deidentify:
            return Wording(language or current_language()).translate("Report", DEIDENTIFIED)
        value = self.patient.get("patient_id")
        return "—" if value in (None, "") else str(value)


def scrub_identifiers(text: str, patient: dict[str, str | int | float | None]) -> str:
    """``text`` with the patient's name parts (2+ letters), ID and birth date replaced by "[removed]"."""
    tokens: set[str] = set()
    name = str(patient.get("patient_name") or "")
    tokens.update(t for t in re.split(r"[\s,^]+", name) + re.split(r"[\s,^\-]+", name) if len(t) >= 2)
    for key in ("patient_id", "patient_birth_date", "other_patient_ids", "accession_number"):
        value = str(patient.get(key) or "").strip()
        if value:
            tokens.add(value)
    birth = str(patient.get("patient_birth_date") or "")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", birth):
        tokens.add(birth.replace("-", ""))
    for token in sorted(tokens, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(token)}(?!\w)", "[removed]", text, flags=re.IGNORECASE)
    return text


def validate(item: ReportInput, index: int) -> None:
    """Raise ``ReportError`` naming image ``index`` (1-based) when ``item`` cannot be reported."""
    where = f"image {index}"
    _check_array(item.image, f"{where}: the image", allow_gray=True)
    if item.overlay is not None:
        _check_array(item.overlay, f"{where}: the heatmap overlay", allow_gray=False)
    if item.page_size not in PAGE_SIZES:
        raise ReportError(f"{where}: page size must be A4 or Letter, not {item.page_size!r}")
    if item.agreement not in (None, *AGREEMENTS):
        raise ReportError(f"{where}: reviewer agreement must be 'agree', 'disagree' or empty")
    if not item.prediction.scores:
        raise ReportError(f"{where}: the prediction has no scores")
    if item.legend is not None and item.legend.lut is not None:
        if np.asarray(item.legend.lut).shape != (256, 3):
            raise ReportError(f"{where}: the heatmap colour table must have shape (256, 3)")


def _check_array(array: object, what: str, *, allow_gray: bool) -> None:
    if not isinstance(array, np.ndarray) or array.dtype != np.uint8:
        raise ReportError(f"{what} must be a uint8 numpy array")
    gray_ok = allow_gray and array.ndim == 2
    rgb_ok = array.ndim == 3 and array.shape[2] == 3
    if not (gray_ok or rgb_ok) or array.shape[0] == 0 or array.shape[1] == 0:
        shape = "(H, W) or (H, W, 3)" if allow_gray else "(H, W, 3)"
        raise ReportError(f"{what} must have shape {shape}, got {array.shape}")
