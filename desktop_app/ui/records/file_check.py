# SPDX-License-Identifier: Apache-2.0
"""A stored case as the history panel shows it, and whether its file is still the analysed one."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.storage import CaseRecord
from desktop_app.ui.analysis.result_view import gate_text, provider_name
from desktop_app.ui.records.history_model import local_time

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
        return FileCheck(STATUS_MISSING, "No file was recorded for this case.")
    if not Path(path).is_file():
        return FileCheck(STATUS_MISSING, f"The file is no longer there: {path}")
    try:
        actual = sha256_of(Path(path))
    except OSError as err:
        from desktop_app.fsutil import describe_os_error

        return FileCheck(STATUS_MISSING, f"The file cannot be read ({describe_os_error(err)}): {path}")
    if not sha256:
        return FileCheck(STATUS_UNKNOWN, "Re-opened the file; no checksum was recorded to compare it with.")
    if actual != sha256:
        return FileCheck(STATUS_CHANGED, "⚠ The file has CHANGED since it was analysed (sha256 differs): the "
                                         "image on screen may not be the one this result belongs to.")
    return FileCheck(STATUS_SAME, "Re-opened the file; it is unchanged since the analysis (sha256 matches).")


def case_html(case: CaseRecord, check: FileCheck | None = None, kind_names: Mapping[str, str] | None = None) -> str:
    """The stored result of ``case`` as a small HTML block (scores, decision, model, gate, review)."""
    e = html.escape
    flag = ' <b style="color:#8a5a00">⚠ NEEDS REVIEW</b>' if case.needs_review else ""
    scores = "".join(
        f"<tr><td>{e(label)}</td><td align='right'>{'<b>' if label == case.decision else ''}{value:.3f}"
        f"{'</b>' if label == case.decision else ''}</td></tr>"
        for label, value in sorted(case.scores.items(), key=lambda item: -item[1])
    )
    parts = [
        f"<p><b>Case #{case.id}</b> · {e(local_time(case.recorded_at))} · patient {e(case.patient_id or '—')}"
        f" · study {e(case.study_date or '—')}</p>",
        f"<p><b>{e(case.decision_text or case.decision)}</b>{flag}</p>",
        f"<table cellspacing='0' cellpadding='1'>{scores}</table>",
        f"<p>Model {e(case.model_id)} {e(case.model_version)} · sha256 {e(case.model_sha256[:12])} · "
        f"{e(provider_name(case.provider))}<br>{e(gate_text(case.gate, kind_names))}</p>",
        f"<p>File: {e(case.file_path or '—')}</p>",
    ]
    if case.reviewer or case.agreement or case.review_comment:
        when = local_time(case.reviewed_at) if case.reviewed_at else ""
        comment = f"<br>“{e(case.review_comment)}”" if case.review_comment else ""
        parts.append(f"<p>Review: <b>{e(case.agreement or '—')}</b> by {e(case.reviewer or '—')} {e(when)}"
                     f"{comment}</p>")
    if check is not None:
        colour = "#b00020" if check.status in (STATUS_CHANGED, STATUS_MISSING) else "#1b6e20"
        parts.append(f"<p style='color:{colour}'>{e(check.message)}</p>")
    parts.append("<p style='color:#666'>Stored result, not re-run; the heatmap is not stored.</p>")
    return "".join(parts)
