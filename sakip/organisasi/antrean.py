"""Long commands in the job queue: the national data checks and generator, and the like.

`jalankan_perintah` is a Django task (django-tasks, stored by django-tasks-db and run by
`manage.py db_worker`) that runs one management command from an allow-list and keeps its
output as the task's result, so a page can start `rekap` or `buat_data_nasional` (the
national roll-up and generator) or the data checks and show the result when the worker is
done. It lives in the lowest app so that a page of any app may enqueue it; the commands
are named, not imported, so no layer is crossed.
"""

from __future__ import annotations

import io

from django.core.management import call_command, get_commands
from django.core.management.base import CommandError
from django_tasks import task

from . import akses

# commands that may run in the queue (the long ones of the national level)
PERINTAH_ANTREAN = ("rekap", "buat_data_nasional", "periksa", "capaian")
BATAS_KELUARAN = 20_000  # characters of output kept in the task's result


class PerintahDitolak(Exception):
    """A command that may not be queued; the message says why, in Bahasa Indonesia."""


def antrekan_perintah(user, nama: str, argumen: list[str]):
    """Queue one allowed command; only IT staff (a superuser) start national work."""
    akses.pastikan(
        akses.boleh_kerja_nasional(user),
        "Hanya staf TI (superuser) yang boleh menjalankan pekerjaan nasional.",
    )
    if nama not in PERINTAH_ANTREAN:
        raise PerintahDitolak(
            f"Perintah '{nama}' tidak dapat dijalankan di antrean "
            f"(yang dapat: {', '.join(PERINTAH_ANTREAN)})."
        )
    if nama not in get_commands():
        raise PerintahDitolak(f"Perintah '{nama}' belum tersedia di instalasi ini.")
    return jalankan_perintah.enqueue(nama, [str(a) for a in argumen])


@task()
def jalankan_perintah(nama: str, argumen: list[str]) -> dict:
    """Run the command; {"status": "selesai" | "gagal", "keluaran": ..., "pesan": ...}."""
    if nama not in PERINTAH_ANTREAN:
        return {"status": "gagal", "keluaran": "", "pesan": f"Perintah '{nama}' tidak diizinkan."}
    keluar, galat = io.StringIO(), io.StringIO()
    try:
        call_command(nama, *argumen, stdout=keluar, stderr=galat)
    except CommandError as exc:
        return {
            "status": "gagal",
            "keluaran": keluar.getvalue()[-BATAS_KELUARAN:],
            "pesan": str(exc),
        }
    return {"status": "selesai", "keluaran": keluar.getvalue()[-BATAS_KELUARAN:], "pesan": ""}
