"""Dossiers page (issue 4): the certification dossiers of the cooperative's products.

Top: the dossiers with their status and completeness, and the actions (new, edit, delete,
ready/submitted/result, export ZIP, print, open a dossier ZIP). Bottom, for the selected
dossier: the evidence checklist with what blocks submission, the files of the selected item
(attach, dates, remove, open with the system viewer, image preview), and the registration
form, editable before export.

Previews: images are shown in the page. PySide6-Essentials has no QtPdf module, so a PDF's
first page cannot be drawn here; the page says so and "Open with the system viewer" opens it.
Printing uses the system print dialog (QPrintDialog) over an HTML rendering of the same two
documents (``exports/dossier_html.py``), since a PDF cannot be rasterised without QtPdf.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressDialog, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.dossier_docs import RegistrationForm
from ocop_desktop.domain.formats import format_date
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import dossiers as dossiers_store
from ocop_desktop.store.db import Store
from ocop_desktop.store.dossier_attachments import (
    add_attachment_file, attachment_content, remove_attachment, update_attachment,
)
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.models.dossiers import ChecklistModel, DossierTableModel
from ocop_desktop.ui.widgets import DateEdit, mark_writes

#: True when this PySide6 has QtPdf (first-page previews of PDFs; PySide6-Addons).
HAS_QTPDF = importlib.util.find_spec("PySide6.QtPdf") is not None


def pdf_first_page(content: bytes, width: int, height: int) -> QPixmap | None:
    """The first page of a PDF (bytes) rendered to fit *width*×*height* pixels with QtPdf,
    or None when the PDF cannot be read."""
    import tempfile
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    with tempfile.TemporaryDirectory() as folder:
        path = f"{folder}/preview.pdf"
        with open(path, "wb") as fh:
            fh.write(content)
        doc = QPdfDocument()
        if doc.load(path) != QPdfDocument.Error.None_ or doc.pageCount() < 1:
            doc.close()
            return None
        size = doc.pagePointSize(0).toSize().scaled(QSize(width, height), Qt.AspectRatioMode.KeepAspectRatio)
        image = doc.render(0, size)
        doc.close()
    return None if image.isNull() else QPixmap.fromImage(image)
_OPENED_DIR: Path | None = None


def open_with_system(path: Path) -> bool:
    """Open *path* with the system's default viewer (QDesktopServices)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _temp_copy(name: str, data: bytes) -> Path:
    """Write *data* to a per-session temporary folder under *name* (kept so a viewer opened
    on it can keep reading)."""
    global _OPENED_DIR
    if _OPENED_DIR is None:
        _OPENED_DIR = Path(tempfile.mkdtemp(prefix="ocop-dossier-"))
    path = _OPENED_DIR / name
    path.write_bytes(data)
    return path


def _table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)


class RegistrationEditor(QWidget):
    """Editor of the registration form of one dossier (saved as the dossier's own copy)."""

    FIELDS = [("unit_name", N_("1. Unit name")), ("representative", N_("2. Legal representative")),
              ("position", N_("3. Position")), ("address", N_("4. Address")), ("phone", N_("5. Phone")),
              ("email", N_("6. Email")), ("tax_code", N_("7. Tax code")), ("product_name", N_("8. Product name")),
              ("product_group", N_("9. Product group")), ("receiving_body", N_("Receiving body")),
              ("place", N_("Place of signing"))]

    def __init__(self, page: "DossiersPage"):
        super().__init__(page)
        self.page = page
        self.edits: dict[str, QLineEdit] = {}
        left = QFormLayout()
        right = QFormLayout()
        for n, (key, label) in enumerate(self.FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"reg_{key}")
            self.edits[key] = edit
            (left if n < 6 else right).addRow(tr(label), edit)
        self.date = DateEdit()
        right.addRow(tr("Date of signing"), self.date)
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(tr("One document per line"))
        self.documents.setMaximumHeight(70)
        self.commitment = QPlainTextEdit()
        self.commitment.setMaximumHeight(56)
        save = QPushButton(tr("Save the form"))
        save.clicked.connect(self.save)
        reset = QPushButton(tr("Fill again from the profile"))
        mark_writes(save, reset)
        reset.clicked.connect(self.reset)
        cols = QHBoxLayout()
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        low = QFormLayout()
        low.addRow(tr("13. Attached documents:"), self.documents)
        low.addRow(tr("14. Commitment:"), self.commitment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(reset)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(cols)
        layout.addLayout(low)
        layout.addLayout(buttons)
        self.form: RegistrationForm | None = None

    def load(self, form: RegistrationForm | None) -> None:
        self.form = form
        self.setEnabled(form is not None)
        form = form or RegistrationForm()
        for key, edit in self.edits.items():
            edit.setText(str(getattr(form, key) or ""))
            edit.setCursorPosition(0)
        self.date.set_value(form.date)
        self.documents.setPlainText("\n".join(form.attached_documents))
        self.commitment.setPlainText(form.commitment)

    def value(self) -> RegistrationForm:
        form = self.form or RegistrationForm()
        data = form.to_dict()
        for key, edit in self.edits.items():
            data[key] = edit.text().strip()
        data["date"] = self.date.value().isoformat() if self.date.value() else None
        data["attached_documents"] = [line.strip() for line in self.documents.toPlainText().splitlines() if line.strip()]
        data["commitment"] = self.commitment.toPlainText().strip()
        return RegistrationForm.from_dict(data)

    def save(self) -> None:
        did = self.page.current_id()
        if did is None:
            return
        dossiers_store.save_registration_form(self.page.store, did, self.value())
        self.page.status_label.setText(tr("Registration form saved."))

    def reset(self) -> None:
        did = self.page.current_id()
        if did is None or not Ask.confirm(self, tr("Registration form"),
                                          tr("Replace your edits with the data of the cooperative profile and the product?")):
            return
        dossiers_store.save_registration_form(self.page.store, did, None)
        self.load(dossiers_store.registration_form(self.page.store, did, self.page.today))


class _ExportJob(QObject):
    """Exports one dossier in a worker thread over its own read-only connection (SQLite
    connections stay in the thread that opened them). Emits ``progress(done, total)`` and
    ``done(path, error)`` (one of them empty)."""

    progress = Signal(int, int)
    done = Signal(str, str)

    def __init__(self, db_path: Path, dossier_id: int, target: Path, today: dt.date | None):
        super().__init__()
        self.db_path, self.dossier_id, self.target, self.today = db_path, dossier_id, target, today
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _step(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._cancel

    def run(self) -> None:
        from ocop_desktop.exports.dossier_export import export_dossier
        from ocop_desktop.store.db import open_store
        try:
            store = open_store(self.db_path, read_only=True)
            try:
                written = export_dossier(store, self.dossier_id, self.target.parent, self.today, self._step)
            finally:
                store.close()
            if written.name != self.target.name:
                written = written.replace(self.target)
        except (StoreError, OSError) as err:
            self.done.emit("", str(err))
            return
        except Exception as err:  # a bug: still end the job so the page comes back
            self.done.emit("", tr("The export failed: {reason}", reason=repr(err)))
            return
        self.done.emit(str(written), "")


class DossiersPage(QWidget):
    """The Dossiers page; *today* fixes the date used for the checklist (None = real today).

    Signals: ``exported(path)`` and ``export_failed(message)`` when a background export ends."""

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, store: Store, window=None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._export_thread: QThread | None = None
        self._export_job: _ExportJob | None = None
        self._progress: QProgressDialog | None = None
        self.store = store
        self.window_ = window
        self.today = today
        self.model = DossierTableModel(store, self, today)
        self.view = QTableView()
        self.view.setObjectName("dossiers_table")
        _table(self.view)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((0, 150, 110, 70, 55, 130, 140, 90, 60)):
            if width:
                self.view.setColumnWidth(col, width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self.view.doubleClicked.connect(lambda _i: self.edit())

        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, tip in (
            ("new", tr("New dossier…"), self.new, ""),
            ("edit", tr("Edit…"), self.edit, ""),
            ("delete", tr("Delete"), self.delete, ""),
            ("ready", tr("Mark ready"), lambda: self.move("ready"), tr("Checks that nothing blocks submission")),
            ("draft", tr("Back to draft"), lambda: self.move("draft"), ""),
            ("submitted", tr("Mark submitted"), lambda: self.move("submitted"), ""),
            ("result", tr("Record result…"), self.record_result, ""),
            ("export", tr("Export ZIP…"), self.export, tr("One ZIP for the council: PDF, DOCX, evidence, manifest")),
            ("print", tr("Print…"), self.print_documents, ""),
            ("open_zip", tr("Open a dossier ZIP…"), self.open_zip, tr("Verify a dossier ZIP and view it read-only")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"dossier_{key}")
            if tip:
                button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)

        # checklist tab
        self.summary = QLabel()
        self.summary.setObjectName("dossier_summary")
        self.summary.setWordWrap(True)
        self.blockers = QListWidget()
        self.blockers.setObjectName("dossier_blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setMaximumHeight(96)
        self.checklist_model = ChecklistModel(self)
        self.checklist_view = QTableView()
        self.checklist_view.setObjectName("dossier_checklist")
        _table(self.checklist_view)
        self.checklist_view.setModel(self.checklist_model)
        ch = self.checklist_view.horizontalHeader()
        ch.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 64), (2, 52), (3, 100), (4, 90), (5, 90)):
            self.checklist_view.setColumnWidth(col, width)
        self.checklist_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_item())

        self.files = QListWidget()
        self.files.setObjectName("dossier_files")
        self.files.setWordWrap(True)
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.currentRowChanged.connect(lambda _r: self.show_preview())
        self.files.itemDoubleClicked.connect(lambda _i: self.open_file())
        self.preview = QLabel()
        self.preview.setObjectName("dossier_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(110)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("border: 1px solid #ccc; background: #fafafa; color: #555")
        file_buttons = QGridLayout()
        for n, (key, text, slot) in enumerate( (("attach", tr("Attach…"), self.attach), ("details", tr("Dates…"), self.edit_file),
                                ("remove", tr("Remove"), self.remove_file), ("open", tr("Open"), self.open_file))):
            button = QPushButton(text)
            button.setObjectName(f"file_{key}")
            button.clicked.connect(slot)
            self.buttons[f"file_{key}"] = button
            file_buttons.addWidget(button, n // 2, n % 2)
        self.buttons["file_open"].setToolTip(tr("Open with the system viewer"))
        mark_writes(*(self.buttons[k] for k in ("new", "delete", "ready", "draft", "submitted", "result",
                                                 "file_attach", "file_details", "file_remove")))
        files_box = QGroupBox(tr("Files of the selected document"))
        fl = QVBoxLayout(files_box)
        fl.addWidget(self.files, 1)
        fl.addLayout(file_buttons)
        fl.addWidget(self.preview, 1)
        files_box.setMaximumWidth(340)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.summary)
        ll.addWidget(self.blockers)
        ll.addWidget(self.checklist_view, 1)
        checklist_split = QSplitter(Qt.Orientation.Horizontal)
        checklist_split.addWidget(left)
        checklist_split.addWidget(files_box)
        checklist_split.setStretchFactor(0, 3)
        checklist_split.setStretchFactor(1, 1)
        checklist_split.setSizes([820, 300])

        self.registration = RegistrationEditor(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(checklist_split, tr("Evidence checklist"))
        self.tabs.addTab(self.registration, tr("Registration form"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([150, 500])
        self.status_label = QLabel()
        self.status_label.setObjectName("dossier_status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)
        if self.model.rowCount():
            self.view.selectRow(0)
        self.show_current()

    # --- selection ----------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.model.dossier_id(self.view.currentIndex().row())

    def refresh(self) -> None:
        """Reload the list, keeping the selected dossier."""
        keep = self.current_id()
        self.model.refresh()
        row = self.model.row_of(keep) if keep is not None else (0 if self.model.rowCount() else -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectionModel().select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        self.show_current()

    def show_current(self) -> None:
        did = self.current_id()
        has = did is not None
        self.buttons["draft"].setVisible(False)
        for key in ("edit", "delete", "ready", "submitted", "result", "export", "print", "file_attach"):
            self.buttons[key].setEnabled(has)
        if not has:
            self.checklist_model.set_checklist(None)
            self.summary.setText(tr("No dossier selected. Create one with “New dossier…”."))
            self.blockers.clear()
            self.registration.load(None)
            self.show_item()
            return
        d = dossiers_store.get_dossier(self.store, did)
        self.buttons["ready"].setEnabled(d.status == "draft")
        self.buttons["ready"].setVisible(d.status != "ready")
        self.buttons["draft"].setVisible(d.status == "ready")
        self.buttons["submitted"].setEnabled(d.status == "ready")
        self.buttons["result"].setEnabled(d.status == "submitted")
        self.buttons["delete"].setEnabled(d.status in ("draft", "ready"))
        checklist = dossiers_store.dossier_checklist(self.store, did, self.today)
        keep = self.checklist_view.currentIndex().row()
        self.checklist_model.set_checklist(checklist)
        if self.checklist_model.rowCount():
            self.checklist_view.selectRow(min(max(keep, 0), self.checklist_model.rowCount() - 1))
        missing = sum(1 for i in checklist.items if "missing" in i.flags)
        self.summary.setText(tr("<b>Complete: {pct} %</b> — {done} of {total} documents in order; {missing} missing; "
                                "{blockers} problems block submission.", pct=checklist.completeness,
                                done=sum(1 for i in checklist.items if i.ok), total=len(checklist.items),
                                missing=missing, blockers=len(checklist.blockers)))
        self.blockers.clear()
        for text in checklist.blockers:
            self._note(text, "#b00020")
        for text in checklist.warnings:
            self._note(text, "#a15c00")
        if not checklist.blockers and not checklist.warnings:
            self._note(tr("Nothing blocks submission."), "#1b7f3b")
        self.registration.load(dossiers_store.registration_form(self.store, did, self.today))
        self.show_item()

    def _note(self, text: str, colour: str) -> None:
        entry = QListWidgetItem("• " + text, self.blockers)
        entry.setForeground(QColor(colour))

    def current_item(self):
        return self.checklist_model.item(self.checklist_view.currentIndex().row())

    def show_item(self) -> None:
        self.files.clear()
        item = self.current_item()
        if item is not None:
            for att in item.files:
                date = f" — {format_date(att.doc_date)}" if att.doc_date else ""
                entry = QListWidgetItem(f"{att.file_name}{date}", self.files)
                entry.setData(Qt.ItemDataRole.UserRole, att)
                entry.setToolTip(tr("{kind}, {size} KB, SHA-256 {sha}", kind=att.kind.upper(), size=max(att.size // 1024, 1),
                                    sha=att.sha256[:16] + "…"))
            if item.files:
                self.files.setCurrentRow(0)
        for key in ("file_details", "file_remove", "file_open"):
            self.buttons[key].setEnabled(bool(item and item.files))
        self.buttons["file_attach"].setEnabled(item is not None)
        self.show_preview()

    def current_file(self):
        entry = self.files.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def show_preview(self) -> None:
        att = self.current_file()
        self.preview.setPixmap(QPixmap())
        if att is None:
            self.preview.setText(tr("No file"))
            return
        if att.kind in ("png", "jpeg"):
            pixmap = QPixmap()
            pixmap.loadFromData(attachment_content(self.store, att.sha256))
            if not pixmap.isNull():
                self.preview.setPixmap(pixmap.scaled(280, 160, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))
                return
        if att.kind == "pdf" and HAS_QTPDF:
            pixmap = pdf_first_page(attachment_content(self.store, att.sha256), 280, 160)
            if pixmap is not None:
                self.preview.setPixmap(pixmap)
                return
        if att.kind == "pdf" and not HAS_QTPDF:
            self.preview.setText(tr("PDF preview needs the QtPdf module, which this installation does not have. "
                                    "Use “Open” to see it in the system viewer."))
            return
        self.preview.setText(tr("{kind} document: use “Open” to see it.", kind=att.kind.upper()))

    # --- dossier actions ----------------------------------------------------------
    def new(self) -> None:
        did = Ask.edit_dossier(self, self.store, None, self.today)
        if did:
            self.model.refresh()
            self.view.selectRow(self.model.row_of(did))
            self.show_current()

    def edit(self) -> None:
        did = self.current_id()
        if did is None:
            return
        if Ask.edit_dossier(self, self.store, dossiers_store.get_dossier(self.store, did), self.today):
            self.refresh()

    def delete(self) -> None:
        did = self.current_id()
        if did is None or not Ask.confirm(self, tr("Delete dossier"),
                                          tr("Delete this dossier and its attached files? This cannot be undone.")):
            return
        try:
            dossiers_store.delete_dossier(self.store, did)
        except StoreError as err:
            Ask.error(self, tr("Delete dossier"), str(err))
            return
        self.refresh()

    def move(self, status: str) -> None:
        did = self.current_id()
        if did is None:
            return
        try:
            dossiers_store.set_status(self.store, did, status, self.today)
        except StoreError as err:
            Ask.error(self, tr("Dossier status"), str(err))
            return
        self.refresh()

    def record_result(self) -> None:
        did = self.current_id()
        if did is None:
            return
        d = dossiers_store.get_dossier(self.store, did)
        values = Ask.dossier_result(self, d.target_stars)
        if not values:
            return
        try:
            dossiers_store.record_result(self.store, did, today=self.today, **values)
        except StoreError as err:
            Ask.error(self, tr("Record the result"), str(err))
            return
        self.refresh()
        if self.window_ is not None and hasattr(self.window_, "update_titles"):
            self.window_.update_titles()

    def export(self) -> bool:
        """Ask where to save, then export the selected dossier off the GUI thread with a
        progress dialog that can be cancelled; :attr:`exported` is emitted with the path
        (or :attr:`export_failed` with a message). Returns True when an export started."""
        did = self.current_id()
        if did is None or self._export_thread is not None:
            return False
        from ocop_desktop.exports.dossier_export import zip_name
        row = self.model._rows[did]
        target = Ask.save_file(self, tr("Export the dossier"), tr("ZIP files (*.zip)"),
                               zip_name(row["product_name"], row["year"], did))
        if not target:
            return False
        self._progress = QProgressDialog(tr("Exporting the dossier…"), tr("Cancel"), 0, 0, self)
        self._progress.setWindowTitle(tr("Export the dossier"))
        self._progress.setMinimumDuration(400)
        # not modal: a modal QProgressDialog.setValue() processes events re-entrantly; the
        # page is disabled instead until the export ends
        self._progress.setWindowModality(Qt.WindowModality.NonModal)
        self.setEnabled(False)
        # Python's cyclic GC may run in whichever thread allocates; if it ran in the worker it
        # could free Qt widgets there and crash. Collect now on the GUI thread and pause the
        # automatic collector until the export ends (Anki's aqt GarbageCollector does the same).
        gc.collect()
        gc.disable()
        job = _ExportJob(self.store.path, did, Path(target), self.today)
        thread = QThread(self)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self._export_progress)
        # quit the worker's loop from the worker itself, before the GUI slot waits for it
        job.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        job.done.connect(self._export_done)
        self._progress.canceled.connect(job.cancel)
        self._export_job, self._export_thread = job, thread
        thread.start()
        return True

    def _export_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _export_done(self, path: str, error: str) -> None:
        if self._export_thread is not None:
            self._export_thread.wait()
            self._export_job.deleteLater()
            self._export_thread.deleteLater()
        self._export_thread = self._export_job = None
        gc.enable()
        self.setEnabled(True)
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if path:
            self.status_label.setText(tr("Exported to {path}", path=path))
            self.exported.emit(path)
        else:
            self.status_label.setText(error)
            if not self._cancelled_text(error):
                Ask.error(self, tr("Export the dossier"), error)
            self.export_failed.emit(error)

    @staticmethod
    def _cancelled_text(error: str) -> bool:
        return error == tr("Export cancelled.")

    def print_documents(self) -> bool:
        """Print the registration form and the self-assessment report through the system
        print dialog (HTML rendering of the PDF's content; see the module docstring)."""
        did = self.current_id()
        if did is None:
            return False
        printer = Ask.printer(self)
        if printer is None:
            return False
        from ocop_desktop.exports.dossier_export import dossier_documents
        from ocop_desktop.exports.dossier_html import dossier_html
        form, report, _ = dossier_documents(self.store, did, self.today)
        document = QTextDocument()
        document.setHtml(dossier_html(form, report))
        document.print_(printer)
        self.status_label.setText(tr("Sent to the printer."))
        return True

    def open_zip(self) -> None:
        path = Ask.open_file(self, tr("Open a dossier ZIP"), tr("ZIP files (*.zip)"))
        if not path:
            return
        from ocop_desktop.exports.dossier_zip import check_zip
        result = check_zip(path)
        if not result.ok:
            Ask.error(self, tr("Dossier refused"), tr("This dossier ZIP was refused:") + "\n• " + "\n• ".join(result.problems))
            return
        Ask.view_verified_dossier(self, Path(path), result.manifest)

    # --- files --------------------------------------------------------------------
    def attach(self) -> None:
        did, item = self.current_id(), self.current_item()
        if did is None or item is None:
            return
        path = Ask.open_file(self, tr("Attach evidence: {label}", label=item.label),
                             tr("Documents (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;All files (*)"))
        if not path:
            return
        try:
            add_attachment_file(self.store, did, item.key, path)
        except StoreError as err:
            Ask.error(self, tr("Attach evidence"), str(err))
            return
        self.refresh()  # reloads the list and keeps the dossier selected

    def edit_file(self) -> None:
        att = self.current_file()
        if att is None:
            return
        values = Ask.attachment_details(self, att)
        if values is None:
            return
        try:
            update_attachment(self.store, att.id, *values)
        except StoreError as err:
            Ask.error(self, tr("Document details"), str(err))
            return
        self.refresh()

    def remove_file(self) -> None:
        att = self.current_file()
        if att is None or not Ask.confirm(self, tr("Remove file"), tr("Remove {name} from the dossier?", name=att.file_name)):
            return
        remove_attachment(self.store, att.id)
        self.refresh()

    def open_file(self) -> Path | None:
        att = self.current_file()
        if att is None:
            return None
        from ocop_desktop.domain.dossier_files import EXTENSIONS, safe_name
        name = safe_name(Path(att.file_name).stem) + EXTENSIONS.get(att.kind, "")
        path = _temp_copy(name, attachment_content(self.store, att.sha256))
        open_with_system(path)
        return path
