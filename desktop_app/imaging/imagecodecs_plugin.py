# SPDX-License-Identifier: Apache-2.0
"""A pydicom pixel-data decoder plugin on imagecodecs (BSD-3-Clause; libjpeg-turbo, CharLS, OpenJPEG inside).

pydicom 3 has plugins for pylibjpeg, GDCM, pyjpegls and Pillow but none for imagecodecs, so this module
follows pydicom's decoder plugin contract (``DECODER_DEPENDENCIES``, ``is_available(uid)``,
``_decode_frame(src, runner)``) and :func:`register` adds it to pydicom's decoders under the label
``imagecodecs``. It replaces the GPL-3.0 ``pylibjpeg-libjpeg`` and, unlike it, decodes 12-bit lossy JPEG
(JPEG Extended, 1.2.840.10008.1.2.4.51).

Colour JPEG in YBR_FULL / YBR_FULL_422 is converted to RGB by libjpeg-turbo itself (integer arithmetic,
within one level of pydicom's floating-point conversion) and reported as RGB, the way pydicom's own
plugins report JPEG 2000 colour after OpenJPEG's inverse component transform.
"""

from __future__ import annotations

import os
from typing import Any

from pydicom import uid
from pydicom.pixels.common import PhotometricInterpretation as PI
from pydicom.uid import UID

LABEL = "imagecodecs"
REQUIREMENT = "imagecodecs>=2024.1.1"

_JPEG = (uid.JPEGBaseline8Bit, uid.JPEGExtended12Bit, uid.JPEGLossless, uid.JPEGLosslessSV1)
_JPEG_LS = (uid.JPEGLSLossless, uid.JPEGLSNearLossless)
_JPEG_2000 = (uid.JPEG2000Lossless, uid.JPEG2000)
_CODEC = {**dict.fromkeys(_JPEG, "JPEG8"), **dict.fromkeys(_JPEG_LS, "JPEGLS"), **dict.fromkeys(_JPEG_2000, "JPEG2K")}
#: imagecodecs' extension modules this plugin loads (build.spec bundles these and no other codec).
EXTENSION_MODULES = ("_shared", "_shared_cython", "_jpeg8", "_jpegls", "_jpeg2k")
#: The transfer syntaxes this plugin can decode, each with what it needs (pydicom's plugin contract).
DECODER_DEPENDENCIES = {syntax: (REQUIREMENT,) for syntax in _CODEC}
_YBR = (PI.YBR_FULL, PI.YBR_FULL_422)
#: OpenJPEG's own variable for its thread count, honoured here too (dicom_pixels sets a default).
OPJ_THREADS_VARIABLE = "OPJ_NUM_THREADS"
_CONVERTED = "imagecodecs_ybr_to_rgb"  # runner option: the frames are YBR converted to RGB by libjpeg-turbo


def missing_reason(syntax: str) -> str | None:
    """Why this plugin cannot decode ``syntax`` here (not installed, codec not built), or ``None``."""
    codec_name = _CODEC.get(UID(syntax))
    if codec_name is None:
        return "not a JPEG, JPEG-LS or JPEG 2000 transfer syntax"
    try:
        import imagecodecs
    except ImportError as exc:
        return f"imagecodecs is not installed ({exc})"
    codec = getattr(imagecodecs, codec_name, None)
    if codec is None or not codec.available:
        return f"this imagecodecs build has no {codec_name} codec"
    return None


def is_available(syntax: str) -> bool:
    """True when imagecodecs is installed and built with the codec for ``syntax``."""
    return missing_reason(syntax) is None


def _decode_frame(src: bytes, runner: Any) -> bytes:
    """One encoded frame → its pixels as bytes, in the layout the runner options now describe."""
    import imagecodecs
    import numpy as np

    syntax = runner.transfer_syntax
    if syntax in _JPEG_2000:
        arr = imagecodecs.jpeg2k_decode(src, numthreads=_jpeg2000_threads())
        _describe_jpeg2000(runner)
    elif syntax in _JPEG_LS:
        arr = imagecodecs.jpegls_decode(src)
        _set_container(runner, runner.get_option("jls_precision", runner.bits_stored))
    else:
        arr = _decode_jpeg(src, runner)
    if runner.samples_per_pixel > 1 and arr.ndim == 3:
        runner.set_option("planar_configuration", 0)  # imagecodecs returns colour-by-pixel
    dtype = np.dtype(f"<u{max(runner.bits_allocated, 8) // 8}")
    if arr.dtype.itemsize != dtype.itemsize:
        arr = arr.astype(dtype.newbyteorder("=") if arr.dtype.kind == "u" else arr.dtype.kind + str(dtype.itemsize))
    return np.ascontiguousarray(arr).tobytes()


def _decode_jpeg(src: bytes, runner: Any) -> Any:
    """JPEG baseline/extended (8 and 12 bit) and lossless through libjpeg-turbo.

    YBR colour is converted to RGB here; RGB stays as stored (no colour transform), like pydicom's raw
    decoding of JPEG declared RGB.
    """
    import imagecodecs

    if runner.samples_per_pixel != 3:
        return imagecodecs.jpeg8_decode(src)
    # The runner is shared by all frames: after the first, its photometric interpretation already says RGB.
    if runner.photometric_interpretation in _YBR or runner.get_option(_CONVERTED, False):
        arr = imagecodecs.jpeg8_decode(src, colorspace="YCBCR", outcolorspace="RGB")
        runner.set_option("photometric_interpretation", PI.RGB)
        runner.set_option(_CONVERTED, True)
        return arr
    return imagecodecs.jpeg8_decode(src, colorspace="RGB", outcolorspace="RGB")


def _jpeg2000_threads() -> int:
    """Threads for OpenJPEG: :data:`OPJ_THREADS_VARIABLE` when set to a number, else one."""
    try:
        return max(1, int(os.environ.get(OPJ_THREADS_VARIABLE, "1")))
    except ValueError:
        return 1


def _describe_jpeg2000(runner: Any) -> None:
    """OpenJPEG applies the inverse component transform and sizes its output from the codestream."""
    if runner.photometric_interpretation in (PI.YBR_ICT, PI.YBR_RCT):
        runner.set_option("photometric_interpretation", PI.RGB)
    _set_container(runner, runner.get_option("j2k_precision", runner.bits_stored))


def _set_container(runner: Any, precision: int) -> None:
    if 0 < precision <= 8:
        runner.set_option("bits_allocated", 8)
    elif 8 < precision <= 16:
        runner.set_option("bits_allocated", 16)


def register() -> bool:
    """Add this plugin to pydicom's decoders (once). False when pydicom's decoder API refuses it."""
    from pydicom.pixels import get_decoder

    added = False
    for syntax in _CODEC:
        decoder = get_decoder(syntax)
        if LABEL in decoder.available_plugins or any(m.startswith(f"{LABEL} ") for m in decoder.missing_dependencies):
            continue
        decoder.add_plugin(LABEL, (__name__, "_decode_frame"))
        added = True
    return added
