"""Income records and the cooperative's books: pure rules (no Qt, no SQL).

Modules:

- :mod:`.accounts` — the chart of accounts of Circular 71/2024/TT-BTC (``resources/accounting``).
- :mod:`.vouchers` — voucher types, numbering, categories → journal lines, validation.
- :mod:`.b02` — the B02-HTX income statement from account movements.
- :mod:`.distribution` — surplus distribution, Law 17/2023 Art. 84–86.
"""
