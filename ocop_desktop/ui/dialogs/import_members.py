"""Import members from XLSX/CSV with a preview, and export the register (issue 2 item 7).

:func:`run` asks for a file (``Ask.open_file``), reads it with
:mod:`ocop_desktop.imports.members` and shows :class:`ImportMembersDialog`: what was
detected (format, separator, header row), one combo per file column to change the mapping,
the rows as the spreadsheet numbers them (rows with a problem tinted), every problem by row
and field, and an "Import N members" button that stays disabled while any problem exists.
Committing writes all rows or none (one transaction) behind a progress dialog that can be
cancelled (cancelling rolls back).

:func:`export` asks for the format and whether to include ID numbers and phones
(:class:`ExportOptionsDialog`, unticked by default: issue 6 item 7), then a file name, and
writes the file on a worker thread with its own read-only connection, behind a progress
dialog ("n / total") whose "Hủy" stops it with nothing written (issue 7: 105,000 members).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import sqlite3
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QProgressDialog, QPushButton, QRadioButton, QScrollArea, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.i18n import tr
from ocop_desktop.imports import members as importer
from ocop_desktop.store.errors import StoreError, classify_sqlite_error
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.widgets import EnumCombo

__all__ = ["run", "export", "ImportMembersDialog", "ExportOptionsDialog", "PreviewModel", "ProblemModel"]

log = logging.getLogger("ocop_desktop.ui.dialogs.import_members")

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PROBLEM_BG = QColor("#fbe3e3")
_WARNING_BG = QColor("#fff4d6")


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return format_date(value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else value.date())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class PreviewModel(QAbstractTableModel):
    """The file's rows below the header, read-only. Row headers are the row numbers the
    spreadsheet shows; rows with a problem are tinted red, with warnings yellow, and their
    tooltip lists the problems. Columns: the file's columns (header texts)."""

    def __init__(self, table: importer.SourceTable, parent=None):
        super().__init__(parent)
        self.table = table
        self._width = max([len(table.headers)] + [len(cells) for _, cells in table.rows])
        self._problems: dict[int, list[str]] = {}
        self._warnings: dict[int, list[str]] = {}
        self._skipped: dict[int, str] = {}

    def set_report(self, report: importer.ImportReport | None) -> None:
        """Show the problems/warnings of *report* on their rows."""
        self._problems, self._warnings = {}, {}
        self._skipped = {} if report is None else dict(report.skipped)
        if report is not None:
            for p in report.problems:
                if p.row is not None:
                    self._problems.setdefault(p.row, []).append(p.describe())
            for p in report.warnings:
                if p.row is not None:
                    self._warnings.setdefault(p.row, []).append(p.describe())
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, cells = self.table.rows[index.row()]
        value = cells[index.column()] if index.column() < len(cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            if numeric or self.table.column_field(index.column()) in ("capital_committed", "capital_paid"):
                return int(RIGHT)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if number in self._problems:
                return QBrush(_PROBLEM_BG)
            if number in self._warnings:
                return QBrush(_WARNING_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and number in self._skipped:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = self._problems.get(number, []) + self._warnings.get(number, [])
            if number in self._skipped:
                lines.append(tr("Not imported: {reason}", reason=self._skipped[number]))
            return "\n".join(lines) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.table.headers) and self.table.headers[section]:
                return self.table.headers[section]
            return tr("Column {n}", n=section + 1)
        if 0 <= section < len(self.table.rows):
            return str(self.table.rows[section][0])
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProblemModel(QAbstractTableModel):
    """Problems then warnings of an import: columns Row, Field, Kind, Message."""

    HEADERS = ("Row", "Field", "Kind", "Message")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[tuple[str, importer.Problem]] = []

    def set_report(self, report: importer.ImportReport | None) -> None:
        self.beginResetModel()
        self._items = [] if report is None else (
            [("problem", p) for p in report.problems] + [("warning", p) for p in report.warnings])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, p = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "" if p.row is None else str(p.row)
            if col == 1:
                return importer.field_label(p.field) if p.field else ""
            if col == 2:
                return tr("Error") if kind == "problem" else tr("Warning")
            return p.message
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_PROBLEM_BG if kind == "problem" else _WARNING_BG)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return p.message
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return {"Row": tr("Row"), "Field": tr("Field"), "Kind": tr("Kind"), "Message": tr("Problem")}[self.HEADERS[section]]
        return None


class ImportMembersDialog(QDialog):
    """Preview of a member list before importing it.

    ``mapping_combos[i]`` is the combo of file column *i* (``value()``: a field key or
    None); ``report`` the current :class:`ImportReport`; ``import_button`` is enabled only
    when there is no problem. After a successful import ``imported_ids`` holds the new ids.
    """

    def __init__(self, store, table: importer.SourceTable, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.table = table
        self.today = today
        self.report: importer.ImportReport | None = None
        self.imported_ids: list[int] = []
        self.setWindowTitle(tr("Import members — {file}", file=Path(table.path).name or table.path))
        self.resize(1200, 700)

        self.info = QLabel(self._info_text())
        self.info.setWordWrap(True)

        mapping_box = QGroupBox(tr("Columns of the file → fields of the register"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.mapping_combos: list[EnumCombo] = []
        choices = [(None, tr("(do not import)"))] + [(k, importer.field_label(k)) for k in importer.FIELD_KEYS]
        columns = max([len(table.headers)] + [len(c) for _, c in table.rows[:50]])
        for col in range(columns):
            header = table.headers[col] if col < len(table.headers) and table.headers[col] else tr("Column {n}", n=col + 1)
            label = QLabel(header)
            label.setWordWrap(True)
            label.setMinimumWidth(165)
            combo = EnumCombo(choices)
            combo.setObjectName(f"map_{col}")
            combo.setMinimumWidth(165)
            combo.setToolTip(tr("Field of the register that column \"{column}\" holds", column=header))
            label.setBuddy(combo)
            current = table.column_field(col)
            combo.setCurrentIndex(combo.findData(current) if current else 0)
            combo.changed.connect(lambda c=col: self._mapping_changed(c))
            grid.addWidget(label, 0, col)
            grid.addWidget(combo, 1, col)
            self.mapping_combos.append(combo)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(inner.sizeHint().height() + scroll.horizontalScrollBar().sizeHint().height() + 2 * scroll.frameWidth() + 2)
        box_layout = QVBoxLayout(mapping_box)
        box_layout.addWidget(scroll)

        self.preview_model = PreviewModel(table, self)
        self.preview = QTableView()
        self.preview.setObjectName("import_preview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(130)
        for col in range(self.preview_model.columnCount()):
            field = table.column_field(col)
            if field in ("full_name", "address", "capital_committed", "capital_paid", "member_type"):
                self.preview.setColumnWidth(col, {"address": 220, "full_name": 160}.get(field, 150))
            elif field == "seq":
                self.preview.setColumnWidth(col, 45)

        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problem_model = ProblemModel(self)
        self.problems = QTableView()
        self.problems.setObjectName("import_problems")
        self.problems.setModel(self.problem_model)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.verticalHeader().setVisible(False)
        self.problems.verticalHeader().setDefaultSectionSize(22)
        for col, width in enumerate((55, 170, 80)):
            self.problems.setColumnWidth(col, width)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.doubleClicked.connect(self._show_problem_row)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 220])

        self.import_button = QPushButton()
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(mapping_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.reanalyse()

    # --- state --------------------------------------------------------------------
    def _info_text(self) -> str:
        t = self.table
        if t.kind == "xlsx":
            fmt = tr("Excel workbook")
        else:
            enc = {"utf-8-sig": tr("UTF-8 with BOM"), "utf-8": "UTF-8", "cp1258": tr("Windows-1258 (old Vietnamese code page)")}.get(t.encoding or "", t.encoding or "")
            sep = {",": tr("comma"), ";": tr("semicolon"), "\t": tr("tab")}.get(t.delimiter or "", t.delimiter or "")
            fmt = tr("CSV text, {encoding}, separated by {separator}", encoding=enc, separator=sep)
        return tr("File {file}: {format}; column titles found in row {row}. Check which field each column holds, then import.",
                  file=Path(t.path).name or t.path, format=fmt, row=t.header_row)

    def _mapping_changed(self, column: int) -> None:
        key = self.mapping_combos[column].value()
        if key is not None:  # one column per field: the column that had this field lets it go
            for other, combo in enumerate(self.mapping_combos):
                if other != column and combo.value() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.table.mapping = {combo.value(): col for col, combo in enumerate(self.mapping_combos) if combo.value()}
        self.reanalyse()

    def _progress_dialog(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, tr("Cancel"), 0, max(1, len(self.table.rows)), self)
        dialog.setWindowTitle(tr("Import members"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(True)
        return dialog

    def _progress(self, dialog: QProgressDialog):
        def step(done: int, total: int) -> bool:
            dialog.setMaximum(max(1, total))
            dialog.setValue(min(done, max(1, total)))
            QApplication.processEvents()
            return not dialog.wasCanceled()
        return step

    def reanalyse(self) -> None:
        """Check every row with the current mapping and refresh the view."""
        dialog = self._progress_dialog(tr("Checking the rows…"))
        try:
            self.report = importer.analyse(self.store, self.table, self.today, progress=self._progress(dialog))
        except importer.ImportCancelled:
            self.report = None
        finally:
            dialog.reset()
            dialog.deleteLater()
        self.preview_model.set_report(self.report)
        self.problem_model.set_report(self.report)
        if self.report is None:
            self.summary.setText(tr("Checking was cancelled; change a column to check again."))
            n, ok = 0, False
        else:
            self.summary.setText(self.report.summary())
            n, ok = len(self.report.members), self.report.ok
        self.import_button.setText(tr("Import {n} members", n=n))
        self.import_button.setEnabled(ok)
        if self.report is not None and self.report.problems:
            self.import_button.setToolTip(tr("Correct the problems listed below in the file, then open it again."))
        else:
            self.import_button.setToolTip("")

    def _show_problem_row(self, index: QModelIndex) -> None:
        _, problem = self.problem_model._items[index.row()]
        for r, (number, _) in enumerate(self.table.rows):
            if number == problem.row:
                self.preview.selectRow(r)
                self.preview.scrollTo(self.preview_model.index(r, 0))
                return

    # --- commit -------------------------------------------------------------------
    def do_import(self) -> None:
        """Write every row in one transaction; close with the new ids, or show why not."""
        if self.report is None or not self.report.ok:
            return
        dialog = self._progress_dialog(tr("Backing up the file, then importing the members…"))
        try:
            self.imported_ids = importer.commit(self.store, self.report, progress=self._progress(dialog))
        except importer.ImportCancelled:
            Ask.inform(self, tr("Import members"), tr("Import cancelled: nothing was written."))
            return
        except StoreError as err:
            Ask.error(self, tr("Import members"), str(err))
            return
        finally:
            dialog.reset()
            dialog.deleteLater()
        self.accept()


def run(parent, store, today: dt.date | None = None) -> bool:
    """Ask for a file, preview, import all rows or none. Returns True when rows were added."""
    path = Ask.open_file(parent, tr("Import members"), tr("Member lists (*.xlsx *.csv *.txt);;All files (*)"))
    if not path:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        table = importer.read_file(path)
    except StoreError as err:
        QApplication.restoreOverrideCursor()
        Ask.error(parent, tr("Import members"), str(err))
        return False
    QApplication.restoreOverrideCursor()
    result = Ask.preview_member_import(parent, store, table, today)
    if not result:
        return False
    ids, report = result
    text = tr("Imported {n} members.", n=len(ids))
    if report.restored:
        text += "\n" + tr("Leading zero restored in {ids} ID numbers and {phones} phone numbers ({n} values in all) that the spreadsheet had stored as numbers.",
                          ids=report.restored_ids, phones=report.restored_phones, n=report.restored)
    Ask.inform(parent, tr("Import members"), text)
    return True


class ExportOptionsDialog(QDialog):
    """Format (XLSX printable / CSV) and whether to include ID numbers and phones
    (unticked by default). ``choice()`` → ``("xlsx"|"csv", include_personal)``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export members"))
        self.xlsx = QRadioButton(tr("Excel workbook (.xlsx), ready to print"))
        self.csv = QRadioButton(tr("CSV text (.csv, UTF-8), for other programs"))
        self.xlsx.setChecked(True)
        self.personal = QCheckBox(tr("Include personal ID numbers and phone numbers"))
        self.personal.setObjectName("include_personal")
        note = QLabel(tr("Leave this unticked when the list leaves the cooperative: ID numbers and phones are personal data."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox()
        ok = buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Format")))
        layout.addWidget(self.xlsx)
        layout.addWidget(self.csv)
        layout.addSpacing(8)
        layout.addWidget(self.personal)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def choice(self) -> tuple[str, bool]:
        return ("xlsx" if self.xlsx.isChecked() else "csv", self.personal.isChecked())


class _ExportJob(QObject):
    """The export, run on a worker thread with its own read-only connection to the file.
    ``progressed(done, total)`` every few hundred members; ``done(n, outcome, text)`` at
    the end, *outcome* one of ``"ok"``, ``"cancelled"``, ``"error"`` (*text*: a message
    for the user) or ``"unexpected"`` (*text*: the traceback)."""

    progressed = Signal(int, int)
    done = Signal(int, str, str)

    def __init__(self, db_path: Path, target: Path, include_personal: bool, today: dt.date | None):
        super().__init__()
        self.db_path, self.target, self.include_personal, self.today = db_path, target, include_personal, today
        self.cancel = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancel.is_set()

    @Slot()
    def run(self) -> None:
        from ocop_desktop.exports import members as exporter
        from ocop_desktop.store.db import Store, wrap_connection
        n, outcome, text = 0, "ok", ""
        conn = None
        try:
            conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=5)
            store = Store(self.db_path, wrap_connection(conn), read_only=True)
            n = exporter.export_members(store, self.target, self.include_personal, self.today, progress=self._progress)
        except exporter.ExportCancelled:
            outcome = "cancelled"
        except StoreError as err:
            outcome, text = "error", str(err)
        except sqlite3.Error as err:
            mapped = classify_sqlite_error(err, str(self.db_path))
            if mapped is err:
                outcome, text = "unexpected", traceback.format_exc()
            else:
                outcome, text = "error", str(mapped)
        except Exception:  # noqa: BLE001 - shown in the error dialog, never raised in a thread
            outcome, text = "unexpected", traceback.format_exc()
        finally:
            if conn is not None:
                conn.close()
        if outcome == "unexpected":
            log.error("member export failed\n%s", text)
        self.done.emit(n, outcome, text)


class _ExportRun(QObject):
    """The GUI side of one export: the progress dialog and a local event loop that ends
    when the worker is done. ``result``: ``(n, outcome, text)`` as :class:`_ExportJob`."""

    def __init__(self, parent, store, target: Path, include_personal: bool, today: dt.date | None):
        super().__init__()
        self.result: tuple[int, str, str] = (0, "unexpected", "")
        self.dialog = QProgressDialog(tr("Exporting the member register…"), tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("member_export_progress")
        self.dialog.setWindowTitle(tr("Export members"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.job = _ExportJob(store.path, target, include_personal, today)
        self.thread = QThread()
        self.job.moveToThread(self.thread)
        self.thread.started.connect(self.job.run)
        self.thread.finished.connect(self.job.deleteLater)
        self.job.progressed.connect(self._progressed)
        self.job.done.connect(self._done)
        self.cancel = self.job.cancel
        self.dialog.canceled.connect(self.cancel.set)
        self.loop = QEventLoop()

    def exec(self) -> tuple[int, str, str]:
        # Python's cyclic GC runs in whichever thread allocates; in the worker it could free
        # Qt objects of the GUI thread. Collect now and pause it until the export ends (as
        # ui/book_export.py and the dossier export do).
        gc_was_enabled = gc.isenabled()
        gc.collect()
        gc.disable()
        try:
            self.thread.start()
            self.loop.exec()
            self.thread.quit()
            self.thread.wait()
        finally:
            if gc_was_enabled:
                gc.enable()
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        return self.result

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            return
        self.dialog.setMaximum(max(1, total))
        self.dialog.setLabelText(tr("Exporting the member register… {done} / {total}",
                                    done=format_money(done, symbol=False), total=format_money(total, symbol=False)))
        self.dialog.setValue(min(done, max(1, total)))

    @Slot(int, str, str)
    def _done(self, n: int, outcome: str, text: str) -> None:
        self.result = (n, outcome, text)
        self.loop.quit()


def export(parent, store, today: dt.date | None = None) -> Path | None:
    """Ask for the format and personal-data option, then a file name, and export the
    register on a worker thread behind a progress dialog that can be cancelled. Returns
    the written path or None (cancelled: nothing written; or failed, with a message)."""
    options = Ask.member_export_options(parent)
    if not options:
        return None
    fmt, include_personal = options
    filters = tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else tr("CSV text (*.csv)")
    path = Ask.save_file(parent, tr("Export members"), filters, f"so-dang-ky-thanh-vien.{fmt}")
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(target.name + f".{fmt}")
    n, outcome, text = _ExportRun(parent, store, target, include_personal, today).exec()
    if outcome == "cancelled":
        Ask.inform(parent, tr("Export members"), tr("Export cancelled: nothing was written."))
        return None
    if outcome == "error":
        Ask.error(parent, tr("Export members"), text)
        return None
    if outcome != "ok":
        from ocop_desktop.ui.dialogs.error import show_unexpected_error
        show_unexpected_error(text, parent)
        return None
    text = tr("Exported {n} members to {path}.", n=format_money(n, symbol=False), path=str(target))
    if not include_personal:
        text += "\n" + tr("ID numbers and phones were left out.")
    Ask.inform(parent, tr("Export members"), text)
    return target
