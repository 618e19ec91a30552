"""Importers: read files that offices produce (CSV, XLSX) into domain objects.

Pure Python (no Qt): parsing here, validation through ``domain``/``store``, writes through
``store`` inside one transaction.
"""
