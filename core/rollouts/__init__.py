"""Guarded rollouts: a module change going out to the platforms in waves, watched by gates."""
