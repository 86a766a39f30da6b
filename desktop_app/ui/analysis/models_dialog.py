# SPDX-License-Identifier: Apache-2.0
"""Analysis → Models…: every installed model pack with its card, and the execution providers.

Model files are hashed in the background when the dialog opens, so a damaged or replaced file shows
as disabled with the reason before anyone tries to use it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.worker import Worker

METRIC_COLUMNS = (
    ("n", "n"), ("AUC", "auc"), ("accuracy", "accuracy"), ("sensitivity", "sensitivity"),
    ("specificity", "specificity"), ("macro-F1", "macro_f1"), ("ECE", "ece"),
)
SPLITS = (("validation", "validation"), ("test_a", "test A (held out)"))


def _e(value: object) -> str:
    return html.escape(str(value))


def _metric(metrics: dict, key: str) -> str:
    value = metrics.get(key)
    if value is None and key == "auc":
        value = metrics.get("auc_macro_ovr")
    if value is None:
        return "—"
    return str(value) if key == "n" else f"{float(value):.3f}"


def metrics_html(card: dict) -> str:
    metrics = card.get("metrics") or {}
    head = "".join(f"<th>{name}</th>" for name, _ in METRIC_COLUMNS)
    rows = []
    for key, title in SPLITS:
        split = metrics.get(key)
        if not split or not split.get("n"):
            rows.append(f"<tr><td>{title}</td><td colspan='{len(METRIC_COLUMNS)}'>not measured</td></tr>")
            continue
        cells = "".join(f"<td align='right'>{_metric(split, k)}</td>" for _, k in METRIC_COLUMNS)
        rows.append(f"<tr><td>{title}</td>{cells}</tr>")
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr><th></th>{head}</tr>{''.join(rows)}</table>"


def _operating_text(card: dict) -> tuple[str, str]:
    op, band = card.get("operating_point") or {}, card.get("review_band") or {}
    if op.get("type") == "threshold":
        operating = f"{_e(op.get('label'))} if p ≥ {float(op.get('threshold', 0)):.3f}"
    else:
        operating = "most likely label (argmax)"
    if "low" in band:
        review = f"p({_e(op.get('label', '?'))}) in [{float(band['low']):.3f}, {float(band['high']):.3f})"
    elif "min_confidence" in band:
        review = f"top probability below {float(band['min_confidence']):.3f}"
    else:
        review = "none"
    return operating, review


def _network_text(card: dict) -> str:
    """Architecture, how many averaged members, and how the weights are stored."""
    training = card.get("training") or {}
    members = (training.get("ensemble") or {}).get("members") or []
    weights = card.get("weights") or {}
    parts = [str(training.get("architecture") or "—")]
    if members:
        parts.append(f"{len(members)} networks averaged (" + ", ".join(
            f"seed {m.get('seed')}, {m.get('augment')} augmentation" for m in members) + ")")
    if weights.get("storage") == "float16":
        parts.append("weights stored as float16, computed in float32")
    return "; ".join(parts)


def card_html(entry: Any, integrity: str = "") -> str:
    """The card of one :class:`ModelEntry` as HTML; ``integrity`` is a sha256 check result when known."""
    card = entry.card
    state = "<b style='color:#1b7a1b'>available</b>" if entry.available and not integrity else (
        f"<b style='color:#b00020'>disabled</b>: {_e(integrity or entry.reason)}")
    operating, review = _operating_text(card)
    temperature = (card.get("calibration") or {}).get("temperature")
    facts = [
        ("Status", state), ("Version", _e(card.get("version", "?"))),
        ("Labels", _e(", ".join(card.get("labels", [])))), ("For images of", _e(card.get("input_kind") or "—")),
        ("sha256", f"<code>{_e(card.get('sha256', '—'))}</code>"), ("File", _e(entry.onnx_path)),
        ("Operating point", operating), ("Needs review when", review),
        ("Calibration", f"temperature {float(temperature):.3f}" if temperature else "—"),
        ("Network", _e(_network_text(card))),
    ]
    rows = "".join(f"<tr><td valign='top'><b>{k}</b></td><td>{v}</td></tr>" for k, v in facts)
    limitations = "".join(f"<li>{_e(x)}</li>" for x in card.get("limitations", []))
    data = "".join(f"<li>{_e(x)}</li>" for x in (card.get("training") or {}).get("data", []))
    return (
        f"<h3>{_e(entry.id)}</h3><table cellpadding='2'>{rows}</table>"
        f"<h4>Metrics</h4>{metrics_html(card)}"
        f"<h4>Intended use</h4><p>{_e(card.get('intended_use', '—'))}</p>"
        f"<h4>Limitations</h4><ul>{limitations or '<li>none stated</li>'}</ul>"
        f"<h4>Training data</h4><ul>{data or '<li>not stated</li>'}</ul>"
    )


def providers_html(statuses: list[Any], sessions: list[Any]) -> str:
    """Execution providers of this onnxruntime build, and which one each loaded model uses."""
    rows = "".join(
        f"<tr><td>{_e(s.name)}</td><td>{'yes' if s.available else 'no'}</td><td>{_e(s.detail)}</td></tr>"
        for s in statuses)
    used = "".join(f"<li>{_e(s.entry.id)}: {_e(s.provider)}{(' — ' + _e(s.note)) if s.note else ''}</li>"
                   for s in sessions) or "<li>no model loaded yet</li>"
    return (f"<h3>Execution providers</h3><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr><th>Provider</th><th>Installed</th><th>Detail</th></tr>{rows}</table>"
            f"<p>In use:</p><ul>{used}</ul>")


def check_integrity(entries: list[Any]) -> dict[str, str]:
    """id → reason for every available entry whose file does not match its card ('' when it does)."""
    from desktop_app.inference.registry import ModelUnavailable, verify_integrity

    problems: dict[str, str] = {}
    for entry in entries:
        if entry.available:
            try:
                verify_integrity(entry)
                problems[entry.id] = ""
            except ModelUnavailable as err:
                problems[entry.id] = str(err)
    return problems


class ModelsDialog(QDialog):
    """List of model packs (left) and the selected card (right), providers below."""

    def __init__(self, analyser: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Models")
        self._entries = list(analyser.models.values())
        self._integrity: dict[str, str] = {}
        self.list = QListWidget(self)
        self.card = QTextBrowser(self)
        self.providers = QTextBrowser(self)
        self._build(analyser)
        self._fill_list()
        self.list.setCurrentRow(0)
        worker = Worker(check_integrity, self._entries)
        worker.signals.returned.connect(self._on_checked)
        worker.start()

    def _build(self, analyser: Any) -> None:
        from desktop_app.inference.providers import provider_statuses

        self.list.currentRowChanged.connect(self._show_card)
        self.card.setOpenExternalLinks(False)
        self.providers.setHtml(providers_html(provider_statuses(), analyser.sessions.loaded()))
        self.providers.setMaximumHeight(220)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.card)
        split.setSizes([220, 640])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.providers)
        layout.addWidget(buttons)
        self.resize(900, 680)

    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for entry in self._entries:
            problem = self._integrity.get(entry.id, "")
            ok = entry.available and not problem
            item = QListWidgetItem(f"{'✓' if ok else '✗'} {entry.title}")
            item.setToolTip("available" if ok else (problem or entry.reason))
            self.list.addItem(item)
        self.list.setCurrentRow(max(row, 0))

    def _show_card(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            entry = self._entries[row]
            self.card.setHtml(card_html(entry, self._integrity.get(entry.id, "")))

    def _on_checked(self, problems: dict[str, str]) -> None:
        self._integrity = problems
        self._fill_list()
