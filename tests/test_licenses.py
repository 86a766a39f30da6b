# SPDX-License-Identifier: Apache-2.0
"""ScanLens (Apache-2.0) ships no GPL/AGPL code: the runtime dependency closure is checked from the installed
packages' metadata. LGPL is allowed (PySide6 and shiboken6 offer LGPL-3.0 OR GPL: the LGPL option is taken,
Qt stays in separate replaceable shared libraries). The frozen build is checked by build.spec (it refuses to
package a GPL/AGPL package) and by tests/test_packaging.py on the bundle's own list."""

from __future__ import annotations

import pytest

from desktop_app import about


def test_no_gpl_or_agpl_package_in_the_runtime_closure():
    packages = about.third_party_packages()
    names = {about.canonical_name(p.name) for p in packages}
    assert {"pydicom", "imagecodecs", "pylibjpeg-openjpeg", "pylibjpeg-rle", "pyside6-essentials"} <= names
    offending = [f"{p.name} ({p.license})" for p in about.strong_copyleft(packages)]
    assert not offending, f"GPL/AGPL runtime dependencies: {offending}"


def test_the_gpl_jpeg_decoder_and_opencv_are_not_runtime_requirements():
    names = {about.canonical_name(n) for n in about.runtime_requirements()}
    assert "pylibjpeg-libjpeg" not in names  # GPL-3.0; imagecodecs (BSD) decodes JPEG instead
    assert "opencv-python-headless" not in names  # 172 MB of the frozen app; see desktop_app/imaging/resample.py


@pytest.mark.parametrize(
    ("license_text", "strong"),
    [
        ("GPL V3.0", True),  # pylibjpeg-libjpeg's metadata
        ("GPL-3.0-or-later", True),
        ("AGPL-3.0-only", True),
        ("GNU Affero General Public License v3", True),
        ("GNU General Public License v3 (GPLv3)", True),
        ("MIT AND GPL-2.0-only", True),
        ("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", False),  # PySide6: the LGPL option is taken
        ("GNU Lesser General Public License v3 (LGPLv3)", False),
        ("MIT OR GPL-3.0-only", False),
        ("BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0", False),
        ("Apache 2.0", False),
    ],
)
def test_strong_copyleft_reading_of_license_fields(license_text, strong):
    assert about.is_strong_copyleft(license_text) is strong


def test_notices_carry_no_gpl_warning_and_name_the_lgpl_choice():
    text = about.notices_markdown(about.third_party_packages(), [])
    assert about.GPL_NOTE not in text
    assert "takes the LGPL-3.0 option" in text
