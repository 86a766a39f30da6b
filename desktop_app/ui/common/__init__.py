# SPDX-License-Identifier: Apache-2.0
"""Qt helpers every feature uses: the background worker and numpy → QImage without copying."""
