# SPDX-License-Identifier: Apache-2.0
"""The outcome of analysing one file: :class:`AnalysisResult`, the one object every caller shows or records.

The CLI's JSON line, the viewer's panel, the batch table, the PDF report, the case history and the DICOM
Secondary Capture are all built from it; a new verdict about an analysis is added here once and read by
each of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.i18n import translate
from desktop_app.imaging.model import LoadedImage
from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.reporting.inputs import PATIENT_FIELDS

ANALYSED, REFUSED, FAILED = "Analysed", "Not analysed", "Error"
#: Where a failed analysis stopped: the file could not be decoded, the model could not be used, or an
#: unexpected error (``reason`` then already says so).
AT_DECODE, AT_MODEL, AT_UNEXPECTED = "decode", "model", "unexpected"

MetaValue = str | int | float | None
#: Metadata keys a report or export may use besides the report's :data:`PATIENT_FIELDS`.
EXTRA_PATIENT_KEYS = ("accession_number", "referring_physician", "institution", "other_patient_ids")
#: Patient/study keys an analysis keeps from the image's metadata (for records, reports and exports).
PATIENT_KEYS = tuple(key for key, _ in PATIENT_FIELDS) + EXTRA_PATIENT_KEYS


@dataclass
class AnalysisResult:
    """One file's analysis: the decoded image (while kept), the gate's verdict, the prediction, or why not.

    ``status`` is :data:`ANALYSED` (``prediction`` set), :data:`REFUSED` (the input gate said no; ``gate``
    and ``reason`` say why) or :data:`FAILED` (``failed_at`` and ``reason`` say where and why). ``image``
    is None when the file could not be decoded or the pixels were released (batch triage keeps only what
    the table and the case history need: ``patient`` and ``source_format``).
    """

    path: str
    status: str
    file_sha256: str | None = None  # None when the file cannot be read
    image: LoadedImage | None = None
    frame: int = 0
    prediction: Prediction | None = None
    gate: GateVerdict | None = None
    reason: str = ""  # the refusal or failure, one line for the user
    failed_at: str = ""  # AT_DECODE, AT_MODEL or AT_UNEXPECTED when FAILED
    patient: dict[str, MetaValue] = field(default_factory=dict)  # PATIENT_KEYS from the image's metadata
    source_format: str = ""  # "dicom", "png", … ("" when not decoded)
    timings_ms: dict[str, float] = field(default_factory=dict)  # decode, preprocess, inference, total
    typed: dict[str, MetaValue] = field(default_factory=dict)  # patient facts typed for it (no DICOM header)

    @property
    def ok(self) -> bool:
        return self.status == ANALYSED and self.prediction is not None

    @property
    def message(self) -> str:
        """Why the file was not analysed, as the batch table and the viewer say it ("" when analysed)."""
        if self.status != FAILED:
            return self.reason
        if self.failed_at == AT_DECODE:
            return translate("Analysis", "Cannot open: {reason}").format(reason=self.reason)
        if self.failed_at == AT_MODEL:
            return translate("Analysis", "Analysis not possible: {reason}").format(reason=self.reason)
        return self.reason

    @property
    def patient_id(self) -> str:
        value = self.patient.get("patient_id")
        return "" if value is None else str(value)

    @property
    def model(self) -> str:
        return self.prediction.model_id if self.prediction else ""

    @property
    def decision(self) -> str:
        return self.prediction.decision if self.prediction else ""

    @property
    def probability(self) -> float | None:
        """Calibrated probability of the decided label."""
        return self.prediction.scores[self.prediction.decision] if self.prediction else None

    @property
    def needs_review(self) -> bool:
        return bool(self.prediction and self.prediction.needs_review)

    @property
    def outside_scope(self) -> bool:
        """Analysed, but outside what its model was validated for (population or shift)."""
        return bool(self.prediction and not self.prediction.in_scope)

    @property
    def scope_text(self) -> str:
        """"Outside validated use: <reasons>" for a result outside scope, else ""."""
        scope = self.prediction.scope if self.prediction else None
        return scope.label if scope is not None else ""

    @property
    def gate_label(self) -> str:
        return f"{self.gate.label} {self.gate.score:.2f}" if self.gate else ""

    def provenance(self) -> dict[str, Any]:
        """Which file and which model made this result (for records and audits)."""
        p = self.prediction
        return {"file": self.path, "file_sha256": self.file_sha256,
                "model": None if p is None else {"id": p.model_id, "version": p.model_version,
                                                  "sha256": p.model_sha256},
                "provider": None if p is None else p.provider}

    def without_pixels(self) -> AnalysisResult:
        """This result with the decoded image released (what batch triage keeps per file)."""
        self.image = None
        return self


def patient_of(image: LoadedImage) -> dict[str, MetaValue]:
    """The :data:`PATIENT_KEYS` of ``image``'s metadata."""
    return {key: image.metadata.get(key) for key in PATIENT_KEYS}


def scored(image: LoadedImage, prediction: Prediction, frame: int = 0) -> AnalysisResult:
    """The result of an analysis made outside :func:`~desktop_app.analysis.analyse_file` (tests, stored)."""
    return AnalysisResult(prediction.file or image.path, ANALYSED, prediction.file_sha256 or None, image=image,
                          frame=frame, prediction=prediction, gate=prediction.gate, patient=patient_of(image),
                          source_format=image.source_format)
