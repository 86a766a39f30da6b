# SPDX-License-Identifier: Apache-2.0
"""Developer tools that are not shipped with the app (fuzzing, maintenance scripts)."""
