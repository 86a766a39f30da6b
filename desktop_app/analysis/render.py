# SPDX-License-Identifier: Apache-2.0
"""The picture of a result: displayed frame, heatmap overlay and legend, made once for every output.

The viewer, the CLI's heatmap PNG, the PDF report and the DICOM Secondary Capture all show what
:func:`render_result` makes, so they show the same picture.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.i18n.card_text import label_term
from desktop_app.i18n.phrase import phrases
from desktop_app.imaging.model import LoadedImage
from desktop_app.imaging.render import render_frame
from desktop_app.inference.heatmap import DEFAULT_COLORMAP, blend, colormap_lut
from desktop_app.inference.prediction import Prediction
from desktop_app.reporting.inputs import HeatmapLegend


@dataclass(frozen=True)
class OverlayStyle:
    """How the heatmap is drawn over the image (the viewer's defaults)."""

    opacity: float = 0.5
    colormap: str = DEFAULT_COLORMAP


@dataclass(frozen=True)
class RenderedResult:
    """The displayed frame, the same frame with the decided class's heatmap, and the heatmap legend."""

    display: np.ndarray
    overlay: np.ndarray | None
    legend: HeatmapLegend | None


def render_result(
    image: LoadedImage, prediction: Prediction, frame: int = 0, style: OverlayStyle | None = None,
    card: dict | None = None,
) -> RenderedResult:
    """Render ``frame`` as the viewer does and blend the CAM of ``prediction.decision`` over it.

    The overlay is ``None`` when the prediction has no map for the decided class. ``card`` (the model's)
    gives the legend the label's translations.
    """
    style = style or OverlayStyle()
    display = render_frame(image, frame)
    cam = decided_cam(prediction)
    if cam is None:
        return RenderedResult(display, None, None)
    overlay = blend(display, cam, opacity=style.opacity, colormap=style.colormap)
    legend = HeatmapLegend(
        colormap=style.colormap,
        vmin=0.0,
        vmax=1.0,
        label=phrases.translate("Analysis", "Model attention for {label}, relative to this image").format(
            label=label_term(card or {}, prediction.decision)),
        lut=colormap_lut(style.colormap),
    )
    return RenderedResult(display, overlay, legend)


def decided_cam(prediction: Prediction) -> np.ndarray | None:
    """The class activation map of the decided label, or None."""
    if prediction.cam is None or prediction.decision not in prediction.labels:
        return None
    return prediction.cam[prediction.labels.index(prediction.decision)]
