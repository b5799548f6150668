"""python manage.py ikpa --satker KODE --tahun TAHUN [--bulan N] [--json]: the IKPA of an office."""

import json

from django.core.management.base import BaseCommand, CommandError

from sakip.evaluasi.ikpa import SUMBER, IkpaError, IkpaTidakAda, hitung
from sakip.lib.angka import format_angka
from sakip.organisasi.models import Satker


class Command(BaseCommand):
    help = (
        "IKPA satu kantor dan tahun: nilai, bobot dan sumber setiap indikator (dihitung, diisi, "
        "tidak berlaku), Nilai Total, Konversi Bobot, pengurang Dispensasi SPM, nilai akhir, kategori."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode wilayah kantor, mis. 3674")
        parser.add_argument("--tahun", type=int, required=True, help="tahun anggaran")
        parser.add_argument("--bulan", type=int, default=12, choices=range(1, 13), metavar="BULAN")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, **o):
        satker = Satker.objects.filter(kode=o["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        try:
            h = hitung(None, satker, o["tahun"], o["bulan"])
        except (IkpaTidakAda, IkpaError) as exc:
            raise CommandError(str(exc)) from exc
        if o["json"]:
            self.stdout.write(json.dumps(h.as_json(), ensure_ascii=False, indent=2))
            return
        f = lambda v: "—" if v is None else format_angka(v, 2)  # noqa: E731
        tulis = self.stdout.write
        tulis(f"IKPA {satker.nama} tahun {h.tahun} s.d. bulan {h.sampai_bulan} ({h.aturan.kode})")
        tulis("")
        tulis(f"{'Indikator':<28}{'Nilai':>9}{'Bobot':>7}  {'Sumber':<28}{'KPPN':>9}")
        for b in h.baris:
            tulis(
                f"{b.nama:<28}{f(b.nilai):>9}{f(b.bobot):>7}  {SUMBER[b.sumber]:<28}{f(b.dilaporkan):>9}"
            )
        tulis("")
        tulis(f"Nilai Total      {format_angka(h.nilai_total, 4)}")
        tulis(f"Konversi Bobot   {f(h.konversi_bobot)}")
        tulis(f"Pengurang Dispensasi SPM {f(h.pengurang)}")
        tulis(f"Nilai Akhir      {f(h.nilai_akhir)}  ({h.kategori or '—'})")
        tulis("")
        tulis(f"Revisi DIPA ({len(h.revisi)}):")
        for r in h.revisi:
            tulis(
                f"  {r.nomor:>2}  {r.tanggal or '—'}  {'dihitung' if r.dihitung else 'tidak dihitung':<15}"
                f"{'pagu tetap' if r.pagu_tetap else 'pagu berubah':<13} {r.catatan}"
            )
        tulis("")
        tulis("Pilihan aturan (belum terverifikasi):")
        for nama, isi in h.aturan.pilihan():
            tulis(f"  - {nama}: {isi}")
