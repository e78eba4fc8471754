"""The parts of the main window (:class:`console.main_window.MainWindow`), one concern a file.

``navigation``: the page list built from :mod:`console.pages.registry` and the stack of pages;
``actions``: menus, shortcuts and the command palette; ``status``: the status bar (database, user,
connection); ``idle_lock``: locking by hand or after a while without input. Each is a mixin of the
window: they share its widgets and its session.
"""
