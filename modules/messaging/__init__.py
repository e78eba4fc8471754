"""The ``messaging`` module: transactional e-mail and notifications."""
