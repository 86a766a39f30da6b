# SPDX-License-Identifier: Apache-2.0
"""A dciodvfy-style checker for the files ScanLens exports (runs anywhere pydicom runs).

It checks the PS3.10 file meta, the Type 1/2 attributes of the IOD's modules (:mod:`iods`), the 1C/2C
conditions ScanLens' IODs depend on, every value against its VR (pydicom's validators), UIDs, enumerated
values, pixel data length and the encapsulated document. ``python -m desktop_app.exporting FILE...``
prints the findings and exits 1 when a file has errors. It is not a full replacement for dciodvfy
(``dicom3tools``), which the tests also run when it is installed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

from pydicom import config
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.uid import UID, ExplicitVRLittleEndian
from pydicom.valuerep import validate_value

from desktop_app.exporting.iods import ENUMERATED, FILE_META, FIXED, IODS, SEQUENCE_ITEMS

_BULK_VRS = {"OB", "OW", "OF", "OD", "OL", "OV", "UN"}


@dataclass(frozen=True)
class Finding:
    """One problem: ``severity`` is "error" (the file is not valid) or "warning"."""

    severity: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity.upper()}: {self.where}: {self.message}"


@dataclass
class ValidationResult:
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return "; ".join(str(f) for f in self.errors) or "valid"


def check_value(vr: str, value: object) -> str:
    """Why ``value`` is not valid for ``vr`` ("" when it is); multi-values are checked one by one."""
    multi = isinstance(value, list | tuple) or type(value).__name__ == "MultiValue"
    values = list(cast("Iterable[object]", value)) if multi else [value]
    for item in values:
        if vr in ("DS", "IS") and item is not None and not isinstance(item, str):
            item = getattr(item, "original_string", None) or str(item)
        try:
            validate_value(vr, item, config.RAISE)
        except (ValueError, TypeError) as err:
            return str(err)
        if vr == "UI" and item not in (None, "") and not UID(str(item)).is_valid:
            return f"{item!r} is not a valid UID"
    return ""


def validate_file(path: str | os.PathLike[str]) -> ValidationResult:
    """Read ``path`` (it must be a PS3.10 file: preamble + "DICM") and validate it."""
    import pydicom

    result = ValidationResult()
    with open(path, "rb") as handle:
        if handle.read(132)[128:132] != b"DICM":
            result.findings.append(Finding("error", "file", "no 128-byte preamble and 'DICM' prefix"))
            return result
    try:
        ds = pydicom.dcmread(path)
    except Exception as err:  # a file pydicom cannot parse is simply invalid
        result.findings.append(Finding("error", "file", f"cannot be parsed: {err}"))
        return result
    return validate_dataset(ds)


def validate_dataset(ds: Dataset) -> ValidationResult:
    """Check ``ds`` (with its ``file_meta``) against the rules above."""
    result = ValidationResult()
    add = result.findings.extend
    add(_file_meta(ds))
    add(_iod(ds))
    add(_conditions(ds))
    add(_values(ds, ""))
    add(_pixels(ds))
    add(_document(ds))
    return result


def _error(where: str, message: str) -> Finding:
    return Finding("error", where, message)


def _file_meta(ds: Dataset) -> Iterator[Finding]:
    meta = getattr(ds, "file_meta", None)
    if meta is None:
        yield _error("File Meta", "missing")
        return
    for keyword in FILE_META:
        if keyword not in meta or meta[keyword].is_empty:
            yield _error("File Meta", f"{keyword} (Type 1) is missing or empty")
    if meta.get("MediaStorageSOPClassUID") != ds.get("SOPClassUID"):
        yield _error("File Meta", "MediaStorageSOPClassUID differs from SOPClassUID")
    if meta.get("MediaStorageSOPInstanceUID") != ds.get("SOPInstanceUID"):
        yield _error("File Meta", "MediaStorageSOPInstanceUID differs from SOPInstanceUID")
    if meta.get("TransferSyntaxUID") != ExplicitVRLittleEndian:
        yield _error("File Meta", f"TransferSyntaxUID is {meta.get('TransferSyntaxUID')}, not Explicit VR Little "
                     "Endian")
    if bytes(meta.get("FileMetaInformationVersion", b"")) != b"\x00\x01":
        yield _error("File Meta", "FileMetaInformationVersion must be 00 01")


def _iod(ds: Dataset) -> Iterator[Finding]:
    sop_class = str(ds.get("SOPClassUID", ""))
    if sop_class not in IODS:
        yield _error("SOP Common", f"SOP Class {sop_class or '(none)'} is not one this checker knows")
        return
    iod_name, modules = IODS[sop_class]
    for module_name, requirements in modules:
        yield from _required(ds, requirements, f"{iod_name} / {module_name}")
    for keyword, value in FIXED.get(sop_class, {}).items():
        if ds.get(keyword) != value:
            yield _error(iod_name, f"{keyword} must be {value!r}, is {ds.get(keyword)!r}")


def _required(ds: Dataset, requirements: Sequence[tuple[str, str]], where: str) -> Iterator[Finding]:
    for keyword, kind in requirements:
        present = keyword in ds
        if kind == "1" and (not present or ds[keyword].is_empty):
            yield _error(where, f"{keyword} (Type 1) is missing or empty")
        elif kind == "2" and not present:
            yield _error(where, f"{keyword} (Type 2) is missing")
        elif kind == "2C" and not present:
            yield Finding("warning", where, f"{keyword} (Type 2C) is absent; check its condition")


def _conditions(ds: Dataset) -> Iterator[Finding]:
    if int(ds.get("SamplesPerPixel", 1) or 1) > 1 and "PlanarConfiguration" not in ds:
        yield _error("Image Pixel", "PlanarConfiguration (Type 1C) is required when SamplesPerPixel > 1")
    if "SpecificCharacterSet" not in ds and _has_non_ascii_text(ds):
        yield _error("SOP Common", "SpecificCharacterSet (Type 1C) is required: text is not plain ASCII")
    if str(ds.get("PatientIdentityRemoved", "")) == "YES":
        if "DeidentificationMethod" not in ds and "DeidentificationMethodCodeSequence" not in ds:
            yield _error("Patient", "DeidentificationMethod or its code sequence (Type 1C) is required when "
                         "PatientIdentityRemoved is YES")


def _has_non_ascii_text(ds: Dataset) -> bool:
    for elem in ds.iterall():
        if elem.VR in ("PN", "LO", "SH", "ST", "LT", "UT", "UC") and not str(elem.value).isascii():
            return True
    return False


def _values(ds: Dataset, path: str) -> Iterator[Finding]:
    for elem in ds:
        where = f"{path}{elem.keyword or elem.tag}"
        if elem.VR == "SQ":
            yield from _sequence(elem, where)
            continue
        if elem.VR not in _BULK_VRS and not elem.is_empty:
            problem = check_value(elem.VR, elem.value)
            if problem:
                yield _error(where, problem)
        yield from _enumerated(elem, where)


def _sequence(elem: DataElement, where: str) -> Iterator[Finding]:
    rules = SEQUENCE_ITEMS.get(elem.keyword, ())
    for index, item in enumerate(elem.value, start=1):
        item_where = f"{where}[{index}]"
        yield from _required(item, rules, item_where)
        yield from _values(item, item_where + ".")


def _enumerated(elem: DataElement, where: str) -> Iterator[Finding]:
    allowed = ENUMERATED.get(elem.keyword)
    if allowed is None or elem.is_empty:
        return
    values = list(elem.value) if elem.VM > 1 else [elem.value]
    for position, (value, choices) in enumerate(zip(values, allowed, strict=False), start=1):
        if choices is not None and value not in choices:
            yield _error(where, f"value {position} is {value!r}; allowed: {', '.join(map(str, choices))}")


def _pixels(ds: Dataset) -> Iterator[Finding]:
    if "PixelData" not in ds:
        return
    try:
        rows, cols = int(ds.Rows), int(ds.Columns)
        samples, bits = int(ds.SamplesPerPixel), int(ds.BitsAllocated)
        stored, high = int(ds.BitsStored), int(ds.HighBit)
    except (AttributeError, TypeError, ValueError):
        yield _error("Image Pixel", "pixel description attributes are missing or not numbers")
        return
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    expected = rows * cols * samples * bits * frames // 8
    actual = len(ds.PixelData)
    if actual != expected + expected % 2:
        yield _error("Image Pixel", f"PixelData has {actual} bytes; {rows}x{cols}x{samples}x{bits} bits x "
                     f"{frames} frame(s) needs {expected} (+1 pad if odd)")
    if stored > bits or high != stored - 1:
        yield _error("Image Pixel", f"BitsStored {stored} / HighBit {high} do not fit BitsAllocated {bits}")
    photometric = str(ds.get("PhotometricInterpretation", ""))
    colour = photometric in ("RGB", "YBR_FULL", "YBR_FULL_422")
    if (samples == 3) != colour:
        yield _error("Image Pixel", f"PhotometricInterpretation {photometric} does not match SamplesPerPixel "
                     f"{samples}")


def _document(ds: Dataset) -> Iterator[Finding]:
    if "EncapsulatedDocument" not in ds:
        return
    data = bytes(ds.EncapsulatedDocument)
    if len(data) % 2:
        yield _error("Encapsulated Document", f"EncapsulatedDocument has odd length {len(data)}")
    length = ds.get("EncapsulatedDocumentLength")
    if length is not None and not 0 <= len(data) - int(length) <= 1:
        yield _error("Encapsulated Document", f"EncapsulatedDocumentLength {length} does not match the "
                     f"{len(data)} bytes stored")
    if ds.get("MIMETypeOfEncapsulatedDocument") == "application/pdf" and not data.startswith(b"%PDF"):
        yield _error("Encapsulated Document", "the document does not start with %PDF")


def main(argv: Sequence[str] | None = None) -> int:
    """Validate files given on the command line; exit 1 when any has an error."""
    paths = list(sys.argv[1:] if argv is None else argv)
    failed = False
    for path in paths:
        result = validate_file(path)
        failed |= not result.ok
        print(f"{path}: {'OK' if result.ok else 'INVALID'}")
        for finding in result.findings:
            print(f"  {finding}")
    return 1 if failed else 0
