"""Qt item models of the console: QAbstractTableModel subclasses, lazy and paged.

Sorting and filtering happen in the services (SQL) or inside the models, never in a
QSortFilterProxyModel (docs/architecture.md, Pitfalls).
"""
