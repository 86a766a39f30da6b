# SPDX-License-Identifier: Apache-2.0
"""The "Review" panel: who reviewed the AI result, Agree / Disagree, a comment, and Save review.

It only collects and shows; :class:`desktop_app.ui.records.feature.RecordsFeature` saves the review to the
case history. After a failed save everything typed stays in place, so nothing is lost and Save can be
pressed again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.reports.jobs import ReviewValues

ERROR_STYLE = "color: #b00020; font-weight: bold;"
SAVED_STYLE = "color: #1b6e20;"
NO_CASE = QT_TRANSLATE_NOOP("ReviewPanel", "No analysed case: analyse an image, or open a case from the case history.")


class ReviewPanel(QWidget):
    """Reviewer, agreement and comment for the current case; emits :attr:`save_requested`."""

    save_requested = Signal(object)  # ReviewValues

    def __init__(self, reviewer: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.case_label = QLabel(self.tr(NO_CASE), self)
        self.case_label.setWordWrap(True)
        self.reviewer = QLineEdit(reviewer, self)
        self.reviewer.setPlaceholderText(self.tr("Your name (remembered)"))
        self.agree = QRadioButton(self.tr("Agree"), self)
        self.disagree = QRadioButton(self.tr("Disagree"), self)
        for button in (self.agree, self.disagree):
            button.setAccessibleDescription(self.tr("Your opinion of the AI result"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.agree)
        self.choice.addButton(self.disagree)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment.setAccessibleName(self.tr("Review comment"))
        self.comment.setTabChangesFocus(True)  # Tab leaves the comment instead of typing a tab
        self.comment.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.save_button = QPushButton(self.tr("Save review"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._saved: ReviewValues | None = None
        self._has_case = False
        self._build()
        self.set_case(None)

    def _build(self) -> None:
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.agree)
        choice_row.addWidget(self.disagree)
        choice_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Reviewer:"), self.reviewer)
        form.addRow(self.tr("AI result:"), choice_row)
        form.addRow(self.tr("Comment:"), self.comment)
        button_row = QHBoxLayout()
        button_row.addWidget(self.status, 1)
        button_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_label)
        layout.addLayout(form)
        layout.addLayout(button_row)
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.values()))
        self.reviewer.textChanged.connect(self._update)
        self.choice.buttonToggled.connect(self._update)
        self.comment.textChanged.connect(self._update)

    # -- state ---------------------------------------------------------------------------------------
    def set_case(self, title: str | None, saved: ReviewValues | None = None) -> None:
        """Review ``title`` (None: no case), starting from its stored review ``saved`` if any."""
        self._has_case = title is not None
        self.case_label.setText(title if title is not None else self.tr(NO_CASE))
        self._saved = saved
        self._set_agreement(saved.agreement if saved else None)
        self.comment.setPlainText(saved.comment if saved else "")
        if saved is not None and saved.reviewer:
            self.reviewer.setText(saved.reviewer)
        self.status.clear()
        for widget in (self.agree, self.disagree, self.comment):
            widget.setEnabled(self._has_case)
        self._update()

    def set_title(self, title: str) -> None:
        if self._has_case:
            self.case_label.setText(title)

    def _set_agreement(self, agreement: str | None) -> None:
        self.choice.setExclusive(False)
        self.agree.setChecked(agreement == "agree")
        self.disagree.setChecked(agreement == "disagree")
        self.choice.setExclusive(True)

    def values(self) -> ReviewValues:
        agreement = "agree" if self.agree.isChecked() else "disagree" if self.disagree.isChecked() else None
        return ReviewValues(self.reviewer.text().strip(), agreement, self.comment.toPlainText().strip())

    def is_dirty(self) -> bool:
        """True when the panel holds a review that is not saved yet."""
        values = self.values()
        empty = values.agreement is None and not values.comment
        if self._saved is None:
            return self._has_case and not empty
        return (values.agreement, values.comment) != (self._saved.agreement, self._saved.comment)

    def _update(self) -> None:
        values = self.values()
        ready = self._has_case and bool(values.reviewer) and (values.agreement is not None or bool(values.comment))
        self.save_button.setEnabled(ready)
        if self._has_case and not values.reviewer:
            self.save_button.setToolTip(self.tr("Type your name to save a review"))
        else:
            self.save_button.setToolTip(self.tr("Record this review in the case history (audited)"))
        self.save_button.setAccessibleDescription(self.save_button.toolTip())

    # -- outcome ---------------------------------------------------------------------------------------
    def set_saving(self) -> None:
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saving…"))

    def show_saved(self, values: ReviewValues, text: str) -> None:
        self._saved = values
        self.status.setStyleSheet(SAVED_STYLE)
        self.status.setText(text)
        self._update()

    def show_error(self, text: str) -> None:
        """A failed save: say why and keep what was typed."""
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        self._update()
