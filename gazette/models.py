"""No models. The module exists so that `migrate` sends this app its post_migrate signal, which
creates the database cache's table (gazette/apps.py): Django signals only apps with a models module."""
