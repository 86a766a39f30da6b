# SPDX-License-Identifier: Apache-2.0
"""PDF report, printing and DICOM export of the analysis on screen."""
