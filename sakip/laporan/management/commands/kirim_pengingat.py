"""manage.py kirim_pengingat [--tanggal YYYY-MM-DD]: give today's reminders (daily, cron)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from sakip.laporan.pengingat import kirim
from sakip.pengukuran.jendela import hari_ini


class Command(BaseCommand):
    help = "Kirim pengingat hari ini (di aplikasi dan lewat surel); jalankan sekali sehari."

    def add_arguments(self, parser):
        parser.add_argument("--tanggal", help="hari yang dihitung, YYYY-MM-DD (bawaan: hari ini)")

    def handle(self, *args, **opsi):
        hari = hari_ini()
        if opsi["tanggal"]:
            try:
                hari = date.fromisoformat(opsi["tanggal"])
            except ValueError as exc:
                raise CommandError(
                    f"Tanggal “{opsi['tanggal']}” tidak dikenal; tulis YYYY-MM-DD, mis. 2024-06-26."
                ) from exc
        h = kirim(hari)
        self.stdout.write(f"{h.pengingat} pengingat baru, {h.surel} surel terkirim.")
        if h.tanpa_alamat:
            self.stdout.write(
                "Tanpa alamat surel (hanya di aplikasi): " + ", ".join(h.tanpa_alamat) + "."
            )
