"""Saving an assessment keeps the history (issue 3 item 5)."""

import dataclasses
import datetime as dt

from ocop_desktop.store import assessments as st


def test_changed_date_saves_a_new_assessment(demo_store):
    product_id = demo_store.scalar("SELECT id FROM products WHERE name LIKE 'Sắn%'")
    before = demo_store.scalar("SELECT COUNT(*) FROM assessments WHERE product_id = ?", [product_id])
    old = st.latest_assessment(demo_store, product_id)
    new_id, _ = st.save_assessment(demo_store, dataclasses.replace(old, date=dt.date(2026, 11, 29)), today=dt.date(2026, 11, 29))
    assert new_id != old.id
    assert demo_store.scalar("SELECT COUNT(*) FROM assessments WHERE product_id = ?", [product_id]) == before + 1
    assert st.get_assessment(demo_store, old.id).date == old.date


def test_same_date_without_submitted_dossier_updates_in_place(demo_store):
    product_id = demo_store.scalar("SELECT id FROM products WHERE name LIKE 'Sắn%'")
    old = st.latest_assessment(demo_store, product_id)
    new_id, _ = st.save_assessment(demo_store, dataclasses.replace(old, assessor="Lê Thị Hoa"), today=dt.date(2026, 11, 29))
    assert new_id == old.id


def test_assessment_of_a_submitted_dossier_is_frozen(demo_store):
    product_id = demo_store.scalar("SELECT id FROM products WHERE name LIKE 'Sắn%'")
    old = st.latest_assessment(demo_store, product_id)
    demo_store.db.execute("UPDATE dossiers SET assessment_id = ?, status = 'submitted'", [old.id])
    new_id, _ = st.save_assessment(demo_store, dataclasses.replace(old, assessor="Lê Thị Hoa"), today=dt.date(2026, 11, 29))
    assert new_id != old.id
    assert st.get_assessment(demo_store, old.id).assessor == old.assessor
