"""The ``tenancy`` module: merchants and their stores."""
