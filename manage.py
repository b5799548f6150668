#!/usr/bin/env python
"""Django's command-line utility for sakip."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError, ProgrammingError

    try:
        execute_from_command_line(sys.argv)
    except (OperationalError, ProgrammingError) as exc:
        # A database that was never migrated: say what to do instead of a traceback.
        if "no such table" not in str(exc) and "does not exist" not in str(exc):
            raise
        sys.stderr.write(
            f"Basis data belum disiapkan ({exc}).\n"
            "Jalankan dahulu: python manage.py migrate  (atau `make run`)\n"
        )
        sys.exit(1)
