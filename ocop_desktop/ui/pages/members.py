"""Members page: the member register as a searchable, sortable table."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ocop_desktop.domain.formats import format_count, format_money
from ocop_desktop.domain.members import MEMBER_TYPES, Member, member_type_label
from ocop_desktop.i18n import tr
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.models.members import MemberTableModel
from ocop_desktop.ui.widgets import EnumCombo, mark_writes, select_row


class SaveMemberCommand(QUndoCommand):
    """Undoable save of one member: *before* is None for a new member.

    The command keeps the store and a *notify(member_id)* callback rather than the page, so
    it still refreshes the right page after the window rebuilt its pages (language switch)."""

    def __init__(self, page: "MembersPage", before: Member | None, after: Member):
        super().__init__(tr("Add member {name}", name=after.full_name) if before is None
                         else tr("Edit member {name}", name=after.full_name))
        self.store = page.store
        self.notify = page.notify
        self.before = before
        self.after = after

    def redo(self) -> None:
        with self.store.atomic():
            new_id = members_store.write_member(self.store, self.after)
        self.after = dataclasses.replace(self.after, id=new_id)
        self.notify(new_id)

    def undo(self) -> None:
        store = self.store
        with store.atomic() as db:
            if self.before is None:
                db.execute("DELETE FROM contributions WHERE member_id = ?", [self.after.id])
                db.execute("DELETE FROM members WHERE id = ?", [self.after.id])
                self.after = dataclasses.replace(self.after, id=None,
                                                 contributions=[dataclasses.replace(c, id=None) for c in self.after.contributions])
            else:
                members_store.write_member(store, self.before)
        self.notify(self.before.id if self.before else None)


class DeleteMemberCommand(QUndoCommand):
    """Undoable deletion of a member entered by mistake (one without capital history)."""

    def __init__(self, page: "MembersPage", member: Member):
        super().__init__(tr("Delete member {name}", name=member.full_name))
        self.store = page.store
        self.notify = page.notify
        self.member = member

    def redo(self) -> None:
        members_store.delete_member(self.store, self.member.id)
        self.notify(None)

    def undo(self) -> None:
        with self.store.atomic():
            members_store.write_member(self.store, self.member, insert=True)
        self.notify(self.member.id)


class MembersPage(QWidget):
    """Search box (results as you type), filters by type and status, the register table,
    and Add / Edit / Delete / Import / Export. Edits go through the window's undo stack."""

    title = "Members"

    def __init__(self, store: Store, undo_stack: QUndoStack, parent=None, notify=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        #: called with a member id (or None) after an undoable change; the window passes a
        #: function that reaches its current members page
        self.notify = notify or self.changed
        self.model = MemberTableModel(store, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, ID number or phone (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("member_search")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.type_filter = EnumCombo([(None, tr("All member types"))] + [(t, member_type_label(t)) for t in MEMBER_TYPES])
        self.status_filter = EnumCombo([("active", tr("Active members")), ("left", tr("Members who left")), (None, tr("All statuses"))])
        self.type_filter.changed.connect(self.apply_filter)
        self.status_filter.changed.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setObjectName("members_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)  # a selected row would make every title bold and too wide
        for col, width in enumerate([148, 150, 56, 80, 106, 90, 88, 106, 100, 44, 100]):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.add_button = QPushButton(tr("&Add member"))
        self.edit_button = QPushButton(tr("&Open / edit"))
        self.delete_button = QPushButton(tr("Delete"))
        self.import_button = QPushButton(tr("&Import…"))
        self.export_button = QPushButton(tr("E&xport…"))
        mark_writes(self.add_button, self.delete_button, self.import_button)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_members)
        self.export_button.clicked.connect(self.export_members)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, activated=self.add_member)  # Ctrl+N is File ▸ New
        # Enter edits and Delete deletes the current row; Down or Enter in the search box
        # moves to the results.
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)

        self.summary = QLabel()
        self.summary.setObjectName("members_summary")
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #9a5b00;")
        self.warning.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.type_filter, 1)
        top.addWidget(self.status_filter, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.summary)
        self.update_summary()
        # A 1–2 letter search is counted in the background; show the final count (issue 7).
        self.model.counted.connect(lambda _n: self.update_summary())

    # --- filtering ----------------------------------------------------------------
    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.search.text(), self.type_filter.value(), self.status_filter.value())
        self.update_summary()

    def update_summary(self) -> None:
        s = members_store.member_summary(self.store)
        self.summary.setText(tr(
            "Showing {shown} · Active: {official} official, {assoc} associate with capital, {assoc0} associate without capital · Capital committed {committed}, paid {paid}",
            shown=format_count(self.model.rowCount()), official=format_count(s["official"]),
            assoc=format_count(s["associate_capital"]), assoc0=format_count(s["associate_no_capital"]), committed=format_money(s["committed"]), paid=format_money(s["paid"])))
        hints = members_store.register_warnings(self.store)
        if s["total"] == 0 and not self.search.text():
            hints.insert(0, tr("The register is empty: press \"Add member\" (Insert key) or \"Import…\" to bring in a member list from Excel or CSV."))
        self.warning.setText("\n".join(hints))

    def changed(self, member_id: int | None) -> None:
        """Reload after a change and select *member_id*."""
        self.model.refresh()
        self.update_summary()
        if member_id is not None:
            self.select_member(member_id)

    def select_member(self, member_id: int) -> None:
        select_row(self.table, self.model.row_of(member_id))

    def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            key = event.key()
            if obj is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if obj is self.table and key == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focus_results()
                return True
        return super().eventFilter(obj, event)

    def focus_results(self) -> None:
        """Move the keyboard focus from the search box to the first result."""
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.select_member(self.model.member_id(0))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.member_id(index.row()) if index.isValid() else None

    # --- actions ------------------------------------------------------------------
    def add_member(self) -> None:
        member = Ask.edit_member(self, self.store, None)
        if member is not None:
            self.undo_stack.push(SaveMemberCommand(self, None, member))

    def edit_selected(self) -> None:
        mid = self.selected_id()
        if mid is None:
            return
        before = members_store.get_member(self.store, mid)
        after = Ask.edit_member(self, self.store, before)
        if after is not None and after != before and after.id is not None:
            self.undo_stack.push(SaveMemberCommand(self, before, after))

    def delete_selected(self) -> None:
        mid = self.selected_id()
        if mid is None:
            return
        member = members_store.get_member(self.store, mid)
        if member.contributions:
            Ask.error(self, tr("Cannot delete"), tr(
                "{name} has capital contributions and cannot be deleted. Open the member and set the status to \"Left\" with the date and reason.",
                name=member.full_name))
            return
        if not Ask.confirm(self, tr("Delete member"), tr("Delete {name} from the register? This is for entries made by mistake.", name=member.full_name)):
            return
        try:
            self.undo_stack.push(DeleteMemberCommand(self, member))
        except StoreError as err:
            Ask.error(self, tr("Cannot delete"), str(err))

    def import_members(self) -> None:
        from ocop_desktop.ui.dialogs import import_members
        if import_members.run(self, self.store):
            self.undo_stack.clear()
            self.changed(None)

    def export_members(self) -> None:
        from ocop_desktop.ui.dialogs import import_members
        import_members.export(self, self.store)
