"""The pages of the main window; :mod:`console.pages.registry` lists them (and imports no Qt)."""
