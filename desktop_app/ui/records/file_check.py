# SPDX-License-Identifier: Apache-2.0
"""A stored case as the history panel shows it, and whether its file is still the analysed one."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.i18n.card_text import label_text
from desktop_app.storage import CaseRecord
from desktop_app.ui.analysis.result_view import gate_text, provider_name
from desktop_app.ui.records.history_model import agreement_text, local_time

STATUS_SAME, STATUS_CHANGED, STATUS_MISSING, STATUS_UNKNOWN = "same", "changed", "missing", "unknown"


@dataclass(frozen=True)
class FileCheck:
    """Is the case's file still there and byte-identical to the analysed one?"""

    status: str  # STATUS_SAME / STATUS_CHANGED / STATUS_MISSING / STATUS_UNKNOWN
    message: str

    @property
    def can_open(self) -> bool:
        return self.status in (STATUS_SAME, STATUS_CHANGED, STATUS_UNKNOWN)


def check_file(path: str | None, sha256: str | None) -> FileCheck:
    """Compare the file at ``path`` with the recorded ``sha256`` (runs on a worker: it reads the file)."""
    from desktop_app.inference.registry import sha256_of

    if not path:
        return FileCheck(STATUS_MISSING, QCoreApplication.translate("FileCheck", "No file was recorded for this case."))
    if not Path(path).is_file():
        text = QCoreApplication.translate("FileCheck", "The file is no longer there: {path}")
        return FileCheck(STATUS_MISSING, text.format(path=path))
    try:
        actual = sha256_of(Path(path))
    except OSError as err:
        from desktop_app.fsutil import describe_os_error

        text = QCoreApplication.translate("FileCheck", "The file cannot be read ({reason}): {path}")
        return FileCheck(STATUS_MISSING, text.format(reason=describe_os_error(err), path=path))
    if not sha256:
        return FileCheck(STATUS_UNKNOWN, QCoreApplication.translate(
            "FileCheck", "Re-opened the file; no checksum was recorded to compare it with."))
    if actual != sha256:
        return FileCheck(STATUS_CHANGED, QCoreApplication.translate(
            "FileCheck", "⚠ The file has CHANGED since it was analysed (sha256 differs): the image on screen may "
            "not be the one this result belongs to."))
    return FileCheck(STATUS_SAME, QCoreApplication.translate(
        "FileCheck", "Re-opened the file; it is unchanged since the analysis (sha256 matches)."))


def _review_html(case: CaseRecord) -> str:
    e = html.escape
    when = local_time(case.reviewed_at) if case.reviewed_at else ""
    comment = f"<br>“{e(case.review_comment)}”" if case.review_comment else ""
    agreement = agreement_text(case.agreement) if case.agreement else "—"
    review = QCoreApplication.translate("FileCheck", "Review: <b>{agreement}</b> by {reviewer} {when}").format(
        agreement=e(agreement), reviewer=e(case.reviewer or "—"), when=e(when))
    return f"<p>{review}{comment}</p>"


def case_html(case: CaseRecord, check: FileCheck | None = None, kind_names: Mapping[str, str] | None = None,
              card: Mapping[str, Any] | None = None) -> str:
    """The stored result of ``case`` as a small HTML block (scores, decision, model, gate, review);
    ``card`` (the model's) names the labels in the user's language."""
    e, names = html.escape, dict(card or {})
    needs_review = QCoreApplication.translate("FileCheck", "NEEDS REVIEW")
    flag = f' <b style="color:#8a5a00">⚠ {e(needs_review)}</b>' if case.needs_review else ""
    scores = "".join(
        f"<tr><td>{e(label_text(names, label))}</td><td align='right'>{'<b>' if label == case.decision else ''}"
        f"{value:.3f}{'</b>' if label == case.decision else ''}</td></tr>"
        for label, value in sorted(case.scores.items(), key=lambda item: -item[1])
    )
    heading = QCoreApplication.translate(
        "FileCheck", "<b>Case #{id}</b> · {time} · patient {patient} · study {study}").format(
        id=case.id, time=e(local_time(case.recorded_at)), patient=e(case.patient_id or "—"),
        study=e(case.study_date or "—"))
    model = QCoreApplication.translate("FileCheck", "Model {model} {version} · sha256 {sha} · {provider}").format(
        model=e(case.model_id), version=e(case.model_version), sha=e(case.model_sha256[:12]),
        provider=e(provider_name(case.provider)))
    parts = [
        f"<p>{heading}</p>",
        f"<p><b>{e(case.decision_text or case.decision)}</b>{flag}</p>",
        f"<table cellspacing='0' cellpadding='1'>{scores}</table>",
        f"<p>{model}<br>{e(gate_text(case.gate, kind_names))}</p>",
        f"<p>{e(QCoreApplication.translate('FileCheck', 'File: {path}').format(path=case.file_path or '—'))}</p>",
    ]
    if case.reviewer or case.agreement or case.review_comment:
        parts.append(_review_html(case))
    if check is not None:
        colour = "#b00020" if check.status in (STATUS_CHANGED, STATUS_MISSING) else "#1b6e20"
        parts.append(f"<p style='color:{colour}'>{e(check.message)}</p>")
    stored = QCoreApplication.translate("FileCheck", "Stored result, not re-run; the heatmap is not stored.")
    parts.append(f"<p style='color:#595959'>{e(stored)}</p>")
    return "".join(parts)
