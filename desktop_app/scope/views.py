# SPDX-License-Identifier: Apache-2.0
"""Radiographic view from DICOM ViewPosition, a ViewCodeSequence meaning, a description, or typed text.

Views are named AP, PA, LATERAL, DECUBITUS or OBLIQUE; any other text is kept (upper case) as written, so a
check can still say which view it was.
"""

from __future__ import annotations

from desktop_app.scope.keywords import normalise

#: DICOM ViewPosition defined terms (DX/CR) and common words -> view.
_VIEW_WORDS: dict[str, str] = {
    "AP": "AP", "PA": "PA",
    **dict.fromkeys(("LL", "RL", "LAT", "LATERAL"), "LATERAL"),
    **dict.fromkeys(("LLD", "RLD", "DECUBITUS", "DECUB"), "DECUBITUS"),
    **dict.fromkeys(("LLO", "RLO", "LAO", "RAO", "LPO", "RPO", "OBLIQUE", "OBL"), "OBLIQUE"),
}
#: ViewCodeSequence meanings (CID 4010) for the frontal views.
_FRONTAL_PHRASES = {"ANTERO POSTERIOR": "AP", "ANTEROPOSTERIOR": "AP", "POSTERO ANTERIOR": "PA",
                    "POSTEROANTERIOR": "PA"}
#: Words taken as a view inside a free-text description (e.g. SeriesDescription "CHEST LAT").
_DESCRIPTION_WORDS = ("AP", "PA", "LAT", "LATERAL", "DECUBITUS", "OBLIQUE")
TYPED_VIEWS = ("AP", "PA", "LATERAL", "LL", "RL", "DECUBITUS", "OBLIQUE")

VIEW_KINDS = {"LATERAL": "lateral view", "DECUBITUS": "decubitus view", "OBLIQUE": "oblique view"}


def canonical_view(text: str) -> str | None:
    """The view a ViewPosition or code meaning names (``"LL"`` -> LATERAL, ``"AP ERECT"`` -> AP, ``"left
    lateral decubitus"`` -> DECUBITUS); other text as written (normalised); None for empty text."""
    norm = normalise(text)
    if not norm:
        return None
    words = norm.split()
    for kind in ("DECUBITUS", "OBLIQUE", "LATERAL"):  # "left lateral decubitus" is a decubitus film
        if any(_VIEW_WORDS.get(word) == kind for word in words):
            return kind
    for phrase, view in _FRONTAL_PHRASES.items():
        if phrase in norm:
            return view
    return _VIEW_WORDS.get(words[0], norm)


def view_in_description(text: str | None) -> str | None:
    """The one view a description names (``"CHEST PA"`` -> PA); None when it names none or several."""
    words = normalise(text or "").split()
    named = {_VIEW_WORDS[word] for word in words if word in _DESCRIPTION_WORDS}
    return named.pop() if len(named) == 1 else None
