"""Guarded rollouts: a module change goes out to the platforms in waves, each wave watched by gates."""
