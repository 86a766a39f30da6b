# SPDX-License-Identifier: Apache-2.0
"""The work behind Export report / Print / Export to PACS folder, run on a worker (no Qt in here).

Everything starts from one :class:`AnalysedCase` — the image on screen and the prediction shown for it —
so the PDF, the printed pages and the DICOM exports are built by the same ``build_report_input`` call
from its :class:`~desktop_app.analysis.result.AnalysisResult`.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.analysis.outputs import build_report_input
from desktop_app.analysis.render import OverlayStyle
from desktop_app.analysis.result import AnalysisResult
from desktop_app.i18n import translate
from desktop_app.i18n.card_text import label_text
from desktop_app.imaging.model import LoadedImage
from desktop_app.inference.prediction import Prediction
from desktop_app.reporting.inputs import Agreement, ReportInput

if TYPE_CHECKING:
    from desktop_app.exporting import ExportedStudy
    from desktop_app.ui.reports.options_dialog import ReportOptions
    from desktop_app.ui.settings.report_settings import ReportPrefs


@dataclass(eq=False)
class AnalysedCase:
    """A finished analysis on screen. ``case_id`` is set by the case-history thread once it is recorded."""

    result: AnalysisResult
    card: dict = field(default_factory=dict)
    style: OverlayStyle = field(default_factory=OverlayStyle)
    case_id: int | None = None

    @property
    def image(self) -> LoadedImage:
        assert self.result.image is not None, "an analysis on screen keeps its image"
        return self.result.image

    @property
    def prediction(self) -> Prediction:
        assert self.result.prediction is not None, "an analysis on screen has a prediction"
        return self.result.prediction

    @property
    def frame(self) -> int:
        return self.result.frame

    def title(self) -> str:
        """"Case #12 — scan.png: PNEUMONIA", the label in the user's language."""
        if self.case_id is not None:
            number = translate("AnalysedCase", "Case #{id}").format(id=self.case_id)
        else:
            number = translate("AnalysedCase", "New case (not yet recorded)")
        decision = label_text(self.card, self.prediction.decision)
        return translate("AnalysedCase", "{case} — {file}: {decision}").format(
            case=number, file=Path(self.image.path).name, decision=decision)


@dataclass(frozen=True)
class ReviewValues:
    """What the review panel holds: reviewer, agree/disagree (or None) and a comment."""

    reviewer: str = ""
    agreement: Agreement | None = None
    comment: str = ""


def report_input(case: AnalysedCase, options: ReportOptions, prefs: ReportPrefs,
                 review: ReviewValues) -> ReportInput:
    """The ``ReportInput`` of ``case`` with the review, the report settings and the typed fields."""
    return build_report_input(
        case.result,
        case.card,
        deidentify=options.deidentify,
        reviewer=review.reviewer,
        agreement=review.agreement,
        comment=review.comment,
        clinic_name=prefs.clinic_name,
        clinic_logo=prefs.logo_path(),
        page_size=prefs.page_size,
        typed=options.typed,
        style=case.style,
    )


def write_pdf(case: AnalysedCase, options: ReportOptions, prefs: ReportPrefs, review: ReviewValues,
              out_path: str | Path) -> Path:
    """Write the report of ``case`` to ``out_path``; raises ``ReportError`` with a one-line reason."""
    from desktop_app.reporting import write_report

    return write_report([report_input(case, options, prefs, review)], out_path)


def export_to_folder(case: AnalysedCase, options: ReportOptions, prefs: ReportPrefs, review: ReviewValues,
                     folder: str | Path) -> ExportedStudy:
    """Write the Secondary Capture and the Encapsulated PDF report of ``case`` into ``folder``.

    Raises ``ExportError`` or ``ReportError`` with a one-line reason; nothing is written when the
    datasets do not validate.
    """
    from desktop_app.exporting import StudyItem, export_study, source_study
    from desktop_app.reporting import write_report

    report = report_input(case, options, prefs, review)
    source = source_study(case.image, case.frame, options.typed)
    with tempfile.TemporaryDirectory(prefix="scanlens-export-") as temp:
        pdf = write_report([report], Path(temp) / "report.pdf").read_bytes()
    return export_study([StudyItem(report, source)], folder, pdf=pdf)


def describe_job_error(exc: BaseException, what: str) -> str:
    """One line for the user: the reason of a report/export error, or the name of an unexpected one.
    ``what`` names the job in the user's language ("Export report")."""
    from desktop_app.exporting import ExportError
    from desktop_app.reporting import ReportError

    failed = translate("ReportJobs", "{what} failed: {reason}")
    if isinstance(exc, ReportError | ExportError):
        return failed.format(what=what, reason=exc)
    if isinstance(exc, OSError):
        from desktop_app.fsutil import describe_os_error

        return failed.format(what=what, reason=describe_os_error(exc))
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    if detail:
        reason = translate("ReportJobs", "unexpected {error} ({detail})").format(error=type(exc).__name__,
                                                                                 detail=detail)
    else:
        reason = translate("ReportJobs", "unexpected {error}").format(error=type(exc).__name__)
    return failed.format(what=what, reason=reason)
