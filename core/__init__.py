"""The Qt-free library: database, registry, services, observability (docs/architecture.md, "Layers")."""
