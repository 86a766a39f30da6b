# SPDX-License-Identifier: Apache-2.0
"""DICOM files -> :class:`LoadedImage`.

Order of work: read the header (pixel data deferred), refuse what is not an image or is too large, check
the pixel data are complete, decode, then apply the modality transformation (rescale or Modality LUT) and
a VOI LUT if present. Window presets come from Window Center/Width. Anything that goes wrong becomes an
:class:`ImageLoadError` with a one-line reason a radiologist understands.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.errors import InvalidDicomError
from pydicom.uid import UID, ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

from desktop_app.imaging import dicom_pixels as px
from desktop_app.imaging.bounded_file import BoundedFile
from desktop_app.imaging.codestream import check_frame_sizes
from desktop_app.imaging.dicom_checks import check_image_pixel_module, check_is_image, check_size, frame_count
from desktop_app.imaging.dicom_cine import colour_cine, load_colour_on_demand
from desktop_app.imaging.errors import one_line
from desktop_app.imaging.limits import max_image_bytes
from desktop_app.imaging.metadata import dicom_metadata
from desktop_app.imaging.model import ImageLoadError, LoadedImage, WindowPreset
from desktop_app.imaging.render import full_range_window

_DEFER_SIZE = "1 MB"


def load_dicom(
    path: str | PathLike[str],
    *,
    force: bool = False,
    max_pixels: int | None = None,
    max_bytes: int | None = None,
) -> LoadedImage:
    """Load a DICOM image. ``force`` reads files without the 128-byte preamble and ``DICM`` prefix.

    Raises :class:`ImageLoadError` only.
    """
    try:
        return _load(str(path), force, max_pixels, max_bytes)
    except ImageLoadError:
        raise
    except MemoryError as exc:
        raise ImageLoadError("Not enough memory to open this DICOM image") from exc
    except RecursionError as exc:
        raise ImageLoadError("The DICOM file is damaged: its sequences are nested too deeply to read") from exc
    except Exception as exc:  # pydicom, numpy and plugins raise many types; the user needs one line
        raise ImageLoadError(f"The DICOM file could not be read: {one_line(exc)}") from exc


def read_dataset(source: str | BoundedFile, force: bool = False) -> Dataset:
    """Read a DICOM dataset from a path (all values read now) or from an open :class:`BoundedFile`.

    With a :class:`BoundedFile`, values larger than 1 MB (pixel data) are read later, on access, so the
    file must stay open while the dataset is used. Either way no read asks for more bytes than the file
    holds, whatever lengths the element headers claim.
    """
    if not isinstance(source, str):
        return _dcmread(source, force, defer=True)
    with _open(source) as handle:
        return _dcmread(handle, force, defer=False)


def _open(path: str) -> BoundedFile:
    try:
        return BoundedFile(path)
    except OSError as exc:
        raise ImageLoadError(f"The file cannot be read: {one_line(exc.strerror or exc)}") from exc


def _dcmread(handle: BoundedFile, force: bool, *, defer: bool) -> Dataset:
    try:
        ds = pydicom.dcmread(handle, force=force, defer_size=_DEFER_SIZE if defer else None)
    except InvalidDicomError as exc:
        raise ImageLoadError("This is not a DICOM file") from exc
    except (EOFError, OSError, ValueError, KeyError, TypeError, OverflowError) as exc:
        raise ImageLoadError(f"The DICOM file is damaged or incomplete: {one_line(exc)}") from exc
    if force and not _looks_like_dicom(ds):
        raise ImageLoadError("This is not a DICOM file (and not a PNG, JPEG, TIFF or BMP image)")
    return ds


def _looks_like_dicom(ds: Dataset) -> bool:
    """A force-read of random bytes yields junk elements; real datasets carry some of these."""
    try:
        keywords = ("SOPClassUID", "Modality", "StudyInstanceUID", "Rows", "PixelData", "PatientID")
        known = sum(1 for kw in keywords if kw in ds)
        return known >= 2 or ("Rows" in ds and "PixelData" in ds)
    except Exception:  # malformed elements while probing mean "not a dataset we can trust"
        return False


def _load(path: str, force: bool, max_pixels: int | None, max_bytes: int | None) -> LoadedImage:
    with _open(path) as handle:  # open until the deferred pixel data have been decoded
        return _load_open(path, read_dataset(handle, force), max_pixels, max_bytes)


def _load_open(path: str, ds: Dataset, max_pixels: int | None, max_bytes: int | None) -> LoadedImage:
    check_is_image(ds, path)
    tsyntax = transfer_syntax_of(ds)
    check_image_pixel_module(ds)
    check_size(ds, max_pixels, max_image_bytes(max_bytes))
    _check_complete(ds, tsyntax)
    check_frame_sizes(ds, tsyntax, int(ds.Rows), int(ds.Columns), frame_count(ds))
    if colour_cine(ds, tsyntax):
        return load_colour_on_demand(path, ds, tsyntax)
    decoded = px.decode(ds, tsyntax)
    meta = dicom_metadata(ds, str(tsyntax))
    image = LoadedImage(path=path, frames=decoded.pixels, is_color=False, metadata=meta)
    image.decoder, image.source_format = decoded.decoder, "dicom"
    if decoded.pixels.ndim == 4 or decoded.photometric not in ("MONOCHROME1", "MONOCHROME2"):
        image.frames, image.is_color = px.to_rgb8(ds, decoded), True
        meta["photometric_interpretation_decoded"] = "RGB"
        return image
    _apply_monochrome_transforms(ds, image)
    return image


def transfer_syntax_of(ds: Dataset) -> UID:
    """The transfer syntax of the pixel data; inferred from the encoding when the file meta lacks it."""
    file_meta = getattr(ds, "file_meta", None)
    uid = file_meta.get("TransferSyntaxUID") if file_meta is not None else None
    if uid:
        return UID(str(uid).strip())
    if "PixelData" in ds and ds["PixelData"].is_undefined_length:
        raise ImageLoadError("The file does not say how its image data are compressed (no Transfer Syntax)")
    implicit, little = ds.original_encoding
    if implicit is None or little is None:
        raise ImageLoadError("The file does not say how its image data are encoded (no Transfer Syntax UID)")
    uid = ImplicitVRLittleEndian if implicit else ExplicitVRLittleEndian if little else ExplicitVRBigEndian
    if file_meta is None:
        ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = uid
    return uid


def _check_complete(ds: Dataset, tsyntax: UID) -> None:
    """Refuse empty pixel data, and natively encoded pixel data shorter than the header says."""
    if "PixelData" not in ds:
        return
    data = ds.PixelData
    if not isinstance(data, bytes | bytearray) or not data:
        raise ImageLoadError("The image data in this DICOM file are empty (Pixel Data holds no bytes)")
    if not tsyntax.is_transfer_syntax or tsyntax.is_compressed:
        return
    from pydicom.pixels.utils import get_expected_length

    expected = get_expected_length(ds, "bytes")
    actual = len(data)
    if actual < expected:
        raise ImageLoadError(
            f"The image data are truncated: the file holds {actual:,} of the {expected:,} bytes its header "
            "describes (incomplete copy or download?)"
        )


def _apply_monochrome_transforms(ds: Dataset, image: LoadedImage) -> None:
    """Stored values -> modality values (rescale or Modality LUT) -> VOI LUT output when the file has one."""
    photometric = str(ds.get("PhotometricInterpretation", "")).strip().upper()
    image.invert_default = photometric == "MONOCHROME1"
    values = _modality_transform(ds, image)
    if values.dtype == np.float64:
        values = values.astype(np.float32)
    image.metadata["voi_lut_function"] = str(ds.get("VOILUTFunction", "") or "LINEAR").strip().upper()
    if px.has_voi_lut(ds):
        values = _voi_lut_transform(ds, image, values)
    else:
        image.window_presets = window_presets(ds)
    image.frames = values
    image.window_presets.append(full_range_window(values))


def _modality_transform(ds: Dataset, image: LoadedImage) -> np.ndarray:
    meta, stored = image.metadata, image.frames
    if ds.get("ModalityLUTSequence"):
        meta["modality_lut"] = "sequence"
        return px.apply_modality_sequence(stored, ds)
    rescale = px.rescale_of(ds, stored.shape[0])
    if rescale is None:
        meta["modality_lut"] = None
        return stored
    meta.update(modality_lut="rescale", rescale_type=rescale.rescale_type)
    meta.update(rescale_slope=float(rescale.slopes[0]), rescale_intercept=float(rescale.intercepts[0]))
    meta["rescale_varies"] = bool(np.ptp(rescale.slopes) or np.ptp(rescale.intercepts))
    image.units = _units(ds, rescale)
    return px.apply_rescale(stored, rescale)


def _voi_lut_transform(ds: Dataset, image: LoadedImage, values: np.ndarray) -> np.ndarray:
    """Apply the first VOI LUT; its whole output range becomes the default window."""
    values, (lo, hi), explanation = px.apply_voi_sequence(values, ds)
    image.voi_lut_applied = True
    image.metadata.update(voi_lut_explanation=explanation, voi_lut_function="LINEAR")
    image.metadata["voi_lut_count"] = len(ds.VOILUTSequence)
    if "WindowCenter" in ds:
        image.metadata["note"] = "Window Center/Width in the file not offered: its VOI LUT is applied instead"
    image.window_presets = [WindowPreset((lo + hi) / 2.0, hi - lo + 1.0, explanation)]
    return values


def _units(ds: Dataset, rescale: px.Rescale) -> str:
    kind = (rescale.rescale_type or "").upper()
    if str(ds.get("Modality", "")).upper() == "CT" and kind in ("", "HU"):
        return "HU"
    return "" if kind in ("", "US") else kind


def window_presets(ds: Dataset) -> list[WindowPreset]:
    """Presets from Window Center/Width (classic or shared/first-frame functional groups).

    Values are multi-valued when the modality proposes several windows; the names come from Window
    Center & Width Explanation. Widths below 1 (invalid for the LINEAR function) are skipped.
    """
    source = _voi_source(ds)
    centers = _floats(source.get("WindowCenter"))
    widths = _floats(source.get("WindowWidth"))
    names = _strings(source.get("WindowCenterWidthExplanation"))
    presets = []
    for index, (center, width) in enumerate(zip(centers, widths, strict=False)):
        if width is None or center is None or not np.isfinite([center, width]).all() or width < 1:
            continue
        name = names[index] if index < len(names) and names[index] else f"Window {index + 1}"
        presets.append(WindowPreset(center=center, width=width, name=name))
    return presets


def _voi_source(ds: Dataset) -> Dataset:
    if "WindowCenter" in ds:
        return ds
    for groups in ("SharedFunctionalGroupsSequence", "PerFrameFunctionalGroupsSequence"):
        try:
            return ds[groups][0].FrameVOILUTSequence[0]
        except (AttributeError, IndexError, KeyError, TypeError):
            continue
    return ds


def _as_list(value: object) -> list[object]:
    if value is None or value == "":
        return []
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return [value]
    return list(value)


def _floats(value: object) -> list[float | None]:
    out: list[float | None] = []
    for item in _as_list(value):
        try:
            out.append(float(item))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            out.append(None)
    return out


def _strings(value: object) -> list[str]:
    return [str(item).strip() for item in _as_list(value)]
