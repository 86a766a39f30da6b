# SPDX-License-Identifier: Apache-2.0
"""The ``population`` card section of each shipped model: who and what its training data really cover.

Schema and checks: desktop_app/scope/population_card.py and desktop_app/scope/population.py.
"""

from __future__ import annotations

from typing import Any

_NOT_A_LOCALIZER = (
    "Localizer/scout images (ImageType LOCALIZER; series named localizer, scout, topogram, surview, survey, "
    "scanogram, pilot, loc) are outside."
)

CHEST_POPULATION: dict[str, Any] = {
    "summary": "frontal (AP/PA) chest radiographs of children aged 1–5 years",
    "modality": {"validated": ["CR", "DX"], "treated_as_unknown": ["OT", "SC", "RG"]},
    "body_part": {"validated": ["CHEST"], "synonyms": ["THORAX", "TORAX", "TORACE", "THX", "LUNG", "LUNGS", "CXR"]},
    "view": {"validated": ["AP", "PA"]},
    "age_years": {"min": 1, "below": 6, "label": "1–5 y"},
    "localizer_allowed": False,
    "notes": [
        "Age: Kermany et al. describe children aged one to five (the files carry no ages). Inside means from "
        "the 1st birthday up to, not including, the 6th: 5 y 11 m is inside, 6 y 0 m and 11 months are outside.",
        "Age is read from PatientAge, else PatientBirthDate with StudyDate, AcquisitionDate or ContentDate, "
        "else from the age or birth and study dates typed for a PNG/JPEG; unknown age is listed, not a violation.",
        "Modality: CR and DX. OT and SC (secondary capture) and RG (film) may well hold a chest radiograph: "
        "treated as unknown, not as a violation. Any other modality (CT, MR, US, MG, ...) is outside.",
        "View: the training films are AP; PA is accepted as the other frontal view. Lateral, decubitus, "
        "oblique or any other view named by ViewPosition, ViewCodeSequence or a series description is outside.",
        "Body part: BodyPartExamined naming the chest only (synonyms above; words such as PA, PORTABLE, ERECT "
        "are ignored). Anything else, e.g. ABDOMEN, SPINE or CHEST ABDOMEN, is outside. Without "
        "BodyPartExamined, body part words in the study or series description or protocol name count.",
        _NOT_A_LOCALIZER,
    ],
}

BRAIN_POPULATION: dict[str, Any] = {
    "summary": "single 2-D brain MRI slices, mostly T1 post-contrast with the skull; any plane; any age",
    "modality": {"validated": ["MR"], "treated_as_unknown": ["OT", "SC"]},
    "body_part": {"validated": ["BRAIN"], "synonyms": [
        "HEAD", "SKULL", "CRANIUM", "CEREBRUM", "SELLA", "PITUITARY", "KOPF", "SCHAEDEL", "CABEZA", "CRANEO",
        "CEREBRO", "TETE", "CRANE"]},
    "age_years": None,
    "localizer_allowed": False,
    "sequence": {
        "validated": "T1 post-contrast",
        "excluded": [
            {"name": "FLAIR", "keywords": ["FLAIR", "DARK FLUID", "DARKFLUID"],
             "unless": ["T1 FLAIR", "T1FLAIR", "T1W FLAIR"]},
            {"name": "diffusion", "keywords": ["DWI", "ADC", "DIFF", "TRACE", "DTI", "TENSOR"]},
            {"name": "SWI/T2*", "keywords": ["SWI", "SWAN", "SUSCEPTIBILITY", "T2 STAR", "T2STAR"]},
            {"name": "perfusion", "keywords": ["PERF", "PWI", "DSC", "DCE", "ASL", "PCASL", "PASL", "CBF", "CBV",
                                               "MTT", "TTP"]},
            {"name": "angiography", "keywords": ["TOF", "MRA", "MRV", "ANGIO", "VENO"]},
            {"name": "spectroscopy", "keywords": ["SPECTRO", "SVS", "CSI", "MRS"]},
            {"name": "BOLD", "keywords": ["BOLD", "FMRI", "RESTING STATE"]},
        ],
    },
    "notes": [
        "Age: the collections state no ages, so no age limit is checked.",
        "Planes: axial, coronal and sagittal slices are all in the training data; not checked.",
        "Sequence: most training slices are T1 post-contrast with the skull (the figshare part); SARTAJ and "
        "Br35H add other sequences, so a series naming T1 or T2 is not flagged. A series description, protocol "
        "name or ImageType naming a sequence above is outside (T1 FLAIR is a T1 sequence, not FLAIR). "
        "Skull-stripped slices cannot be told from the header: the card's presentation check reads them from the "
        "pixels.",
        "Modality: MR. OT and SC (secondary capture) are treated as unknown; any other modality is outside.",
        "Body part: BodyPartExamined naming the brain or head only (synonyms above); without it, body part "
        "words in the study or series description or protocol name (e.g. StudyDescription SHOULDER).",
        _NOT_A_LOCALIZER,
    ],
}

GATE_POPULATION: dict[str, Any] = {
    "notes": [
        "None of its own: the gate decides which model an image goes to, and that model's population is then "
        "checked; its modality and body part are the DICOM header's second opinion on the gate's call.",
    ],
}
