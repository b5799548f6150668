"""python manage.py capaian --satker 3674 --tahun 2023 [--json]: the measurement table."""

import json
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError

from sakip.lib.angka import bulatkan, format_persen
from sakip.lib.nilai import format_nilai
from sakip.organisasi.models import Satker
from sakip.pengukuran.capaian import BarisCapaian, tabel_capaian
from sakip.perencanaan.models import tahun_tersedia


def _teks_nilai(nilai: Decimal | None, huruf: str, berhuruf: bool) -> str | None:
    """The documented JSON's machine form: the grade letter or a plain decimal ('85', '99.5')."""
    if berhuruf:
        return huruf or None
    return None if nilai is None else format(nilai.normalize(), "f")


def sebagai_json(b: BarisCapaian) -> dict:
    """One row as the documented JSON object."""
    return {
        "sasaran": b.sasaran,
        "indikator": b.indikator.nama,
        "target": _teks_nilai(b.target, b.target_huruf, b.berhuruf),
        "realisasi": _teks_nilai(b.realisasi, b.realisasi_huruf, b.berhuruf),
        "capaian": None if b.capaian is None else str(bulatkan(b.capaian)),
        "kategori": b.kategori,
        "status": b.status,
    }


def _keterangan(b: BarisCapaian) -> str:
    """The category, or the state of a value not yet approved (marked when --semua counts it)."""
    if b.menunggu:
        return f"{b.kategori} [{b.label_status}]" if b.kategori else b.label_status
    return b.kategori or "tidak dapat dihitung"


class Command(BaseCommand):
    help = "Menampilkan tabel pengukuran kinerja (target, realisasi, capaian, kategori) satu kantor dan tahun."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode satuan kerja, mis. 3674")
        parser.add_argument("--tahun", required=True, type=int, help="tahun, mis. 2023")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")
        parser.add_argument(
            "--semua",
            action="store_true",
            help="hitung juga capaian nilai yang belum disetujui (ditandai dengan statusnya)",
        )

    def handle(self, *args, **opts):
        satker = Satker.objects.filter(kode=opts["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{opts['satker']}' tidak ditemukan.")
        if opts["tahun"] not in tahun_tersedia(satker):
            tersedia = ", ".join(map(str, tahun_tersedia(satker))) or "tidak ada"
            raise CommandError(
                f"{satker.nama} tidak memiliki data kinerja tahun {opts['tahun']} "
                f"(tahun yang tersedia: {tersedia})."
            )
        baris = tabel_capaian(satker, opts["tahun"], semua=opts["semua"])
        if opts["json"]:
            self.stdout.write(
                json.dumps([sebagai_json(b) for b in baris], ensure_ascii=False, indent=2)
            )
            return
        self.stdout.write(f"Pengukuran Kinerja {satker.nama_sekretariat} Tahun {opts['tahun']}")
        for i, b in enumerate(baris, start=1):
            ind = b.indikator
            target = format_nilai(b.target, ind.satuan, ind.jenis, b.target_huruf)
            realisasi = format_nilai(b.realisasi, ind.satuan, ind.jenis, b.realisasi_huruf)
            self.stdout.write(
                f"{i:>2}. [{b.nomor_sasaran}] {b.indikator.nama}\n"
                f"    target {target} | realisasi {realisasi} | capaian {format_persen(b.capaian)}"
                f" | {_keterangan(b)}"
            )
