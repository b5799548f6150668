"""python manage.py anggaran --satker KODE --tahun TAHUN [--json]: the budget summary."""

import json

from django.core.management.base import BaseCommand, CommandError

from sakip.anggaran.ringkasan import DipaTidakAda, ringkasan
from sakip.lib.angka import format_angka, format_angka_ringkas, format_persen, format_rupiah
from sakip.organisasi.models import Satker


class Command(BaseCommand):
    help = (
        "Ringkasan anggaran satu kantor dan tahun: pagu, realisasi, sisa dan persen per jenis "
        "belanja, tabel RO (pagu, realisasi, TVRO, RVRO, progres) dan jumlah revisi DIPA."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode wilayah kantor, mis. 3674")
        parser.add_argument("--tahun", type=int, required=True, help="tahun anggaran")
        parser.add_argument("--revisi", type=int, help="nomor revisi pagu; bawaan: terakhir")
        parser.add_argument(
            "--sampai-bulan",
            type=int,
            default=12,
            choices=range(1, 13),
            metavar="BULAN",
            help="realisasi sampai bulan ini (1-12); bawaan: 12",
        )
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, **o):
        satker = Satker.objects.filter(kode=o["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        try:
            r = ringkasan(None, satker, o["tahun"], o["revisi"], o["sampai_bulan"])
        except DipaTidakAda as exc:
            raise CommandError(str(exc)) from exc
        if o["json"]:
            self.stdout.write(json.dumps(r.as_json(), ensure_ascii=False, indent=2))
            return
        tulis = self.stdout.write
        revisi = "-" if r.nomor_revisi is None else r.nomor_revisi
        tulis(
            f"Anggaran {satker.nama} tahun {o['tahun']} (pagu revisi {revisi}, "
            f"realisasi s.d. bulan {r.sampai_bulan}; DIPA direvisi {r.revisi} kali)"
        )
        tulis("")
        tulis(f"{'Jenis belanja':<22}{'Pagu':>22}{'Realisasi':>22}{'Sisa':>22}{'%':>10}")
        for j in [*r.jenis, None]:
            a, nama = (r.total, "Jumlah") if j is None else (j, f"{j.kode} {j.uraian}")
            tulis(
                f"{nama:<22}{format_rupiah(a.pagu):>22}{format_rupiah(a.realisasi):>22}"
                f"{format_rupiah(a.sisa):>22}{format_persen(a.persen):>10}"
            )
        tulis(f"Kategori penyerapan: {r.kategori or '—'}")
        tulis("")
        tulis(
            f"{'No':>3} {'RO':<16}{'Pagu':>20}{'Realisasi':>20}{'TVRO':>8}{'RVRO':>8}"
            f"{'Progres':>10}  Uraian"
        )
        for i, ro in enumerate(r.ro, start=1):
            tulis(
                f"{i:>3} {ro.kode_pendek:<16}{format_angka(ro.pagu):>20}"
                f"{format_angka(ro.realisasi):>20}{format_angka_ringkas(ro.target_volume):>8}"
                f"{format_angka_ringkas(ro.realisasi_volume):>8}{format_persen(ro.progres):>10}"
                f"  {ro.uraian}"
            )
