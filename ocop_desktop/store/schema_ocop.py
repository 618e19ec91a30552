"""Schema step for OCOP products, sales channels, certificates and self-assessments.

Tables (names and columns are stable: the dossiers feature builds on them):

``products``
    ``name`` (NFC), ``name_folded`` (search), ``sort_key`` (Vietnamese order),
    ``form_code`` ("01"…"26": the Decision 148/QĐ-TTg Annex III scoring form = OCOP product
    sub-group), ``unit``, ``packaging``, ``price`` (integer đồng per unit, NULL = not set),
    ``description``, ``story`` (product story), ``raw_material_origin``,
    ``trademark_no``/``trademark_date`` (trademark registration certificate),
    ``self_declaration_no``/``self_declaration_date`` (quality self-declaration),
    ``food_safety_no``/``food_safety_date``/``food_safety_expiry`` (food-safety eligibility
    certificate), ``notes``.
``product_channels``
    one row per distribution contract: ``channel`` (``supermarket``, ``ecommerce``,
    ``shop_market``, ``export``), ``partner`` (chain / platform / shop / buyer name),
    ``contract_start`` (ISO date), ``note``.
``certificates``
    OCOP certificate history: ``stars`` (3–5), ``certificate_no``, ``decision_no``
    (recognition decision), ``authority_level`` (``province``, ``ministry``, ``district``),
    ``authority_name``, ``issue_date``, ``expiry_date`` (issue + 36 months, stored so SQL can
    filter), ``ended`` (NULL, ``revoked`` or ``rerated``), ``ended_date``, ``ended_note``,
    ``notes``. Valid/expiring/expired is computed from the dates and a setting.
``assessments``
    one scoring of a product against a form: ``form_code``, ``date``, ``assessor``, ``kind``
    (``self`` or ``council``), ``choices`` (JSON ``{criterion code: points of the chosen
    option}``), ``evidence_notes`` (JSON ``{code: text}``), ``knockouts`` (JSON list of
    knock-out ids that apply), ``prefilled`` (JSON list of codes whose answer was prefilled and
    not changed), cached ``total``, ``part_a``, ``part_b``, ``part_c`` (points), ``stars``
    (0 when knocked out or unanswered), ``knockout_reason``, ``note``.
"""

from __future__ import annotations

import sqlite_utils

__all__ = ["ocop_products_step"]


def ocop_products_step(db: sqlite_utils.Database) -> None:
    """Create products, product_channels, certificates and assessments (issue 3)."""
    db.execute(
        """CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            form_code TEXT NOT NULL CHECK (length(form_code) = 2 AND form_code BETWEEN '01' AND '26'),
            unit TEXT,
            packaging TEXT,
            price INTEGER CHECK (price IS NULL OR price >= 0),
            description TEXT,
            story TEXT,
            raw_material_origin TEXT,
            trademark_no TEXT,
            trademark_date TEXT,
            self_declaration_no TEXT,
            self_declaration_date TEXT,
            food_safety_no TEXT,
            food_safety_date TEXT,
            food_safety_expiry TEXT,
            notes TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now'))
        )"""
    )
    db.execute("CREATE INDEX products_sort ON products (sort_key, id)")
    db.execute("CREATE INDEX products_form ON products (form_code)")
    db.execute(
        """CREATE TABLE product_channels (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            channel TEXT NOT NULL CHECK (channel IN ('supermarket', 'ecommerce', 'shop_market', 'export')),
            partner TEXT NOT NULL DEFAULT '',
            contract_start TEXT,
            note TEXT
        )"""
    )
    db.execute("CREATE INDEX product_channels_product ON product_channels (product_id)")
    db.execute(
        """CREATE TABLE certificates (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
            stars INTEGER NOT NULL CHECK (stars BETWEEN 3 AND 5),
            certificate_no TEXT,
            decision_no TEXT,
            authority_level TEXT NOT NULL DEFAULT 'province'
                CHECK (authority_level IN ('province', 'ministry', 'district')),
            authority_name TEXT,
            issue_date TEXT NOT NULL,
            expiry_date TEXT NOT NULL,
            ended TEXT CHECK (ended IN ('revoked', 'rerated') OR ended IS NULL),
            ended_date TEXT,
            ended_note TEXT,
            notes TEXT
        )"""
    )
    db.execute("CREATE INDEX certificates_product ON certificates (product_id, issue_date)")
    db.execute(
        """CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            form_code TEXT NOT NULL,
            date TEXT NOT NULL,
            assessor TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'self' CHECK (kind IN ('self', 'council')),
            choices TEXT NOT NULL DEFAULT '{}',
            evidence_notes TEXT NOT NULL DEFAULT '{}',
            knockouts TEXT NOT NULL DEFAULT '[]',
            prefilled TEXT NOT NULL DEFAULT '[]',
            total INTEGER,
            part_a INTEGER,
            part_b INTEGER,
            part_c INTEGER,
            stars INTEGER NOT NULL DEFAULT 0 CHECK (stars BETWEEN 0 AND 5),
            knockout_reason TEXT,
            note TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now'))
        )"""
    )
    db.execute("CREATE INDEX assessments_product ON assessments (product_id, date)")
