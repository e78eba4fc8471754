"""Use cases shared by the console, the command line and the platform. Synchronous; no Qt."""
