"""Child process for the cold-start figure: runs the app's real entry point
(``ocop_desktop.app.run``) on the file given and prints ``PAINTED <maxrss KiB>`` as soon as
the member table's viewport receives its first paint event, then exits at once."""

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
            if event.type() == QEvent.Type.Paint and obj.objectName() == "qt_scrollarea_viewport" \
                    and obj.parent() is not None and obj.parent().objectName() == "members_table":
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
