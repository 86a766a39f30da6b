# SPDX-License-Identifier: Apache-2.0
"""Main window: open real samples, window/level, invert, errors, stale loads, folders, drops."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.imaging.formats import is_supported_path
from desktop_app.imaging.model import LoadedImage, WindowPreset
from desktop_app.imaging.render import render_frame
from desktop_app.ui.common.worker import running_workers, wait_for_workers
from desktop_app.ui.shell.main_window import MainWindow
from tests.test_ui_analysis_support import open_and_wait

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
DICOM = SAMPLES / "nih_cxr14_dx_no_finding.dcm"
JPEG = SAMPLES / "chest_pneumonia_person1003_virus_1685.jpeg"
TIMEOUT = 20_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    assert wait_for_workers(TIMEOUT), "a worker thread outlived the test"
    QApplication.processEvents()


def pixmap_array(win: MainWindow, color: bool) -> np.ndarray:
    """Pixels of the pixmap item as numpy (what Qt actually draws, before view scaling)."""
    fmt = QImage.Format.Format_RGB888 if color else QImage.Format.Format_Grayscale8
    image = win.viewer.view.image_item.pixmap().toImage().convertToFormat(fmt)
    channels = 3 if color else 1
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    out = raw[:, : image.width() * channels].copy()  # the QImage is freed on return
    return out.reshape(image.height(), image.width(), channels) if color else out


def send_mouse(widget, kind, pos: QPoint, button, buttons) -> None:
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def right_drag(win: MainWindow, dx: int, dy: int) -> None:
    viewport = win.viewer.view.viewport()
    start = viewport.rect().center()
    right = Qt.MouseButton.RightButton
    send_mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, right, right)
    for step in range(1, 5):
        pos = start + QPoint(dx * step // 4, dy * step // 4)
        send_mouse(viewport, QMouseEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, right)
    send_mouse(viewport, QMouseEvent.Type.MouseButtonRelease, start + QPoint(dx, dy), right, Qt.MouseButton.NoButton)
    win.viewer.render_now()


@pytest.mark.parametrize("path", [DICOM, JPEG], ids=["dicom", "jpeg"])
def test_open_sample_shows_render_frame_output(qtbot, window, path):
    image = open_and_wait(qtbot, window, path, timeout=TIMEOUT)
    assert window.current_image is image
    expected = render_frame(image, 0)
    shown = window.viewer.displayed_array()
    assert shown.dtype == np.uint8 and shown.shape == expected.shape
    np.testing.assert_array_equal(shown, expected)
    np.testing.assert_array_equal(pixmap_array(window, image.is_color), expected)
    assert path.name in window.windowTitle()
    assert window.metadata.rows_as_dict()["File"] == path.name
    assert not window.busy_bar.isVisible()
    assert window.recent.paths()[0] == str(path)


def test_window_level_drag_changes_pixels_in_expected_direction(qtbot, window):
    image = open_and_wait(qtbot, window, DICOM, timeout=TIMEOUT)
    before = window.viewer.displayed_array().astype(np.float64)
    start = window.viewer.window
    right_drag(window, 120, 0)  # wider window → less contrast
    wider = window.viewer.window
    assert wider.width > start.width and wider.center == pytest.approx(start.center)
    after = window.viewer.displayed_array().astype(np.float64)
    assert after.std() < before.std()
    np.testing.assert_array_equal(window.viewer.displayed_array(), render_frame(image, 0, wider, False))
    right_drag(window, 0, 80)  # higher center → darker
    assert window.viewer.window.center > wider.center
    assert window.viewer.displayed_array().mean() < after.mean()
    assert "C " in window.window_label.text()


def test_invert_flips_values(qtbot, window):
    open_and_wait(qtbot, window, JPEG, timeout=TIMEOUT)
    before = window.viewer.displayed_array().copy()
    window.commands["invert"].trigger()
    window.viewer.render_now()
    assert window.viewer.inverted
    np.testing.assert_array_equal(window.viewer.displayed_array(), 255 - before)
    window.reset_view()
    window.viewer.render_now()
    np.testing.assert_array_equal(window.viewer.displayed_array(), before)


def test_broken_file_shows_error_without_raising(qtbot, window, tmp_path):
    broken = tmp_path / "broken.dcm"
    broken.write_bytes(b"\x00" * 128 + b"DICM" + b"garbage" * 50)
    with qtbot.waitSignal(window.load_failed, timeout=TIMEOUT) as blocker:
        window.open_file(str(broken))
    path, message = blocker.args
    assert path == str(broken)
    assert message.startswith("Cannot open broken.dcm")
    assert "\n" not in message and "Traceback" not in message
    assert window.banner.message() == message
    assert not window.busy_bar.isVisible()
    assert window.current_image is None


def test_missing_file_keeps_previous_image(qtbot, window, tmp_path):
    image = open_and_wait(qtbot, window, JPEG, timeout=TIMEOUT)
    with qtbot.waitSignal(window.load_failed, timeout=TIMEOUT):
        window.open_file(str(tmp_path / "nope.png"))
    assert window.current_image is image
    assert "nope.png" in window.banner.message()


def test_stale_load_is_discarded(qtbot, window):
    shown: list[str] = []
    window.image_changed.connect(lambda image, _gen: shown.append(image.path))
    with qtbot.waitSignals([window.loader.discarded, window.image_changed], timeout=TIMEOUT):
        first = window.open_file(str(DICOM))
        second = window.open_file(str(JPEG))
    assert second > first
    qtbot.waitUntil(lambda: running_workers() == 0, timeout=TIMEOUT)
    assert shown == [str(JPEG)]
    assert window.current_image.path == str(JPEG)
    assert window.generation == second


def test_pixel_value_under_cursor_in_status_bar(qtbot, window):
    open_and_wait(qtbot, window, DICOM, timeout=TIMEOUT)
    view = window.viewer.view
    centre = view.viewport().rect().center()
    send_mouse(view.viewport(), QMouseEvent.Type.MouseMove, centre, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
    row, col = view.image_pixel_at(centre)
    assert f"Row {row}  Col {col}" in window.pixel_label.text()
    assert "Value" in window.pixel_label.text() or "HU" in window.pixel_label.text()


def test_open_folder_fills_thumbnail_strip(qtbot, window):
    with qtbot.waitSignal(window.thumbnails.thumbnails_done, timeout=60_000):
        with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
            window.open_paths([str(SAMPLES)])
    strip = window.thumbnails
    assert strip.count() == len([p for p in SAMPLES.iterdir() if not p.name.startswith(".") and is_supported_path(p)])
    assert window.current_image.path == strip.paths()[0]
    assert all(not strip.item(i).icon().isNull() for i in range(strip.count()))
    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        window.commands["next"].trigger()
    assert window.current_image.path == strip.paths()[1]


def test_drop_files_opens_them(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(JPEG))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        window.dropEvent(event)
    assert window.current_image.path == str(JPEG)


def _synthetic_ct(n_frames: int = 3) -> LoadedImage:
    ramp = np.linspace(-1000, 1000, 64 * 64, dtype=np.float32).reshape(64, 64)
    frames = np.stack([ramp + 100 * i for i in range(n_frames)])
    return LoadedImage(
        path="/tmp/ct.dcm",
        frames=frames,
        is_color=False,
        units="HU",
        window_presets=[WindowPreset(40, 400, "Soft tissue")],
        source_format="dicom",
    )


def test_multiframe_and_ct_presets(qtbot, window):
    image = _synthetic_ct()
    window._on_loaded(image, window.loader.generation)
    viewer = window.viewer
    assert not viewer._frame_bar.isHidden()
    names = [p.name for p in viewer.window_presets()]
    assert names[0] == "Soft tissue" and {"Lung", "Bone", "Brain"} <= set(names)
    assert names.count("Soft tissue") == 1
    first = viewer.displayed_array().copy()
    viewer.frame_spin.setValue(3)
    assert viewer.frame == 2
    np.testing.assert_array_equal(viewer.displayed_array(), render_frame(image, 2, viewer.window, False))
    assert not np.array_equal(first, viewer.displayed_array())
    lung = names.index("Lung")
    window.preset_combo.activated.emit(lung)
    viewer.render_now()
    assert viewer.window.name == "Lung"
    assert window.preset_combo.currentIndex() == lung


def test_monochrome1_dicom_is_inverted_and_reports_stored_values(qtbot, window, tmp_path):
    from tests.dicom_factory import write_16bit_monochrome1

    gray = np.tile(np.arange(0, 256, 4, dtype=np.uint8), (48, 1))
    path = write_16bit_monochrome1(gray, tmp_path / "mono1.dcm")
    image = open_and_wait(qtbot, window, path, timeout=TIMEOUT)
    assert window.viewer.inverted and window.commands["invert"].isChecked()
    shown = window.viewer.displayed_array().astype(int)
    assert np.abs(shown - gray.astype(int)).max() <= 1  # what the file means, not what it stores
    row, col = 10, 5
    info = window.viewer.view.pixel_hovered
    info.emit(row, col)
    stored = 500 + 8 * (255 - int(gray[row, col]))
    assert f"Stored {stored}" in window.pixel_label.text()
    assert image.window_presets and window.preset_combo.currentIndex() == 0


def test_colour_image_has_no_window_and_reports_rgb(qtbot, window, tmp_path):
    from PIL import Image

    rgb = np.zeros((40, 60, 3), np.uint8)
    rgb[..., 0] = np.arange(60, dtype=np.uint8) * 4
    rgb[..., 2] = 200
    path = tmp_path / "colour.png"
    Image.fromarray(rgb, "RGB").save(path)
    image = open_and_wait(qtbot, window, path, timeout=TIMEOUT)
    assert image.is_color and not window.preset_combo.isEnabled()
    np.testing.assert_array_equal(window.viewer.displayed_array(), rgb)
    np.testing.assert_array_equal(pixmap_array(window, True), rgb)
    right_drag(window, 100, 100)  # no window on colour images: nothing changes
    np.testing.assert_array_equal(window.viewer.displayed_array(), rgb)
    window.viewer.view.pixel_hovered.emit(3, 10)
    assert "RGB 40, 0, 200" in window.pixel_label.text()


def test_several_files_fill_the_strip_and_open_the_first(qtbot, window):
    files = [str(JPEG), str(DICOM)]
    with qtbot.waitSignal(window.thumbnails.thumbnails_done, timeout=TIMEOUT):
        with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
            window.open_paths(files)
    assert window.thumbnails.paths() == files
    assert window.current_image.path == str(JPEG)
    assert window.thumbnails.currentRow() == 0


def _cine_with_damaged_last_frame(path: Path) -> Path:
    """A 3-frame colour JPEG baseline cine whose third frame's bytes are cut to garbage."""
    import imagecodecs
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.encaps import encapsulate
    from pydicom.uid import JPEGBaseline8Bit, SecondaryCaptureImageStorage, generate_uid

    rgb = np.zeros((48, 64, 3), np.uint8)
    rgb[..., 0] = np.linspace(0, 255, 64, dtype=np.uint8)
    frames = [imagecodecs.jpeg8_encode(np.roll(rgb, 8 * i, axis=1), level=90) for i in range(3)]
    frames[2] = frames[2][:200] + b"\x00" * 50 + b"\xff\xd9"
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID = generate_uid()
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.Modality, ds.SamplesPerPixel, ds.PhotometricInterpretation = "OT", 3, "YBR_FULL_422"
    ds.Rows, ds.Columns, ds.NumberOfFrames, ds.PlanarConfiguration = 48, 64, 3, 0
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PixelData = encapsulate(frames)
    ds["PixelData"].VR = "OB"
    ds.save_as(path, enforce_file_format=True)
    return path


def test_a_damaged_cine_frame_is_reported_and_the_others_still_show(qtbot, window, tmp_path):
    path = _cine_with_damaged_last_frame(tmp_path / "cine.dcm")
    open_and_wait(qtbot, window, path)
    viewer = window.viewer
    viewer.frame_spin.setValue(2)
    assert viewer.displayed_array().max() > 0
    viewer.frame_spin.setValue(3)  # an exception here would fail the test (pytest-qt)
    assert viewer.frame == 2
    assert "Frame 3 of 3 cannot be" in window.banner.message()
    assert viewer.displayed_array().max() == 0 and viewer.displayed_array().shape[:2] == (48, 64)
    viewer.frame_spin.setValue(1)
    assert viewer.displayed_array().max() > 0
