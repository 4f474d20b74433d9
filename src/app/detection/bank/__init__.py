"""Bank transactions: import (OFX/QFX, MT940, camt, QIF, CSV), provider sync (Plaid), recurring charges.

- ``statements``: ``sniff_format``, ``iter_statement``, ``inspect_csv``, ``ColumnMapping``,
  ``CsvInspection``, ``StatementError``.
- ``transactions``: ``Transaction`` (negative amount = money out; ids stable across re-imports).
- ``recurring``: ``detect_recurring(transactions, today=...)`` → ``DetectedSubscription`` list.
- ``providers``: ``BankProvider`` protocol, ``PlaidProvider`` (``/transactions/sync``).
- ``cli``: the ``transactions`` command of ``subscout detect``.
"""
