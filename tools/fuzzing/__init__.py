# SPDX-License-Identifier: Apache-2.0
"""Mutation fuzzing of the imaging core and the analyse path (see ``tools/fuzz.py``).

A case is a real seed file (DICOM, PNG, JPEG, ...) changed by one or more seeded mutations; case ``i`` of
seed ``S`` is always the same bytes, so any failure is reproducible with ``--seed S --case i``.
"""
