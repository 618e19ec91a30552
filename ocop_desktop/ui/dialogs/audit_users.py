"""The app user chosen at start (issue 6 item 5) and the list of users.

When the cooperative file has users, :class:`ChooseUserDialog` asks who is working (a
simple list of names; a password only for users who have one). Changes are then recorded
under that name and the OS account.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QVBoxLayout,
)

from ocop_desktop.i18n import tr
from ocop_desktop.store import audit
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask

__all__ = ["ChooseUserDialog", "UsersDialog"]


class ChooseUserDialog(QDialog):
    """Who is working? ``chosen`` is the name after OK (password checked)."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.chosen: str | None = None
        self.setWindowTitle(tr("Who is working?"))
        layout = QVBoxLayout(self)
        label = QLabel(tr("Choose your name. Changes you make are recorded under it."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.users = audit.list_users(store)
        for u in self.users:
            self.list.addItem(u["name"])
        layout.addWidget(self.list)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Password:"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemDoubleClicked.connect(lambda _i: self.try_accept())
        if self.users:
            self.list.setCurrentRow(0)
        self.resize(380, 340)

    def _row_changed(self, row: int) -> None:
        needs = 0 <= row < len(self.users) and self.users[row]["has_password"]
        self.password.setEnabled(needs)
        self.password.clear()
        self.message.clear()

    def try_accept(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self.users):
            return False
        name = self.users[row]["name"]
        if not audit.check_password(self.store, name, self.password.text()):
            self.message.setText(tr("Wrong password."))
            return False
        self.chosen = name
        self.accept()
        return True


class UsersDialog(QDialog):
    """Settings ▸ Users…: add or retire the names chosen at start."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("Users"))
        layout = QVBoxLayout(self)
        info = QLabel(tr("When the list is not empty, OCOP Desktop asks who is working at start and "
                         "records every change under that name. A password is optional."))
        info.setWordWrap(True)
        layout.addWidget(info)
        self.list = QListWidget()
        layout.addWidget(self.list)
        form = QFormLayout()
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Password (optional):"), self.password)
        layout.addLayout(form)
        row = QHBoxLayout()
        add = QPushButton(tr("Add user"))
        add.clicked.connect(self.add)
        remove = QPushButton(tr("Remove selected"))
        remove.clicked.connect(self.remove)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()
        self.resize(420, 380)

    def reload(self) -> None:
        self.list.clear()
        self.users = audit.list_users(self.store)
        for u in self.users:
            self.list.addItem(u["name"] + ("  " + tr("(has a password)") if u["has_password"] else ""))

    def add(self) -> None:
        try:
            audit.add_user(self.store, self.name.text(), self.password.text())
        except StoreError as err:
            Ask.error(self, tr("Cannot add the user"), str(err))
            return
        self.name.clear()
        self.password.clear()
        self.reload()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.users) and Ask.confirm(
                self, tr("Users"), tr("Remove {name} from the list? Their past changes keep their name.", name=self.users[row]["name"])):
            audit.remove_user(self.store, self.users[row]["id"])
            self.reload()
