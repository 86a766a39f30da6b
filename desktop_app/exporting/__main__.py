# SPDX-License-Identifier: Apache-2.0
"""``python -m desktop_app.exporting FILE...``: validate DICOM files as ScanLens checks its own exports."""

from desktop_app.exporting.validate import main

raise SystemExit(main())
