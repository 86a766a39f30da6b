# SPDX-License-Identifier: Apache-2.0
"""Is a result inside what its model was validated for? Qt-free.

``population``: the patient and acquisition facts of an image (DICOM header or typed fields) checked against
the ``population`` section of a model card.
"""
