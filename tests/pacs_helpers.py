# SPDX-License-Identifier: Apache-2.0
"""Shared helpers of the PACS tests: run the CLI, make DICOM files, wait for things."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pydicom
from pydicom.uid import generate_uid

from desktop_app import commands as cli
from tests.orthanc_server import LOOPBACK, ORTHANC_AE
from tests.test_cli_analyse_outputs import patient_dicom


def run(capsys, *args: str) -> tuple[int, str, str]:
    """``scanlens ARGS`` in-process: exit code, stdout, stderr."""
    capsys.readouterr()
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def add_orthanc(capsys, orthanc, name: str = "pacs") -> None:
    code, _out, err = run(capsys, "pacs", "add", name, "--ae", ORTHANC_AE, "--host", LOOPBACK,
                         "--port", str(orthanc.dicom_port))
    assert code == 0, err


def scan(folder: Path, *, patient_id: str = "PID-004711", name: str = "Müller^José", date: str = "20250304",
         modality: str = "CR", study_uid: str | None = None, bright: bool = True) -> Path:
    """A CR (or other modality) DICOM file with the given patient and study."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{generate_uid()}.dcm"
    pixels = np.tile(np.linspace(150 if bright else 0, 255 if bright else 90, 80).astype(np.uint8), (64, 1))
    patient_dicom(path, pixels, study_uid=study_uid)
    ds = pydicom.dcmread(path)
    ds.PatientID, ds.PatientName, ds.StudyDate, ds.Modality = patient_id, name, date, modality
    ds.save_as(path, enforce_file_format=True)
    return path


def wait_for(condition: Callable[[], object], timeout: float = 30.0, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")
