# SPDX-License-Identifier: Apache-2.0
"""Analysis → Models…: every installed model pack with its card, and the execution providers.

Model files are hashed in the background when the dialog opens, so a damaged or replaced file shows
as disabled with the reason before anyone tries to use it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from desktop_app.i18n.card_text import intended_use_text, label_text, limitations_text
from desktop_app.i18n.formats import decimal
from desktop_app.ui.common.worker import Worker

METRIC_COLUMNS = (
    ("n", "n"), ("AUC", "auc"), (QT_TRANSLATE_NOOP("ModelsDialog", "accuracy"), "accuracy"),
    (QT_TRANSLATE_NOOP("ModelsDialog", "sensitivity"), "sensitivity"),
    (QT_TRANSLATE_NOOP("ModelsDialog", "specificity"), "specificity"), ("macro-F1", "macro_f1"), ("ECE", "ece"),
)
SPLITS = (("validation", QT_TRANSLATE_NOOP("ModelsDialog", "validation")),
          ("test_a", QT_TRANSLATE_NOOP("ModelsDialog", "test A (held out)")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModelsDialog", text)


def _e(value: object) -> str:
    return html.escape(str(value))


def _metric(metrics: dict, key: str) -> str:
    value = metrics.get(key)
    if value is None and key == "auc":
        value = metrics.get("auc_macro_ovr")
    if value is None:
        return "—"
    return str(value) if key == "n" else decimal(float(value), 3)


def metrics_html(card: dict) -> str:
    metrics = card.get("metrics") or {}
    head = "".join(f"<th>{_e(_tr(name))}</th>" for name, _ in METRIC_COLUMNS)
    rows = []
    for key, title in SPLITS:
        split = metrics.get(key)
        if not split or not split.get("n"):
            not_measured = _e(QCoreApplication.translate("ModelsDialog", "not measured"))
            rows.append(f"<tr><td>{_e(_tr(title))}</td><td colspan='{len(METRIC_COLUMNS)}'>{not_measured}</td></tr>")
            continue
        cells = "".join(f"<td align='right'>{_metric(split, k)}</td>" for _, k in METRIC_COLUMNS)
        rows.append(f"<tr><td>{_e(_tr(title))}</td>{cells}</tr>")
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr><th></th>{head}</tr>{''.join(rows)}</table>"


def _operating_text(card: dict) -> tuple[str, str]:
    op, band = card.get("operating_point") or {}, card.get("review_band") or {}
    label = label_text(card, str(op.get("label", "?")))
    if op.get("type") == "threshold":
        operating = QCoreApplication.translate("ModelsDialog", "{label} if p ≥ {threshold}").format(
            label=_e(label), threshold=decimal(float(op.get('threshold', 0)), 3))
    else:
        operating = _e(QCoreApplication.translate("ModelsDialog", "most likely label (argmax)"))
    if "low" in band:
        review = f"p({_e(label)}) in [{float(band['low']):.3f}, {float(band['high']):.3f})"
    elif "min_confidence" in band:
        review = QCoreApplication.translate("ModelsDialog", "top probability below {value}").format(
            value=decimal(float(band['min_confidence']), 3))
    else:
        review = _e(QCoreApplication.translate("ModelsDialog", "none"))
    return operating, review


def _network_text(card: dict) -> str:
    """Architecture, how many averaged members, and how the weights are stored."""
    training = card.get("training") or {}
    members = (training.get("ensemble") or {}).get("members") or []
    weights = card.get("weights") or {}
    parts = [str(training.get("architecture") or "—")]
    if members:
        member = QCoreApplication.translate("ModelsDialog", "seed {seed}, {augment} augmentation")
        listed = ", ".join(member.format(seed=m.get("seed"), augment=m.get("augment")) for m in members)
        parts.append(QCoreApplication.translate("ModelsDialog", "{count} networks averaged ({members})").format(
            count=len(members), members=listed))
    if weights.get("storage") == "float16":
        parts.append(QCoreApplication.translate("ModelsDialog", "weights stored as float16, computed in float32"))
    return "; ".join(parts)


def _status_html(entry: Any, integrity: str) -> str:
    if entry.available and not integrity:
        return f"<b style='color:#1b7a1b'>{_e(QCoreApplication.translate('ModelsDialog', 'available'))}</b>"
    disabled = _e(QCoreApplication.translate("ModelsDialog", "disabled"))
    return f"<b style='color:#b00020'>{disabled}</b>: {_e(integrity or entry.reason)}"


def _facts(entry: Any, integrity: str) -> list[tuple[str, str]]:
    card = entry.card
    operating, review = _operating_text(card)
    temperature = (card.get("calibration") or {}).get("temperature")
    labels = ", ".join(label_text(card, label) for label in card.get("labels", []))
    calibration = (QCoreApplication.translate("ModelsDialog", "temperature {value}").format(
        value=decimal(float(temperature), 3)) if temperature else "—")
    return [
        (QT_TRANSLATE_NOOP("ModelsDialog", "Status"), _status_html(entry, integrity)),
        (QT_TRANSLATE_NOOP("ModelsDialog", "Version"), _e(card.get("version", "?"))),
        (QT_TRANSLATE_NOOP("ModelsDialog", "Labels"), _e(labels)),
        (QT_TRANSLATE_NOOP("ModelsDialog", "For images of"), _e(card.get("input_kind") or "—")),
        ("sha256", f"<code>{_e(card.get('sha256', '—'))}</code>"),
        (QT_TRANSLATE_NOOP("ModelsDialog", "File"), _e(entry.onnx_path)),
        (QT_TRANSLATE_NOOP("ModelsDialog", "Operating point"), operating),
        (QT_TRANSLATE_NOOP("ModelsDialog", "Needs review when"), review),
        (QT_TRANSLATE_NOOP("ModelsDialog", "Calibration"), _e(calibration)),
        (QT_TRANSLATE_NOOP("ModelsDialog", "Network"), _e(_network_text(card))),
    ]


def _items(texts: list[str], empty: str) -> str:
    return "".join(f"<li>{_e(x)}</li>" for x in texts) or f"<li>{_e(empty)}</li>"


def card_html(entry: Any, integrity: str = "") -> str:
    """The card of one :class:`ModelEntry` as HTML; ``integrity`` is a sha256 check result when known.
    Labels, intended use and limitations are in the user's language when the card has them."""
    card = entry.card
    rows = "".join(f"<tr><td valign='top'><b>{_e(_tr(key))}</b></td><td>{value}</td></tr>"
                   for key, value in _facts(entry, integrity))
    limitations = _items(limitations_text(card), QCoreApplication.translate("ModelsDialog", "none stated"))
    data = _items([str(x) for x in (card.get("training") or {}).get("data", [])],
                  QCoreApplication.translate("ModelsDialog", "not stated"))
    headings = [_e(_tr(text)) for text in (QT_TRANSLATE_NOOP("ModelsDialog", "Metrics"),
                                           QT_TRANSLATE_NOOP("ModelsDialog", "Intended use"),
                                           QT_TRANSLATE_NOOP("ModelsDialog", "Limitations"),
                                           QT_TRANSLATE_NOOP("ModelsDialog", "Training data"))]
    return (
        f"<h3>{_e(entry.id)}</h3><table cellpadding='2'>{rows}</table>"
        f"<h4>{headings[0]}</h4>{metrics_html(card)}"
        f"<h4>{headings[1]}</h4><p>{_e(intended_use_text(card) or '—')}</p>"
        f"<h4>{headings[2]}</h4><ul>{limitations}</ul>"
        f"<h4>{headings[3]}</h4><ul>{data}</ul>"
    )


def providers_html(statuses: list[Any], sessions: list[Any]) -> str:
    """Execution providers of this onnxruntime build, and which one each loaded model uses."""
    yes = _e(QCoreApplication.translate("ModelsDialog", "yes"))
    no = _e(QCoreApplication.translate("ModelsDialog", "no"))
    rows = "".join(f"<tr><td>{_e(s.name)}</td><td>{yes if s.available else no}</td><td>{_e(s.detail)}</td></tr>"
                   for s in statuses)
    used = "".join(f"<li>{_e(s.entry.id)}: {_e(s.provider)}{(' — ' + _e(s.note)) if s.note else ''}</li>"
                   for s in sessions)
    used = used or f"<li>{_e(QCoreApplication.translate('ModelsDialog', 'no model loaded yet'))}</li>"
    title, provider, installed, detail, in_use = (_e(_tr(text)) for text in (
        QT_TRANSLATE_NOOP("ModelsDialog", "Execution providers"), QT_TRANSLATE_NOOP("ModelsDialog", "Provider"),
        QT_TRANSLATE_NOOP("ModelsDialog", "Installed"), QT_TRANSLATE_NOOP("ModelsDialog", "Detail"),
        QT_TRANSLATE_NOOP("ModelsDialog", "In use:")))
    return (f"<h3>{title}</h3><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr><th>{provider}</th><th>{installed}</th><th>{detail}</th></tr>{rows}</table>"
            f"<p>{in_use}</p><ul>{used}</ul>")


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
        self.setWindowTitle(self.tr("Models"))
        self._entries = list(analyser.models.values())
        self._integrity: dict[str, str] = {}
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Installed models"))
        self.card = QTextBrowser(self)
        self.card.setAccessibleName(self.tr("Model card"))
        self.providers = QTextBrowser(self)
        self.providers.setAccessibleName(self.tr("Execution providers"))
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
            item.setToolTip(self.tr("available") if ok else (problem or entry.reason))
            self.list.addItem(item)
        self.list.setCurrentRow(max(row, 0))

    def _show_card(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            entry = self._entries[row]
            self.card.setHtml(card_html(entry, self._integrity.get(entry.id, "")))

    def _on_checked(self, problems: dict[str, str]) -> None:
        self._integrity = problems
        self._fill_list()
