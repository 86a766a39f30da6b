# SPDX-License-Identifier: Apache-2.0
"""Qt-free inference core: preprocessing spec, model registry, sessions, CAM."""
