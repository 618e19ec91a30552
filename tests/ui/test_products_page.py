"""Products page: models, filters, star delegate, needs-attention list and sidebar badge.

Demo facts (resources/demo/products.json): the pickled cassava's 3★ certificate was issued on
20/12/2022, so it expired on 20/12/2025 (issue + 36 months); on the demo's today 29/11/2026
it is 344 days past expiry and the only certificate needing attention."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from ocop_desktop.demo import DEMO_TODAY
from ocop_desktop.domain.certificates import Certificate
from ocop_desktop.store import products as ps
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.delegates.ocop_stars import StarDelegate, StarEditor, StarRating
from ocop_desktop.ui.main_window import MainWindow
from ocop_desktop.ui.models.products import CertificateHistoryModel, ProductTableModel
from ocop_desktop.ui.pages.products import ProductsPage

CASSAVA = "Sắn muối chua Liên Gia Trang"


def _cassava(store):
    return store.scalar("SELECT id FROM products WHERE name = ?", [CASSAVA])


def test_models_pass_qt_model_tester(qtmodeltester, demo_store):
    model = ProductTableModel(demo_store, today=DEMO_TODAY)
    qtmodeltester.check(model)
    model.set_filter(status="attention")
    qtmodeltester.check(model)
    history = CertificateHistoryModel(demo_store, today=DEMO_TODAY)
    history.set_product(_cassava(demo_store))
    qtmodeltester.check(history)


def test_table_shows_rating_status_and_expiry(demo_store):
    model = ProductTableModel(demo_store, today=DEMO_TODAY)
    cols = [c for c, _ in model.COLUMNS]
    row = model.row_of(_cassava(demo_store))
    assert model.index(row, cols.index("stars")).data(Qt.ItemDataRole.EditRole) == 3
    assert model.index(row, cols.index("stars")).data(Qt.ItemDataRole.UserRole + 1) is True  # expired → muted
    assert model.index(row, cols.index("status")).data() == "Hết hiệu lực"
    assert model.index(row, cols.index("expiry")).data() == "20/12/2025"
    assert model.index(row, cols.index("price")).data() == "45.000 ₫"
    model.set_filter(stars=0)
    assert model.rowCount() == 2
    model.set_filter(stars=None, form_code="08")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Cá thính Liên Gia Trang"]


def test_star_rating_paints_and_editor_keys(qtbot):
    image = QImage(100, 24, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    from PySide6.QtGui import QPalette
    StarRating(3).paint(painter, QRect(0, 0, 100, 24), QPalette())
    painter.end()
    assert image.pixelColor(3 + 7, 12).name() != "#ffffff"  # first star filled
    editor = StarEditor()
    qtbot.addWidget(editor)
    editor.star_rating.count = 3
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.star_rating.count == 4
    with qtbot.waitSignal(editor.editing_finished):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_needs_attention_and_sidebar_badge(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())]
    item = window.sidebar.item(keys.index("products"))
    # real today may differ from the demo's; the badge follows the page's count
    page = window.pages["products"]
    n = page.badge()
    assert n >= 1
    assert item.text().endswith(f"({n})")


def test_page_lists_attention_and_adds_certificate(qtbot, demo_store, monkeypatch):
    page = ProductsPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    assert page.attention.count() == 1
    assert "20/12/2025" in page.attention.item(0).text()
    page.select_product(_cassava(demo_store))
    assert page.cert_model.rowCount() == 1
    new = Certificate(product_id=_cassava(demo_store), stars=3, issue_date=dt.date(2026, 10, 5),
                      authority_level="province", authority_name="UBND tỉnh Phú Thọ")
    monkeypatch.setattr(Ask, "edit_certificate", classmethod(lambda cls, p, c, n="": new))
    page.add_certificate()
    assert page.cert_model.rowCount() == 2
    assert page.attention.count() == 0
    assert not page.attention_box.isVisibleTo(page)
    assert page.cert_model.index(0, 5).data() == "05/10/2029"


def test_status_filter_attention_shows_only_cassava(qtbot, demo_store):
    page = ProductsPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.status_filter.set_value("attention")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == CASSAVA


def test_delete_certified_product_refused(qtbot, demo_store, monkeypatch):
    page = ProductsPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.select_product(_cassava(demo_store))
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, text: errors.append(text)))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: pytest.fail("must not ask")))
    page.delete_selected()
    assert errors and _cassava(demo_store) is not None


def test_product_dialog_refuses_bad_price(qtbot, store):
    from ocop_desktop.ui.dialogs.product import ProductDialog
    dialog = ProductDialog(store)
    qtbot.addWidget(dialog)
    dialog.name.setText("Mật ong bạc hà")
    dialog.price.setText("12,5")
    assert dialog.try_accept() is False
    assert "12,5" in dialog.problems.text()
    dialog.price.setText("150.000")
    dialog.form_code.set_value("04")
    assert dialog.try_accept() is True
    assert dialog.result_product.price == 150000 and dialog.result_product.form_code == "04"


def test_warning_window_setting_changes_attention(qtbot, store):
    from ocop_desktop.domain.products import Product
    today = dt.date(2026, 11, 29)
    pid = ps.save_product(store, Product(name="Mật ong bạc hà", form_code="04"), today)
    ps.save_certificate(store, Certificate(pid, 4, dt.date(2024, 3, 1)), today)  # expires 01/03/2027
    page = ProductsPage(store, today=today)
    qtbot.addWidget(page)
    assert page.attention.count() == 1  # 3 months left, within the default 6
    page.window_spin.setValue(2)
    assert page.attention.count() == 0
    assert ps.warning_months(store) == 2


def test_new_certificate_with_other_stars_marks_previous_rerated(qtbot, store, monkeypatch):
    from ocop_desktop.domain.products import Product
    today = dt.date(2026, 11, 29)
    pid = ps.save_product(store, Product(name="Chè Shan tuyết", form_code="11"), today)
    ps.save_certificate(store, Certificate(pid, 4, dt.date(2024, 3, 1)), today)
    page = ProductsPage(store, today=today)
    qtbot.addWidget(page)
    page.select_product(pid)
    new = Certificate(product_id=pid, stars=3, issue_date=dt.date(2026, 10, 1))
    monkeypatch.setattr(Ask, "edit_certificate", classmethod(lambda cls, p, c, n="": new))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: True))
    page.add_certificate()
    old, = [c for c in ps.certificates(store, pid) if c.stars == 4]
    assert (old.ended, old.ended_date) == ("rerated", dt.date(2026, 10, 1))
    assert page.cert_model.index(1, 6).data() == "Đã xếp hạng lại 01/10/2026"


def test_self_assessment_button_opens_the_product(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    products = window.show_page("products")
    pid = demo_store.scalar("SELECT id FROM products WHERE name = 'Cá thính Liên Gia Trang'")
    products.select_product(pid)
    products.assess_selected()
    page = window.pages["assessment"]
    assert window.stack.currentWidget() is page
    assert page.product_id == pid and page.form.code == "08"
    assert page.total_label.text() == "50 / 100 điểm" and page.stars_widget.count == 2


def test_product_and_certificate_edits_undo_and_redo(qtbot, demo_store, monkeypatch, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("products")
    page.today = DEMO_TODAY
    from ocop_desktop.domain.products import Product
    new = Product(name="Mật ong hoa nhãn", form_code="04", price=180000)
    monkeypatch.setattr(Ask, "edit_product", classmethod(lambda cls, p, s, prod: new))
    page.add_product()
    pid = demo_store.scalar("SELECT id FROM products WHERE name = 'Mật ong hoa nhãn'")
    assert pid is not None
    cert = Certificate(product_id=pid, stars=3, issue_date=dt.date(2026, 9, 1))
    monkeypatch.setattr(Ask, "edit_certificate", classmethod(lambda cls, p, c, n="": cert))
    page.select_product(pid)
    page.add_certificate()
    assert len(ps.certificates(demo_store, pid)) == 1
    window.undo_stack.undo()  # the certificate
    assert ps.certificates(demo_store, pid) == []
    window.undo_stack.undo()  # the product
    assert demo_store.scalar("SELECT COUNT(*) FROM products WHERE id = ?", [pid]) == 0
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert ps.get_product(demo_store, pid).price == 180000
    assert [c.stars for c in ps.certificates(demo_store, pid)] == [3]
    assert page.model.row_of(pid) >= 0
