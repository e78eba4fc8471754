"""The console's icons (SVG) and themes (QSS): package data, read with :mod:`importlib.resources`
by ``console/widgets/resources.py``. No code lives here."""
