# SPDX-License-Identifier: Apache-2.0
"""``scanlens bench``: speed, start-up, memory and responsiveness measured on this computer (Qt-free)."""
