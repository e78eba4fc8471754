"""The Qt-free library: database, registry, roles, settings, errors and the framework's services.

``core`` imports neither Qt nor ``console`` nor ``modules`` (docs/architecture.md, "Layers").
"""
