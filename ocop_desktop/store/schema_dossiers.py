"""Schema step for certification dossiers (issue 4).

Tables:
- ``dossier_blobs``: evidence file contents, content-addressed by SHA-256 (hex), stored once
  however many dossiers use them (DESIGN.md "Data": the file is a complete backup);
- ``dossiers``: one per product and evaluation round;
- ``dossier_files``: a file attached to a dossier checklist item (criterion code or a
  general paper), with the document's date and expiry.
"""

from __future__ import annotations

import sqlite_utils

__all__ = ["step_dossiers"]


def step_dossiers(db: sqlite_utils.Database) -> None:
    """Create the dossier tables (see module docstring)."""
    db.execute(
        """CREATE TABLE dossier_blobs (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            kind TEXT NOT NULL CHECK (kind IN ('pdf', 'jpeg', 'png', 'docx', 'xlsx')),
            size INTEGER NOT NULL CHECK (size >= 0),
            content BLOB NOT NULL,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        )"""
    )
    db.execute(
        """CREATE TABLE dossiers (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
            assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
            registration_type TEXT NOT NULL DEFAULT 'first'
                CHECK (registration_type IN ('first', 'upgrade', 'reevaluation')),
            target_stars INTEGER NOT NULL DEFAULT 3 CHECK (target_stars BETWEEN 3 AND 5),
            round TEXT,
            year INTEGER NOT NULL,
            receiving_body TEXT,
            samples INTEGER NOT NULL DEFAULT 0 CHECK (samples >= 0),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'ready', 'submitted', 'result')),
            submitted_date TEXT,
            result_stars INTEGER CHECK (result_stars BETWEEN 0 AND 5 OR result_stars IS NULL),
            decision_no TEXT,
            decision_date TEXT,
            certificate_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
            registration_json TEXT,
            notes TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now'))
        )"""
    )
    db.execute("CREATE INDEX dossiers_product ON dossiers (product_id, year)")
    db.execute(
        """CREATE TABLE dossier_files (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES dossier_blobs(sha256) ON DELETE RESTRICT,
            doc_date TEXT,
            expiry_date TEXT,
            note TEXT,
            added_at TEXT NOT NULL DEFAULT (datetime('now'))
        )"""
    )
    db.execute("CREATE INDEX dossier_files_item ON dossier_files (dossier_id, item_key)")
    db.execute("CREATE INDEX dossier_files_blob ON dossier_files (sha256)")
