import os, threading
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from desktop_app.ui.worker import Worker
def work(x, progress):
    progress(1)
    return x * 2
def test_a(qtbot):
    worker = Worker(work, 21, with_progress=True)
    worker.signals.finished.connect(lambda: print("fin"))
    worker.signals.progress.connect(lambda v: print("prog"))
    worker.start()
    qtbot.wait(500)
def test_b(qtbot, qapp):
    worker = Worker(work, 21, with_progress=True)
    worker.signals.finished.connect(lambda: print("fin"))
    worker.start()
    QTimer.singleShot(500, qapp.quit); qapp.exec()
