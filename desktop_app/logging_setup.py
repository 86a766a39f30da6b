# SPDX-License-Identifier: Apache-2.0
"""Application logging: a size-bounded log file that never holds patient names or IDs unless asked to.

:func:`configure_logging` installs a rotating file handler (1 MB x 5 files by default) and a console
handler for warnings. Both carry a :class:`RedactingFilter` that replaces, in the message *and* in any
traceback:

* every patient identifier the loader has seen (:func:`remember_identifiers` is called for each opened
  file with its patient name, ID, birth date and accession number; name components count too);
* DICOM person names written with ``^`` (``DOE^JANE``), whoever logged them;
* the value after a known identifier key (``patient_id=…``, ``"PatientName": "…"``).

Including identifiers is a deliberate choice — ``configure_logging(include_phi=True)`` or the environment
variable ``SCANLENS_LOG_PHI=1`` — for a site that keeps logs under the same protection as its images.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path

ENV_LOG_PHI = "SCANLENS_LOG_PHI"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
REDACTED = "[redacted]"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

#: Metadata keys (LoadedImage.metadata and DICOM keywords) whose values identify a patient.
PHI_KEYS = (
    "patient_name", "patient_id", "patient_birth_date", "accession_number", "other_patient_ids",
    "PatientName", "PatientID", "PatientBirthDate", "AccessionNumber", "OtherPatientIDs", "PatientAddress",
)  # fmt: skip
_MIN_COMPONENT = 3  # shorter values ("Li", an ID "7") would blank out ordinary words and numbers
_MAX_REMEMBERED = 10_000
_PERSON_NAME = re.compile(r"[^\s^=\\/'\",;:()\[\]{}]+(?:\^[^\s^=\\/'\",;:()\[\]{}]*)+")
_KEY_VALUE = re.compile(
    r"(?P<key>\b(?:" + "|".join(PHI_KEYS) + r")\b['\"]?\s*[:=]\s*)"
    r"(?P<value>'[^']*'|\"[^\"]*\"|[^\s,;}\]]+)"
)
_MARK = "_scanlens_handler"


class _Identifiers:
    """Identifiers seen in opened files (bounded, thread-safe); longest first when redacting."""

    def __init__(self) -> None:
        self._values: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()
        self._pattern: re.Pattern[str] | None = None

    def add(self, values: Iterable[str]) -> None:
        with self._lock:
            for value in values:
                self._values[value] = None
                self._values.move_to_end(value)
            while len(self._values) > _MAX_REMEMBERED:
                self._values.popitem(last=False)
            self._pattern = None

    def pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self._values:
                parts = sorted(self._values, key=len, reverse=True)
                self._pattern = re.compile("|".join(_bounded(p) for p in parts), re.IGNORECASE)
            return self._pattern

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._pattern = None


def _bounded(text: str) -> str:
    """``text`` as a regex that does not match inside a longer word (``Ann`` must not hit ``Annotation``)."""
    escaped = re.escape(text)
    head = r"(?<!\w)" if text[:1].isalnum() or text[:1] == "_" else ""
    tail = r"(?!\w)" if text[-1:].isalnum() or text[-1:] == "_" else ""
    return head + escaped + tail


_IDENTIFIERS = _Identifiers()


def identifier_variants(value: object) -> set[str]:
    """The strings under which ``value`` may appear in a log: as stored, ``^`` as space/comma, name parts."""
    text = " ".join(str(value or "").split())
    if not text:
        return set()
    variants = {text}
    if "^" in text or "," in text:
        parts = [p.strip() for p in re.split(r"[\^,=]", text) if p.strip()]
        variants |= {" ".join(parts), ", ".join([*parts[:1], " ".join(parts[1:])]) if len(parts) > 1 else parts[0]}
        variants |= {p for p in parts if len(p) >= _MIN_COMPONENT}
        variants |= {w for p in parts for w in p.split() if len(w) >= _MIN_COMPONENT}
    return {v for v in variants if len(v) >= _MIN_COMPONENT}


def remember_identifiers(metadata: Mapping[str, object]) -> None:
    """Register the patient identifiers in ``metadata`` so that logs redact them (called by the loader)."""
    found: set[str] = set()
    for key in PHI_KEYS:
        found |= identifier_variants(metadata.get(key))
    if found:
        _IDENTIFIERS.add(sorted(found))


def forget_identifiers() -> None:
    """Drop every remembered identifier (tests; a new session)."""
    _IDENTIFIERS.clear()


def redact(text: str) -> str:
    """``text`` with remembered identifiers, ``^`` person names and identifier key values replaced."""
    pattern = _IDENTIFIERS.pattern()
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    text = _KEY_VALUE.sub(lambda m: m.group("key") + REDACTED, text)
    return _PERSON_NAME.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and traceback through :func:`redact` (attach it to handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def phi_logging_requested() -> bool:
    """True when ``SCANLENS_LOG_PHI`` asks for identifiers in the log (1, true, yes, on)."""
    return os.environ.get(ENV_LOG_PHI, "").strip().lower() in ("1", "true", "yes", "on")


def configure_logging(
    log_path: str | os.PathLike[str] | None = None,
    level: int = logging.INFO,
    include_phi: bool | None = None,
    *,
    console_level: int = logging.WARNING,
    max_bytes: int = MAX_LOG_BYTES,
    backups: int = LOG_BACKUPS,
) -> Path | None:
    """Send log records to a rotating file (and warnings to stderr); return the file, or None if unwritable.

    ``log_path`` defaults to :func:`desktop_app.settings.log_file`; ``include_phi`` defaults to
    ``$SCANLENS_LOG_PHI``. Calling it again replaces the handlers it installed before.
    """
    if include_phi is None:
        include_phi = phi_logging_requested()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    path = _log_path(log_path)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    handlers[0].setLevel(console_level)
    file_handler = _file_handler(path, max_bytes, backups) if path is not None else None
    if file_handler is not None:
        handlers.append(file_handler)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        if not include_phi:
            handler.addFilter(RedactingFilter())
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(level)
    if file_handler is None:
        logging.getLogger(__name__).warning("the log file %s cannot be written; logging to the console only", path)
    return path if file_handler is not None else None


def _log_path(log_path: str | os.PathLike[str] | None) -> Path | None:
    if log_path is not None:
        return Path(log_path)
    from desktop_app.settings import log_file

    try:
        return log_file()
    except OSError:
        return None


def _file_handler(path: Path, max_bytes: int, backups: int) -> logging.Handler | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    except OSError:
        return None
