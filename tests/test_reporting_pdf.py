# SPDX-License-Identifier: Apache-2.0
"""PDF report content, de-identification, multi-image layout and rendering (reads the real PDF back)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.reporting import DEIDENTIFIED, HeatmapLegend, ReportError, ReportInput, write_report

pypdf = pytest.importorskip("pypdf")

SHA = "3f9a1c0d2b7e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"
PATIENT = {
    "patient_name": "Müller-Łukasiewicz, José Ивановна",
    "patient_id": "PID-004711",
    "patient_sex": "F",
    "patient_birth_date": "1961-04-23",
    "study_date": "2025-03-04",
    "modality": "CR",
    "view_position": "PA",
}
CARD = {
    "id": "pneumonia_cxr",
    "version": "1.2.0",
    "intended_use": "Triage aid for frontal adult chest radiographs.",
    "limitations": ["Not validated on paediatric patients.", "Does not detect nodules."],
    "training": {"data": ["Kermany D. et al., Cell 2018"]},
}


def make_prediction(p: float = 0.93, needs_review: bool = True, file: str = "/scans/chest_a.dcm") -> Prediction:
    decision = "PNEUMONIA" if p >= 0.41 else "NORMAL"
    return Prediction(
        model_id="pneumonia_cxr",
        model_version="1.2.0",
        model_sha256=SHA,
        labels=["NORMAL", "PNEUMONIA"],
        scores={"NORMAL": 1 - p, "PNEUMONIA": p},
        decision=decision,
        decision_text=f"{decision} suspected, probability {p:.2f}, operating threshold 0.41",
        needs_review=needs_review,
        provider="CPUExecutionProvider",
        gate=GateVerdict("chest_xray", 0.99, True),
        operating_point={"type": "threshold", "label": "PNEUMONIA", "threshold": 0.41},
        review_band={"low": 0.3, "high": 0.6},
        file=file,
    )


def make_images() -> tuple[np.ndarray, np.ndarray]:
    y, x = np.mgrid[0:320, 0:280]
    gray = (60 + 150 * np.exp(-(((x - 140) / 90.0) ** 2 + ((y - 160) / 120.0) ** 2))).astype(np.uint8)
    heat = np.zeros((320, 280, 3), np.uint8)
    heat[..., 0] = (255 * np.exp(-(((x - 190) / 40.0) ** 2 + ((y - 200) / 50.0) ** 2))).astype(np.uint8)
    overlay = (0.6 * np.repeat(gray[..., None], 3, axis=2) + 0.4 * heat).astype(np.uint8)
    return gray, overlay


def make_input(**overrides: object) -> ReportInput:
    gray, overlay = make_images()
    values: dict = dict(
        image=gray,
        overlay=overlay,
        legend=HeatmapLegend("jet", 0.0, 1.0),
        prediction=make_prediction(),
        card=CARD,
        patient=dict(PATIENT),
        reviewer="Dr. Zoë Ångström",
        agreement="disagree",
        comment="Opacity right lower lobe, Müller to return in 6 weeks.",
        clinic_name="Clinique Saint-Éloi",
        generated_at=datetime(2025, 3, 4, 14, 5, tzinfo=timezone.utc),
    )
    values.update(overrides)
    return ReportInput(**values)


def pdf_text(path: Path) -> list[str]:
    """Text of each page with whitespace runs (including line wraps) collapsed to one space."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_single_report_shows_every_field(tmp_path: Path) -> None:
    out = write_report([make_input()], tmp_path / "r.pdf")
    (text,) = pdf_text(out)
    for expected in [
        "Müller-Łukasiewicz",
        "José Ивановна",
        "PID-004711",
        "1961-04-23",
        "2025-03-04",
        "CR",
        "PA",
        "pneumonia_cxr",
        "1.2.0",
        SHA[:12],
        "CPUExecutionProvider",
        "PNEUMONIA suspected, probability 0.93, operating threshold 0.41",
        "NEEDS REVIEW",
        "chest_xray",
        "0.990",
        "accepted",
        "Dr. Zoë Ångström",
        "Disagrees with the AI result",
        "Opacity right lower lobe",
        "Clinique Saint-Éloi",
        "Page 1 of 1",
        "AI assistance, not a diagnosis",
        "Triage aid for frontal adult chest radiographs.",
        "Not validated on paediatric patients.",
        "Kermany D. et al., Cell 2018",
        "0.930",
        "0.070",
        "2025-03-04 14:05",
    ]:
        assert expected in text, expected
    assert SHA[:13] not in text  # only the 12-character prefix is printed


def test_not_flagged_report_has_no_review_badge(tmp_path: Path) -> None:
    item = make_input(prediction=make_prediction(0.08, needs_review=False), agreement=None)
    (text,) = pdf_text(write_report([item], tmp_path / "r.pdf"))
    assert "NEEDS REVIEW" not in text
    assert "AI RESULT" in text and "NORMAL suspected" in text
    assert "Not recorded" in text


def test_gate_override_is_shown_in_the_result_box(tmp_path: Path) -> None:
    prediction = make_prediction()
    prediction.gate = GateVerdict("hand_xray", 0.87, False, "Looks like a hand radiograph.", overridden=True)
    (text,) = pdf_text(write_report([make_input(prediction=prediction)], tmp_path / "r.pdf"))
    assert "took this image for “hand_xray” and refused it; it was scored anyway" in text
    assert "scored anyway at the user's request (override)" in text and "Looks like a hand radiograph." in text


def test_cjk_name_renders_with_bundled_font(tmp_path: Path) -> None:
    patient = dict(PATIENT, patient_name="山田 太郎 김민준")
    (text,) = pdf_text(write_report([make_input(patient=patient)], tmp_path / "r.pdf"))
    assert "山田" in text and "太郎" in text and "김민준" in text
    fonts = _font_names(tmp_path / "r.pdf")
    assert any("DroidSansFallback" in f for f in fonts) and any("DejaVuSans" in f for f in fonts)


def _font_names(path: Path) -> set[str]:
    names = set()
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_deidentified_report_hides_identifiers(tmp_path: Path) -> None:
    out = write_report([make_input(deidentify=True)], tmp_path / "r.pdf")
    (text,) = pdf_text(out)
    for secret in ["Müller", "Łukasiewicz", "José", "Ивановна", "PID-004711", "1961-04-23", "chest_a"]:
        assert secret not in text, secret
    assert text.count(DEIDENTIFIED) >= 3
    assert "2025-03-04" in text and "De-identified report" in text
    assert "[removed] to return in 6 weeks" in text  # the name typed into the comment is scrubbed
    metadata = " ".join(str(v) for v in (pypdf.PdfReader(out).metadata or {}).values())
    assert "Müller" not in metadata and "PID-004711" not in metadata


def test_multi_image_report_has_summary_and_one_page_per_scan(tmp_path: Path) -> None:
    items = [
        make_input(),
        make_input(prediction=make_prediction(0.12, needs_review=False, file="/scans/chest_b.png")),
        make_input(overlay=None, legend=None, prediction=make_prediction(0.5, file="/scans/chest_c.dcm")),
    ]
    pages = pdf_text(write_report(items, tmp_path / "r.pdf"))
    assert len(pages) == 4
    assert "Summary of analysed images" in pages[0]
    assert "2 need review" in pages[0]
    assert all(name in pages[0] for name in ("chest_a.dcm", "chest_b.png", "chest_c.dcm"))
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 4" in page
    assert "image 2 of 3" in pages[2] and "No heatmap" in pages[3]
    assert len(pdf_text(write_report(items, tmp_path / "s.pdf", summary=False))) == 3
    assert len(pdf_text(write_report(items[:1], tmp_path / "t.pdf", summary=True))) == 2


def test_deidentify_on_any_input_applies_to_the_whole_report(tmp_path: Path) -> None:
    items = [make_input(), make_input(deidentify=True)]
    summary = pdf_text(write_report(items, tmp_path / "r.pdf"))[0]
    assert "PID-004711" not in summary and "chest_a" not in summary


def test_letter_page_size(tmp_path: Path) -> None:
    reader = pypdf.PdfReader(write_report([make_input(page_size="Letter")], tmp_path / "r.pdf"))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(reader.pages) == 1


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_first_page_renders_to_a_non_blank_image(tmp_path: Path) -> None:
    from PIL import Image

    out = write_report([make_input(clinic_logo=_logo(tmp_path))], tmp_path / "r.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True, timeout=60
    )
    (png,) = tmp_path.glob("p*.png")
    pixels = np.asarray(Image.open(png).convert("RGB"), dtype=np.float32)
    assert pixels.std() > 25
    orange = (pixels[..., 0] > 200) & (pixels[..., 1] < 140) & (pixels[..., 2] < 80)
    assert orange.sum() > 20  # the NEEDS REVIEW box border is drawn


def _logo(folder: Path) -> Path:
    from PIL import Image

    path = folder / "logo.png"
    Image.fromarray(np.full((40, 120, 4), (30, 80, 140, 255), np.uint8)).save(path)
    return path


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"image": np.zeros((4, 4), np.float32)}, "uint8"),
        ({"overlay": np.zeros((4, 4), np.uint8)}, "(H, W, 3)"),
        ({"page_size": "A3"}, "A4 or Letter"),
        ({"agreement": "maybe"}, "agreement"),
        ({"clinic_logo": "/nonexistent/logo.png"}, "clinic logo"),
        ({"legend": HeatmapLegend("no_such_map", 0, 1)}, "colour map"),
    ],
)
def test_bad_input_raises_report_error_and_keeps_old_file(tmp_path: Path, overrides: dict, message: str) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"previous report")
    with pytest.raises(ReportError, match=None) as caught:
        write_report([make_input(**overrides)], out)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_no_inputs_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="Nothing to report"):
        write_report([], tmp_path / "r.pdf")


def test_core_needs_no_qt_and_imports_reportlab_lazily(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import desktop_app.reporting, desktop_app.storage, desktop_app.fsutil\n"
        "assert 'reportlab' not in sys.modules, 'reportlab imported at start-up'\n"
        "from tests.test_reporting_pdf import make_input\n"
        f"desktop_app.reporting.write_report([make_input()], {str(tmp_path / 'r.pdf')!r})\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    repo = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 1000
