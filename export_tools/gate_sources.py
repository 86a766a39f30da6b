# SPDX-License-Identifier: Apache-2.0
"""Real full-resolution images the input gate must refuse (and a few it must accept), made reproducible.

Every source is listed here with its origin, commit, paths, license and gate label; ``materialise()``
renders each file through the app's own path (``load_image`` → ``render_frame`` → ``working_image``) into
the git-ignored ``export_tools/cache/gate_reject/`` and writes ``manifest.json`` (one row per image: file,
source, label, held_out). Nothing here is committed as image data. A source is one patient, series or file
and is never split: ``held_out`` sources are only used for the confusion matrix in the gate's card (and, the
pydicom ones, by ``tests/test_gate_real_inputs.py``). See ``docs/data/gate_reject_sources.md``.

GitHub sources are read from snapshots fetched into ``/work/.mirror/<owner>+<name>/repo`` (override with
``$SCANLENS_MIRROR``); a missing snapshot is reported and skipped, never downloaded here.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

import cv2
import numpy as np

from export_tools import volumes
from export_tools.phantoms import write_phantom
from export_tools.tasks import REPO_ROOT

log = logging.getLogger(__name__)

CACHE_DIR = REPO_ROOT / "export_tools" / "cache" / "gate_reject"
MANIFEST_VERSION = 2
PYDICOM_LICENSE = "pydicom test file (pydicom MIT; test_files/README.txt: no restriction on use)"
NEMA_LICENSE = "NEMA WG04 compression sample, redistributed in pydicom-data (MIT package)"
GDCM_LICENSE = "GDCM sample (BSD-3-Clause), redistributed by pydicom"
TOTALSEG = "wasserth/TotalSegmentator"
TOTALSEG_COMMIT = "0e65a448d557382b1e925276212b3bec7f5aff83"
TOTALSEG_LICENSE = "Apache-2.0 (repository; its test volumes carry no license of their own)"
RADOSS = "radoss-org/radoss-creative-commons"
RADOSS_COMMIT = "185aed296005617d13bc959b9e2853749c524586"
RADOSS_LICENSE = ("CC BY 4.0: Fraiwan M et al. (2022), A dataset of DDH x-ray images, Mendeley Data V2, "
                  "doi:10.17632/jf3pv98m9g.2")
#: Phantom seeds: training, held out for the card, and never used here (tests/test_gate_real_inputs.py).
TRAIN_PHANTOM_SEEDS = range(0, 600)
HELD_OUT_PHANTOM_SEEDS = range(100_000, 100_100)
TEST_PHANTOM_SEEDS = range(200_000, 200_012)


@dataclass(frozen=True)
class Source:
    """One patient/series/file (never split between training and held-out)."""

    id: str
    origin: str  # "pydicom", "pydicom-data", "generated" or "github:<owner>/<name>"
    paths: tuple[str, ...]
    label: str  # gate label; volumes: the label of slices outside ``z_labels``' ranges
    license: str
    description: str
    held_out: bool = False
    commit: str = ""
    frames: int = 1  # frames sampled from a multi-frame file
    kind: str = "file"  # "file", "ct_volume", "mr_volume" or "phantoms"
    z_labels: tuple[tuple[int, int, str], ...] = ()  # ct_volume: slices z0 <= z < z1 get this label
    step: int = 1  # volumes: every step-th slice


def _pd(id: str, name: str, label: str, license: str, description: str, **kw) -> Source:
    origin = "pydicom" if kw.pop("bundled", False) else "pydicom-data"
    return Source(id, origin, (name,), label, license, description, **kw)


SOURCES: tuple[Source, ...] = (
    _pd("nema_ct1_spine", "CT_small.dcm", "other", PYDICOM_LICENSE, "CT crop around a vertebra (NEMA CT1, 128 px)",
        bundled=True),
    _pd("nema_mr1_small", "MR_small.dcm", "other", PYDICOM_LICENSE, "MR crop, not brain (NEMA MR1, 64 px)",
        bundled=True),
    _pd("ct_head_issue1149", "J2K_pixelrep_mismatch.dcm", "head_ct", PYDICOM_LICENSE, "head CT slice (JPEG 2000)",
        bundled=True),
    _pd("dclunie_deflate", "image_dfl.dcm", "other", PYDICOM_LICENSE, "test pattern", bundled=True),
    _pd("gdcm_text", "GDCMJ2K_TextGBR.dcm", "other", GDCM_LICENSE, "coloured text", bundled=True),
    _pd("nema_nm1_bone", "JPEG2000_UNC.dcm", "other", NEMA_LICENSE, "whole-body bone scintigraphy (NM)"),
    _pd("us_obstetric_philips", "OBXXXX1A_2frame.dcm", "other", PYDICOM_LICENSE, "obstetric ultrasound, palette",
        frames=2),
    _pd("us_tee_colour", "color-pl.dcm", "other", PYDICOM_LICENSE, "transoesophageal echo, colour Doppler"),
    _pd("us_echo_cine", "color3d_jpeg_baseline.dcm", "other", PYDICOM_LICENSE, "echocardiography cine (120 frames)",
        frames=12),
    _pd("us_cardiac_lossless", "JPGLosslessP14SV1_1s_1f_8b.dcm", "other", PYDICOM_LICENSE, "cardiac ultrasound"),
    _pd("ct_neck_issue1067", "bad_sequence.dcm", "other", PYDICOM_LICENSE, "neck/upper thorax CT slice"),
    _pd("nema_ct_perfusion", "eCT_Supplemental.dcm", "other", PYDICOM_LICENSE, "enhanced CT perfusion map (2 frames)",
        frames=2),
    _pd("ihe_mlut", "mlut_18.dcm", "other", PYDICOM_LICENSE, "IHE display test pattern"),
    _pd("barre_face", "OT-PAL-8-face.dcm", "other", PYDICOM_LICENSE, "photograph of a face (palette colour)"),
    # Held out: the card's confusion matrix and tests/test_gate_real_inputs.py.
    _pd("nema_us1", "US1_UNCR.dcm", "other", NEMA_LICENSE, "ultrasound with colour Doppler", held_out=True),
    _pd("nema_mr2_shoulder", "MR2_UNCR.dcm", "other", NEMA_LICENSE, "shoulder MR, 1024 px", held_out=True),
    _pd("nema_rg3_leg", "RG3_UNCR.dcm", "other", NEMA_LICENSE, "lower-leg radiograph (CR, MONOCHROME1)",
        held_out=True),
    _pd("siemens_mr_abdomen", "MR-SIEMENS-DICOM-WithOverlays.dcm", "other", GDCM_LICENSE, "abdominal MR (liver)",
        held_out=True),
    _pd("tcia_ct_pancreas", "explicit_VR-UN.dcm", "abdomen_ct", PYDICOM_LICENSE + "; image from TCIA Pancreas-CT",
        "abdominal CT slice", held_out=True),
    _pd("cq500_ct_head", "693_UNCR.dcm", "head_ct", "CQ500 (qure.ai), CC BY-NC-SA 4.0: evaluation only",
        "head CT slice with haemorrhage", held_out=True),
    _pd("gdcm_us_aloka", "gdcm-US-ALOKA-16.dcm", "other", GDCM_LICENSE, "abdominal ultrasound", held_out=True),
    _pd("ihe_vlut", "vlut_04.dcm", "other", PYDICOM_LICENSE, "IHE display test pattern", held_out=True),
    _pd("nema_rg1_chest", "RG1_UNCR.dcm", "chest_xray", NEMA_LICENSE, "adult PA chest radiograph (CR, MONOCHROME1): "
        "must be accepted", held_out=True),
    Source("ts_ct_abdomen_pelvis", f"github:{TOTALSEG}", ("tests/reference_files/example_ct.nii.gz",), "other",
           TOTALSEG_LICENSE, "CT volume, 3 mm: pelvis slices (other), abdomen slices (abdomen_ct), AP and lateral "
           "projections (scout / abdominal film: other)", commit=TOTALSEG_COMMIT, kind="ct_volume",
           z_labels=((44, 112, "abdomen_ct"),), step=2),
    Source("ts_ct_cardiac", f"github:{TOTALSEG}",
           ("tests/reference_files/aorta_report/test_result/models/ct_cropped.nii.gz",), "other", TOTALSEG_LICENSE,
           "contrast CT of heart and aorta, 1.5 mm: cardiac slices (other), upper chest slices (chest_ct), "
           "lateral projection (other)", commit=TOTALSEG_COMMIT, kind="ct_volume", z_labels=((126, 164, "chest_ct"),),
           step=3),
    Source("ts_ct_dicom_abdomen", f"github:{TOTALSEG}", ("tests/reference_files/example_ct_dicom",), "abdomen_ct",
           TOTALSEG_LICENSE, "20 upper-abdomen CT slices, 512 px DICOM (JPEG 2000)", commit=TOTALSEG_COMMIT),
    Source("ts_mr_abdomen", f"github:{TOTALSEG}", ("tests/reference_files/example_mr_sm.nii.gz",), "other",
           TOTALSEG_LICENSE, "abdominal MR volume, 20 slices", commit=TOTALSEG_COMMIT, kind="mr_volume"),
    *(Source(f"jordan_ddh_pelvis_{n}", f"github:{RADOSS}", (f"dicoms/xray/331_DDH_{n}.dcm",), "other", RADOSS_LICENSE,
             "AP pelvis radiograph of a child", commit=RADOSS_COMMIT, held_out=n in ("115", "138", "139"))
      for n in ("1", "10", "107", "115", "116", "12", "121", "123", "138", "139")),
    Source("phantoms_train", "generated", (), "other", "generated (export_tools/phantoms.py)",
           f"CT/QA/Shepp-Logan phantoms and their projections, seeds {TRAIN_PHANTOM_SEEDS.start}-"
           f"{TRAIN_PHANTOM_SEEDS.stop - 1}", kind="phantoms"),
    Source("phantoms_held_out", "generated", (), "other", "generated (export_tools/phantoms.py)",
           f"phantoms, seeds {HELD_OUT_PHANTOM_SEEDS.start}-{HELD_OUT_PHANTOM_SEEDS.stop - 1}", held_out=True,
           kind="phantoms"),
)


def mirror_dir(repo: str) -> Path:
    root = Path(os.environ.get("SCANLENS_MIRROR", "/work/.mirror"))
    return root / repo.replace("/", "+") / "repo"


def pydicom_file(name: str) -> Path:
    """A test file of pydicom or of the pydicom-data package, offline (FileNotFoundError when absent)."""
    from pydicom.data import get_testdata_file

    found = get_testdata_file(name, download=False)
    if not found:
        raise FileNotFoundError(f"{name} is neither in pydicom nor in pydicom-data")
    return Path(found)


def origin_files(source: Source, work: Path) -> list[Path]:
    """The source's files on disk: from the installed pydicom packages, or extracted from a snapshot."""
    if source.origin in ("pydicom", "pydicom-data"):
        return [pydicom_file(name) for name in source.paths]
    repo = mirror_dir(source.origin.removeprefix("github:"))
    files = []
    for path in source.paths:
        listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", source.commit, path],
                                 capture_output=True, text=True, check=True).stdout.split()
        for name in listing:
            out = work / source.id / Path(name).name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(subprocess.run(["git", "-C", str(repo), "show", f"{source.commit}:{name}"],
                                           capture_output=True, check=True).stdout)
            files.append(out)
    return files


def render_file(path: Path, frames: int = 1) -> list[np.ndarray]:
    """What the app analyses: each sampled frame's default rendering, reduced to the working image."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.render import render_frame
    from desktop_app.inference.preprocess import working_image

    image = load_image(path)
    picks = np.unique(np.linspace(0, image.n_frames - 1, min(frames, image.n_frames)).astype(int))
    return [working_image(render_frame(image, int(f))) for f in picks]


def _volume_files(source: Source, volume_path: Path, work: Path) -> list[tuple[Path, str]]:
    """DICOM files made from a NIfTI volume, each with its gate label."""
    volume = volumes.read_nifti(volume_path)
    out: list[tuple[Path, str]] = []
    for z in range(0, volume.shape[2], source.step):
        label = next((lab for z0, z1, lab in source.z_labels if z0 <= z < z1), source.label)
        name = work / source.id / f"slice_{z:03d}.dcm"
        tail = f"{zlib.crc32(source.id.encode()) % 10**6}.{z}"
        if source.kind == "mr_volume":
            out.append((volumes.write_mr_slice(volumes.axial_slice(volume, z), name, tail), label))
            continue
        for w in (z, z + 2):  # two of the series' windows per slice
            window = volumes.CT_WINDOWS[w % len(volumes.CT_WINDOWS)]
            named = name.with_name(f"{name.stem}_w{w % len(volumes.CT_WINDOWS)}.dcm")
            out.append((volumes.write_ct_slice(volumes.axial_slice(volume, z), window, named, tail + str(w)), label))
    out += _reformat_files(source, volume, work)
    if source.kind == "ct_volume":
        out += _projection_files(source, volume, work)
    return out


def _reformat_files(source: Source, volume: np.ndarray, work: Path) -> list[tuple[Path, str]]:
    """Coronal and sagittal planes (label ``other``: no gate class is a reformat), five each."""
    out = []
    for axis in (0, 1):
        for n, index in enumerate(np.linspace(0.3, 0.7, 5) * volume.shape[axis]):
            image = volumes.reformat(volume, axis, int(index))
            name = work / source.id / f"reformat_{axis}_{n}.dcm"
            tail = f"{zlib.crc32(source.id.encode()) % 10**6}.8{axis}{n}"
            if source.kind == "mr_volume":
                out.append((volumes.write_mr_slice(image, name, tail), "other"))
            else:
                out.append((volumes.write_ct_slice(image, volumes.CT_WINDOWS[n % 2], name, tail), "other"))
    return out


def _projection_files(source: Source, volume: np.ndarray, work: Path) -> list[tuple[Path, str]]:
    """Scouts/films: AP (whole length and halves) and lateral projections, as DX and as CT LOCALIZER."""
    depth = volume.shape[2]
    views = [(1, None), (1, (0, depth // 2)), (1, (depth // 2, depth)), (0, None), (0, (depth // 3, depth))]
    if source.id == "ts_ct_cardiac":  # its AP projection looks like a frontal chest film: keep the lateral only
        views = [(0, None), (0, (depth // 3, depth))]
    out = []
    for n, (axis, z_range) in enumerate(views):
        image = volumes.projection(volume, axis, z_range)
        for localizer in (False, True):
            name = work / source.id / f"projection_{n}_{int(localizer)}.dcm"
            tail = f"{zlib.crc32(source.id.encode()) % 10**6}.9{n}{int(localizer)}"
            out.append((volumes.write_projection(image, name, tail, localizer), "other"))
    return out


def _files_of(source: Source, work: Path) -> list[tuple[Path, str, int]]:
    """(file, label, frames to sample) for one source."""
    if source.kind == "phantoms":
        seeds = HELD_OUT_PHANTOM_SEEDS if source.held_out else TRAIN_PHANTOM_SEEDS
        return [(write_phantom(s, work / source.id / f"seed_{s}.dcm"), source.label, 1) for s in seeds]
    files = origin_files(source, work)
    if source.kind in ("ct_volume", "mr_volume"):
        return [(path, label, 1) for path, label in _volume_files(source, files[0], work)]
    return [(path, source.label, source.frames) for path in files]


def materialise(cache_dir: Path = CACHE_DIR) -> list[dict]:
    """Render every source into ``cache_dir`` (PNG) and return the manifest rows (also written to disk)."""
    manifest_path = cache_dir / "manifest.json"
    listed = json.loads(json.dumps([asdict(s) for s in SOURCES]))  # tuples as JSON lists, as stored
    if manifest_path.exists():
        stored = json.loads(manifest_path.read_text())
        if stored.get("version") == MANIFEST_VERSION and stored.get("sources") == listed:
            return stored["images"]
    work = cache_dir / "files"
    rows: list[dict] = []
    for source in SOURCES:
        try:
            files = _files_of(source, work)
        except (OSError, subprocess.CalledProcessError) as err:
            log.warning("gate source %s skipped: %s", source.id, err)
            continue
        for path, label, frames in files:
            for n, display in enumerate(render_file(path, frames)):
                name = f"png/{source.id}/{path.stem}_{n}.png"
                (cache_dir / name).parent.mkdir(parents=True, exist_ok=True)
                bgr = display if display.ndim == 2 else cv2.cvtColor(np.ascontiguousarray(display), cv2.COLOR_RGB2BGR)
                cv2.imwrite(str(cache_dir / name), bgr)
                rows.append({"file": name, "source": source.id, "label": label, "held_out": source.held_out})
    manifest_path.write_text(json.dumps({"version": MANIFEST_VERSION, "sources": listed, "images": rows}, indent=1))
    log.info("gate sources: %d images from %d sources in %s", len(rows), len({r["source"] for r in rows}), cache_dir)
    return rows


def counts(rows: list[dict]) -> dict[str, dict]:
    """Per source: label(s), held_out and number of images (for the card and the data note)."""
    out: dict[str, dict] = {}
    for row in rows:
        entry = out.setdefault(row["source"], {"held_out": row["held_out"], "images": 0, "labels": {}})
        entry["images"] += 1
        entry["labels"][row["label"]] = entry["labels"].get(row["label"], 0) + 1
    return out
