# SPDX-License-Identifier: Apache-2.0
"""The DICOM modules every ScanLens export shares: file meta, SOP Common, Patient/Study (copied), a new
series, General and SC Equipment, and the references back to the analysed instance(s)."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID, ExplicitVRLittleEndian

from desktop_app import APP_NAME, __version__
from desktop_app.exporting.source import SourceStudy
from desktop_app.exporting.uids import new_uid

MANUFACTURER = APP_NAME
UTF8 = "ISO_IR 192"
#: PS3.3 C.8.6.1 Conversion Type: "WSD" workstation (what the viewer showed), "SYN" synthetic image.
WORKSTATION, SYNTHETIC = "WSD", "SYN"


@dataclass(frozen=True)
class NewInstance:
    """What is new about an exported instance: its class, series, number, time and conversion type."""

    sop_class_uid: str
    series_instance_uid: str
    series_number: int
    instance_number: int
    modality: str
    series_description: str
    created: datetime
    conversion_type: str
    model_versions: tuple[str, ...] = ()  # e.g. ("pneumonia_cxr 1.2.0",), appended to Software Versions


def base_dataset(source: SourceStudy, new: NewInstance) -> Dataset:
    """A dataset with file meta, SOP Common, Patient + General Study (copied), General Series, General and
    SC Equipment filled in. The caller adds the IOD-specific modules."""
    ds = Dataset()
    ds.SpecificCharacterSet = UTF8
    ds.SOPClassUID = new.sop_class_uid
    ds.SOPInstanceUID = new_uid()
    ds.InstanceCreationDate, ds.InstanceCreationTime = da(new.created), tm(new.created)
    ds.TimezoneOffsetFromUTC = utc_offset(new.created)
    copy_into(ds, source.attributes)
    ds.StudyInstanceUID = source.study_instance_uid
    _series(ds, new)
    _equipment(ds, source, new)
    ds.InstanceNumber = new.instance_number
    ds.ContentDate, ds.ContentTime = da(new.created), tm(new.created)
    ds.file_meta = file_meta(ds)
    return ds


def copy_into(ds: Dataset, other: Dataset) -> None:
    """Add deep copies of ``other``'s elements to ``ds`` (``Dataset.update`` would share the element objects,
    so a later change to one dataset, e.g. de-identification, would reach the other)."""
    ds.update(copy.deepcopy(other))


def file_meta(ds: Dataset) -> FileMetaDataset:
    """PS3.10 file meta for ``ds`` in Explicit VR Little Endian."""
    meta = FileMetaDataset()
    meta.FileMetaInformationVersion = b"\x00\x01"
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID  # pydicom encodes the file
    meta.ImplementationVersionName = f"SCANLENS_{__version__}"[:16]
    return meta


def _series(ds: Dataset, new: NewInstance) -> None:
    ds.Modality = new.modality
    ds.SeriesInstanceUID = new.series_instance_uid
    ds.SeriesNumber = new.series_number
    ds.SeriesDate, ds.SeriesTime = da(new.created), tm(new.created)
    ds.SeriesDescription = new.series_description


def _equipment(ds: Dataset, source: SourceStudy, new: NewInstance) -> None:
    versions = [f"{APP_NAME} {__version__}", *new.model_versions]
    ds.Manufacturer = MANUFACTURER
    ds.ManufacturerModelName = APP_NAME
    ds.SoftwareVersions = versions if len(versions) > 1 else versions[0]
    ds.ConversionType = new.conversion_type
    ds.SecondaryCaptureDeviceManufacturer = MANUFACTURER
    ds.SecondaryCaptureDeviceManufacturerModelName = APP_NAME
    ds.SecondaryCaptureDeviceSoftwareVersions = ds.SoftwareVersions


def instance_reference(source: SourceStudy, *, with_frame: bool = True) -> Dataset | None:
    """An item pointing at the analysed instance (and frame, for a multi-frame source); None for raster."""
    if not source.is_dicom or not source.referenced_sop_class_uid:
        return None
    item = Dataset()
    item.ReferencedSOPClassUID = source.referenced_sop_class_uid
    item.ReferencedSOPInstanceUID = source.referenced_sop_instance_uid
    if with_frame and source.n_frames > 1:
        item.ReferencedFrameNumber = source.frame + 1
    return item


def add_referenced_series(ds: Dataset, sources: Iterable[SourceStudy]) -> None:
    """Common Instance Reference module: Referenced Series Sequence grouping the referenced instances."""
    by_series: dict[str, list[Dataset]] = {}
    for source in sources:
        item = instance_reference(source, with_frame=False)
        if item is not None and source.referenced_series_instance_uid:
            known = by_series.setdefault(source.referenced_series_instance_uid, [])
            if all(i.ReferencedSOPInstanceUID != item.ReferencedSOPInstanceUID for i in known):
                known.append(item)
    if not by_series:
        return
    series_items = []
    for series_uid, instances in by_series.items():
        series = Dataset()
        series.SeriesInstanceUID = series_uid
        series.ReferencedInstanceSequence = Sequence(instances)
        series_items.append(series)
    ds.ReferencedSeriesSequence = Sequence(series_items)


def da(moment: datetime) -> str:
    return moment.strftime("%Y%m%d")


def tm(moment: datetime) -> str:
    return moment.strftime("%H%M%S")


def dt(moment: datetime) -> str:
    return moment.strftime("%Y%m%d%H%M%S") + utc_offset(moment)


def utc_offset(moment: datetime) -> str:
    """``+HHMM``/``-HHMM`` of an aware datetime (local time when naive)."""
    aware = moment if moment.tzinfo else moment.astimezone()
    text = aware.strftime("%z")
    return text or "+0000"
