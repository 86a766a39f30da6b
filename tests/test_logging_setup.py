# SPDX-License-Identifier: Apache-2.0
"""Logs never hold patient names or IDs unless the user asks; the log file rotates at its size limit."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.imaging import load_image
from desktop_app.logging_setup import (
    ENV_LOG_PHI,
    REDACTED,
    configure_logging,
    forget_identifiers,
    redact,
    remember_identifiers,
)
from tests.dicom_factory import base_dataset

log = logging.getLogger("desktop_app.ui.test")


@pytest.fixture(autouse=True)
def clean_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    forget_identifiers()
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    forget_identifiers()


@pytest.fixture
def named_dicom(tmp_path: Path) -> Path:
    """A small DICOM whose patient is 'Müller^Jane' with ID 'PID-90817'."""
    ds = base_dataset(8, 8, modality="DX")
    ds.PatientName, ds.PatientID, ds.PatientBirthDate = "Müller^Jane", "PID-90817", "19700402"
    ds.SpecificCharacterSet, ds.PhotometricInterpretation = "ISO_IR 192", "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PixelData = bytes(range(64))
    path = tmp_path / "named.dcm"
    ds.save_as(path, enforce_file_format=True)
    return path


def _log_opened(path: Path) -> dict:
    image = load_image(path)  # the loader registers the identifiers it read
    meta = image.metadata
    log.info("opened %s: patient %s (%s), id=%s", path.name, meta["patient_name"], "Müller^Jane", meta["patient_id"])
    try:
        raise ValueError(f"cannot save case of {meta['patient_name']} / {meta['patient_id']}")
    except ValueError:
        log.exception("saving failed")
    return meta


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_identifiers_are_not_written_by_default(tmp_path: Path, named_dicom: Path, monkeypatch) -> None:
    monkeypatch.delenv(ENV_LOG_PHI, raising=False)
    log_path = configure_logging(tmp_path / "logs" / "scanlens.log")
    assert log_path is not None
    meta = _log_opened(named_dicom)
    _flush()
    text = log_path.read_text(encoding="utf-8")
    assert "opened named.dcm" in text and "saving failed" in text and "Traceback" in text
    for secret in (meta["patient_id"], "Müller", "Jane", "Müller^Jane", "PID-90817"):
        assert secret not in text, secret
    assert REDACTED in text


def test_identifiers_are_written_when_asked(tmp_path: Path, named_dicom: Path) -> None:
    log_path = configure_logging(tmp_path / "scanlens.log", include_phi=True)
    assert log_path is not None
    _log_opened(named_dicom)
    _flush()
    text = log_path.read_text(encoding="utf-8")
    assert "PID-90817" in text and "Müller" in text


def test_environment_variable_turns_identifiers_on(tmp_path: Path, named_dicom: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_LOG_PHI, "1")
    log_path = configure_logging(tmp_path / "scanlens.log")
    assert log_path is not None
    _log_opened(named_dicom)
    _flush()
    assert "PID-90817" in log_path.read_text(encoding="utf-8")


def test_sample_dicom_identifiers_are_redacted(tmp_path: Path, samples_dir: Path) -> None:
    log_path = configure_logging(tmp_path / "scanlens.log", include_phi=False)
    assert log_path is not None
    meta = load_image(samples_dir / "nih_cxr14_dx_no_finding.dcm").metadata
    log.warning("study of %s", meta["patient_name"])
    _flush()
    assert str(meta["patient_name"]) not in log_path.read_text(encoding="utf-8")


def test_rotation_past_the_size_limit(tmp_path: Path) -> None:
    log_path = configure_logging(tmp_path / "scanlens.log", max_bytes=20_000, backups=3)
    assert log_path is not None
    for index in range(2_000):
        log.info("line %05d %s", index, "x" * 60)
    _flush()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["scanlens.log", "scanlens.log.1", "scanlens.log.2", "scanlens.log.3"]
    assert all((tmp_path / name).stat().st_size <= 20_000 for name in files)
    assert "line 01999" in log_path.read_text(encoding="utf-8")


def test_default_limits_are_one_megabyte_times_five(tmp_path: Path) -> None:
    configure_logging(tmp_path / "scanlens.log")
    (handler,) = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5


def test_reconfiguring_replaces_its_own_handlers(tmp_path: Path) -> None:
    configure_logging(tmp_path / "a.log")
    configure_logging(tmp_path / "b.log")
    mine = [h for h in logging.getLogger().handlers if getattr(h, "_scanlens_handler", False)]
    assert len(mine) == 2  # console + one file


def test_unwritable_log_folder_falls_back_to_console(tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    assert configure_logging(blocker / "scanlens.log") is None


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("PatientName=DOE^JOHN opened", "DOE^JOHN"),
        ('{"patient_id": "A-1234", "rows": 512}', "A-1234"),
        ("patient_name='Smith, Anna'", "Smith, Anna"),
        ("name DOE^JOHN^^^ in header", "DOE^JOHN"),
    ],
)
def test_redact_without_registered_identifiers(text: str, hidden: str) -> None:
    out = redact(text)
    assert hidden not in out and REDACTED in out


def test_short_values_and_ordinary_words_survive() -> None:
    remember_identifiers({"patient_name": "Li^Ann", "patient_id": "7"})
    out = redact("frame 7 of 12, Annotation layer, Li")
    assert out == "frame 7 of 12, Annotation layer, Li"
    assert redact("patient Ann was seen") == f"patient {REDACTED} was seen"
