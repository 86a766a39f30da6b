# SPDX-License-Identifier: Apache-2.0
"""Compressed multi-frame colour DICOM (ultrasound/endoscopy cines): the first frame now, the rest on demand.

Decoding all 120 frames of a colour JPEG cine before showing one took seconds; here the loader decodes
frame 1 (a few ms with libjpeg-turbo, which also converts YBR to RGB in integer arithmetic) and
:class:`~desktop_app.imaging.frames_on_demand.FramesOnDemand` decodes each other frame when it is first
shown or analysed.
"""

from __future__ import annotations

import numpy as np
from pydicom.dataset import Dataset
from pydicom.uid import UID

from desktop_app.imaging import dicom_pixels as px
from desktop_app.imaging.dicom_checks import frame_count
from desktop_app.imaging.frames_on_demand import FramesOnDemand
from desktop_app.imaging.metadata import dicom_metadata
from desktop_app.imaging.model import ImageLoadError, LoadedImage

_COLOUR = {"RGB", "YBR_FULL", "YBR_FULL_422", "YBR_ICT", "YBR_RCT"}


def colour_cine(ds: Dataset, tsyntax: UID) -> bool:
    """True for encapsulated (compressed) colour images with more than one frame."""
    if not tsyntax.is_transfer_syntax:  # an unknown UID: px.decode refuses it with the reason
        return False
    photometric = str(ds.get("PhotometricInterpretation", "")).strip().upper()
    return bool(tsyntax.is_encapsulated and photometric in _COLOUR and frame_count(ds) > 1)


def load_colour_on_demand(path: str, ds: Dataset, tsyntax: UID) -> LoadedImage:
    """A :class:`LoadedImage` whose frames decode on first use; frame 1 is decoded (and checked) now.

    ``ds`` must hold its pixel data in memory (the loader has read them), as frames are decoded after the
    file is closed.
    """
    count = frame_count(ds)
    first = _frame(ds, tsyntax, 0)
    decoder = first.decoder

    def decode(index: int) -> np.ndarray:
        return px.to_rgb8(ds, _frame(ds, tsyntax, index))[0]

    frames = FramesOnDemand(count, px.to_rgb8(ds, first)[0], decode)
    meta = dicom_metadata(ds, str(tsyntax))
    meta["photometric_interpretation_decoded"] = "RGB"
    image = LoadedImage(path=path, frames=frames, is_color=True, metadata=meta)  # type: ignore[arg-type]
    image.decoder, image.source_format = decoder, "dicom"
    return image


def _frame(ds: Dataset, tsyntax: UID, index: int) -> px.Decoded:
    decoded = px.decode(ds, tsyntax, index=index)
    if decoded.pixels.shape[0] != 1:
        raise ImageLoadError(f"Frame {index + 1} decoded to {decoded.pixels.shape[0]} frames")
    return decoded
