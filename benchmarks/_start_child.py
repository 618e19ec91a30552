"""Child process for the cold-start figure: runs the app's real entry point
(``ocop_desktop.app.run``) on the file given and prints ``PAINTED <maxrss KiB>`` as soon as
a widget of the main window (whichever page opens first) receives its first paint event,
then exits at once."""

from __future__ import annotations

import os
import resource
import sys




def main() -> None:
    db = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject
    from ocop_desktop.app import make_app, run

    app = make_app([sys.argv[0]])

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() \
                    and type(obj.window()).__name__ == "MainWindow":
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                sys.stdout.write(f"PAINTED {rss}\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    run([sys.argv[0], "--db", db, "--lang", "vi"])
    sys.stdout.write("EXITED-WITHOUT-PAINT\n")
    sys.stdout.flush()
    os._exit(3)


if __name__ == "__main__":
    main()
