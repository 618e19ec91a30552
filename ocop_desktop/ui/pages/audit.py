"""History page (issue 6 item 5): every change, filterable, exportable; per-record view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QProgressDialog,
    QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ocop_desktop.domain.formats import format_count
from ocop_desktop.i18n import tr
from ocop_desktop.store import audit
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.models.audit import AuditTableModel
from ocop_desktop.ui.widgets import DateEdit

__all__ = ["AuditPage", "RecordHistoryDialog"]


def _table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    for col, width in enumerate((125, 150, 150, 190, 80)):
        view.setColumnWidth(col, width)
    header.setSectionResizeMode(len(model.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
    return view


class AuditPage(QWidget):
    """The filterable log: record type, user, action, dates, text; Export; History of one
    record (double-click a row)."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search in values (name, number…)"))
        self.search.setClearButtonEnabled(True)
        self.table = QComboBox()
        self.user = QComboBox()
        self.action = QComboBox()
        self.date_from = DateEdit(optional=True)
        self.date_to = DateEdit(optional=True)
        for w in (self.search, self.table, self.user, self.action):
            bar.addWidget(w)
        bar.addWidget(QLabel(tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(tr("to")))
        bar.addWidget(self.date_to)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.model = AuditTableModel(store, self)
        self.view = _table_view(self.model)
        self.view.doubleClicked.connect(self.open_record)
        layout.addWidget(self.view, 1)
        foot = QHBoxLayout()
        self.count = QLabel()
        foot.addWidget(self.count, 1)
        self.search_progress = QProgressBar()
        self.search_progress.setRange(0, 100)
        self.search_progress.setFormat(tr("Searching… %p%"))
        self.search_progress.setMaximumWidth(260)
        self.stop_button = QPushButton(tr("Stop searching"))
        self.stop_button.clicked.connect(self.stop_search)
        foot.addWidget(self.search_progress)
        foot.addWidget(self.stop_button)
        layout.addLayout(foot)
        self.model.progress.connect(self._progress)
        self.model.searched.connect(self._searched)
        self.model.rowsInserted.connect(self._show_count)
        self.fill_filters()
        self.search.textChanged.connect(self.apply)
        for combo in (self.table, self.user, self.action):
            combo.currentIndexChanged.connect(self.apply)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self.apply)
        self.apply()

    def fill_filters(self) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        self.table.addItem(tr("All record types"), None)
        for name in audit.logged_tables(self.store):
            self.table.addItem(tr(audit.TABLE_LABELS[name]), name)
        self.table.blockSignals(False)
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(tr("All users"), None)
        for name in audit.logged_users(self.store):
            self.user.addItem(name, name)
        self.user.blockSignals(False)
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(tr("All actions"), None)
        for key, label in audit.ACTION_LABELS.items():
            self.action.addItem(tr(label), key)
        self.action.blockSignals(False)

    def apply(self, *_args) -> None:
        self.model.set_filters(table=self.table.currentData(), user=self.user.currentData(),
                               action=self.action.currentData(), search=self.search.text().strip(),
                               date_from=self.date_from.value(), date_to=self.date_to.value())
        self._show_count()
        searching = self.model.searching
        self.search_progress.setValue(0)
        self.search_progress.setVisible(searching)
        self.stop_button.setVisible(searching)
        self.export_button.setEnabled(not searching)

    def _show_count(self, *_args) -> None:
        self.count.setText(tr("{n} changes", n=format_count(self.model.rowCount())))

    def _progress(self, done: float) -> None:
        self.search_progress.setValue(int(done * 100))

    def _searched(self, completed: bool) -> None:
        self.search_progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.export_button.setEnabled(True)
        self._show_count()
        if not completed:
            self.count.setText(tr("{n} changes (search stopped)", n=format_count(self.model.rowCount())))

    def stop_search(self) -> None:
        """Stop a running text search; the changes found so far stay listed."""
        self.model.stop_search()

    def refresh(self) -> None:
        """Called when the page is shown: pick up new changes."""
        self.fill_filters()
        self.apply()

    def open_record(self, index) -> None:
        if not index.isValid():
            return
        entry = self.model.entry(index.row())
        dialog = RecordHistoryDialog(self.store, entry["table_name"], entry["row_id"], self)
        dialog.open()

    def export(self) -> None:
        stamp = dt.date.today().strftime("%Y%m%d")
        path = Ask.save_file(self, tr("Export the history"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"), f"lich-su-thay-doi-{stamp}.xlsx")
        if not path:
            return
        from ocop_desktop.exports.audit import ExportCancelled, export_audit
        total = self.model.rowCount()
        dialog = QProgressDialog(tr("Exporting the history…"), tr("Cancel"), 0, max(1, total), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)

        def progress(done: int, _total: int) -> bool:
            dialog.setValue(min(done, total))
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            ids = self.model.query.iter_ids(self.store, ranges=self.model.id_ranges())
            path = export_audit(self.store, ids, path, progress=progress, total=total)
        except ExportCancelled:
            return
        except StoreError as err:
            from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
            SafetyAsk.store_error(self, err)
            return
        finally:
            dialog.close()
            dialog.deleteLater()
        Ask.inform(self, tr("Export the history"), tr("{n} changes written to {path}", n=format_count(self.model.rowCount()), path=path))


class RecordHistoryDialog(QDialog):
    """Every change of one record, oldest first."""

    def __init__(self, store, table: str, row_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("History of {what}", what=tr(audit.TABLE_LABELS.get(table, table)) + f" #{row_id}"))
        layout = QVBoxLayout(self)
        from ocop_desktop.ui.models.audit import RecordChangesModel
        self.model = RecordChangesModel(store, table, row_id, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        for col, width in enumerate((125, 170, 80, 170, 240)):
            self.view.setColumnWidth(col, width)
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.setMinimumSize(900, 360)
        self.resize(1100, 460)
