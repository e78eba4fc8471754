"""The console's dialogs (sign-in, connection, keys, errors, migrations, refunds, the palette)."""
