# SPDX-License-Identifier: Apache-2.0
"""Building blocks of the UI: worker, zero-copy QImage, image view transforms/overlays, small widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QMenu, QMessageBox

from desktop_app.imaging.model import WindowPreset
from desktop_app.ui.common.qimage import ndarray_to_qimage
from desktop_app.ui.common.worker import Worker, running_workers, wait_for_workers
from desktop_app.ui.shell.errors import CrashReporter, environment_summary
from desktop_app.ui.shell.recent_files import RecentFiles
from desktop_app.ui.viewer.graphics_view import ImageView, overlay_item
from desktop_app.ui.viewer.image_viewer import format_pixel_value
from desktop_app.ui.viewer.window_controls import PresetCombo


@pytest.fixture(autouse=True)
def no_leaked_threads():
    yield
    assert wait_for_workers(10_000)
    QApplication.processEvents()


def test_worker_returns_on_main_thread(qtbot):
    seen = {}

    def work(x, progress):
        progress(1)
        return x * 2, threading.get_ident()

    worker = Worker(work, 21, with_progress=True)
    worker.signals.progress.connect(lambda v: seen.setdefault("progress", (v, threading.get_ident())))
    results = []
    worker.signals.returned.connect(results.append)
    with qtbot.waitSignals([worker.signals.returned, worker.signals.finished], timeout=5000):
        worker.start()
    ((value, worker_thread),) = results
    assert value == 42 and worker_thread != threading.get_ident()
    assert seen["progress"] == (1, threading.get_ident())
    qtbot.waitUntil(lambda: running_workers() == 0)


def test_every_finished_handler_runs(qtbot):
    # regression: the worker releases itself on ``finished``; later handlers must still be called
    calls = []
    worker = Worker(lambda progress: progress(0), with_progress=True)
    for name in "abc":
        worker.signals.finished.connect(lambda n=name: calls.append(n))
    with qtbot.waitSignals([worker.signals.returned, worker.signals.finished], timeout=5000):
        worker.start()
    assert calls == ["a", "b", "c"]


def test_worker_reports_errors(qtbot):
    def boom():
        raise ValueError("bad pixels")

    worker = Worker(boom)
    returned = []
    worker.signals.returned.connect(returned.append)
    with qtbot.waitSignal(worker.signals.errored, timeout=5000) as blocker:
        worker.start()
    assert isinstance(blocker.args[0], ValueError) and not returned


def test_qimage_shares_numpy_buffer(qapp):
    gray = np.arange(35, dtype=np.uint8).reshape(5, 7)
    image = ndarray_to_qimage(gray)
    assert (image.width(), image.height()) == (7, 5)
    gray[2, 3] = 250
    assert image.pixelColor(3, 2).red() == 250  # same memory, no copy
    rgb = np.zeros((4, 6, 3), np.uint8)
    rgb[..., 2] = 200
    assert ndarray_to_qimage(rgb).pixelColor(1, 1).getRgb() == (0, 0, 200, 255)
    with pytest.raises(TypeError):
        ndarray_to_qimage(gray.astype(np.float32))
    with pytest.raises(ValueError):
        ndarray_to_qimage(gray[:, ::2])


def _view(qtbot, shape=(40, 80)) -> ImageView:
    view = ImageView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.show()
    view.set_array(np.zeros(shape, np.uint8))
    return view


def _corner_scene_pos(view: ImageView, x: float, y: float) -> tuple[float, float]:
    p = view.image_item.mapToScene(QPointF(x, y))
    return round(p.x(), 6), round(p.y(), 6)


def test_view_rotation_and_flip_keep_pixel_mapping(qtbot):
    view = _view(qtbot)
    overlay = view.add_overlay(QGraphicsRectItem(0, 0, 80, 40))
    overlay_rect = lambda: overlay.mapToScene(overlay.rect()).boundingRect()  # noqa: E731
    view.rotate_image(90)
    assert view.image_item.sceneBoundingRect().width() == pytest.approx(40)
    view.flip_image(horizontal=True)
    view.fit_to_window()
    # the overlay shares the image's coordinates and transform
    assert overlay_rect() == view.image_item.sceneBoundingRect()
    target = view.image_item.mapToScene(QPointF(10.5, 30.5))  # col 10, row 30
    assert view.image_pixel_at(view.mapFromScene(target)) == (30, 10)
    view.reset_orientation()
    assert view.image_item.sceneBoundingRect().width() == pytest.approx(80)
    view.remove_overlay(overlay)
    assert overlay.scene() is None


def test_overlay_item_covers_image(qtbot):
    view = _view(qtbot, shape=(40, 80))
    heat = np.zeros((4, 8, 4), np.uint8)
    heat[..., 0], heat[..., 3] = 255, 128
    item = view.add_overlay(overlay_item(heat, cover=(40, 80), opacity=0.5))
    view.rotate_image(-90)
    mapped = item.mapToScene(item.boundingRect()).boundingRect()
    assert mapped == view.image_item.sceneBoundingRect()
    assert item.opacity() == 0.5 and item.zValue() > view.image_item.zValue()


def test_rotate_right_is_clockwise(qtbot):
    view = _view(qtbot, shape=(10, 20))
    view.rotate_image(90)
    top_left = _corner_scene_pos(view, 0, 0)
    bottom_left = _corner_scene_pos(view, 0, 10)
    assert top_left[0] > bottom_left[0]  # the old top-left corner moved to the right edge
    view.flip_image(horizontal=False)
    assert _corner_scene_pos(view, 0, 0)[1] > _corner_scene_pos(view, 20, 0)[1]


def test_zoom_limits_and_fit(qtbot):
    view = _view(qtbot)
    assert view.is_fitting()
    view.zoom_by(2.0)
    assert not view.is_fitting()
    for _ in range(50):
        view.zoom_by(2.0)
    assert view.current_scale() == pytest.approx(64.0)
    view.fit_to_window()
    assert view.current_scale() == pytest.approx(400 / 80, rel=0.05)


def test_pixel_value_text():
    assert format_pixel_value(1, 2, {"rgb": [1, 2, 3]}) == "Row 1  Col 2   RGB 1, 2, 3"
    text = format_pixel_value(3, 4, {"stored": 1024, "modality": 0.0, "hu": 0.0, "units": "HU"})
    assert text == "Row 3  Col 4   Stored 1024   0 HU"
    assert "Value 0.5" in format_pixel_value(0, 0, {"value": 0.5, "modality": None, "units": ""})


def test_recent_files(tmp_path, qapp):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    recent = RecentFiles(settings, limit=3)
    files = []
    for i in range(4):
        path = tmp_path / f"{i}.png"
        path.write_bytes(b"x")
        files.append(str(path))
        recent.add(str(path))
    recent.add(files[2])
    assert recent.paths() == [files[2], files[3], files[1]]
    menu = QMenu()
    opened = []
    recent.fill_menu(menu, opened.append)
    menu.actions()[0].trigger()
    assert opened == [files[2]]


def test_preset_combo(qtbot):
    combo = PresetCombo()
    qtbot.addWidget(combo)
    presets = [WindowPreset(40, 400, "Soft tissue"), WindowPreset(-600, 1500, "Lung")]
    combo.set_presets(presets)
    assert combo.count() == 3
    with qtbot.waitSignal(combo.preset_chosen) as blocker:
        combo.activated.emit(1)
    assert blocker.args[0].name == "Lung"
    combo.show_window(WindowPreset(-600, 1500, "x"))
    assert combo.currentIndex() == 1
    combo.show_window(WindowPreset(1, 2, "Manual"))
    assert combo.currentIndex() == -1 and "Manual" in combo.placeholderText()
    with qtbot.waitSignal(combo.auto_chosen):
        combo.activated.emit(2)


def test_crash_reporter_shows_dialog_and_keeps_running(qtbot, caplog):
    reporter = CrashReporter("/tmp/scanlens.log")
    try:
        raise RuntimeError("bug")
    except RuntimeError as exc:
        reporter(type(exc), exc, exc.__traceback__)
        reporter(type(exc), exc, exc.__traceback__)
    box = reporter._dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "2 unexpected errors" in box.text()
    assert environment_summary().split(" · ")[0] in box.informativeText()
    assert "RuntimeError: bug" in box.detailedText()
    assert "uncaught exception" in caplog.text
    box.close()
