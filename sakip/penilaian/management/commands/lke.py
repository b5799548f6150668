"""python manage.py lke --satker KODE --tahun TAHUN [--json]: the LKE worksheet of an office."""

import json

from django.core.management.base import BaseCommand, CommandError

from sakip.evaluasi.lke import LkeGagal
from sakip.lib.angka import format_angka
from sakip.organisasi.models import Satker
from sakip.penilaian.lembar import susun_lembar

YA = {True: "Y", False: "T", None: "-"}


class Command(BaseCommand):
    help = (
        "Lembar kerja LKE satu kantor dan tahun: jawaban, sumber (evaluator, kantor, otomatis) dan "
        "skor setiap kriteria, nilai sub-komponen AA…E, total dan predikat."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True)
        parser.add_argument("--tahun", type=int, required=True)
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **o):
        satker = Satker.objects.filter(kode=o["satker"]).first()
        if satker is None:
            raise CommandError(f"Satuan kerja dengan kode '{o['satker']}' tidak ditemukan.")
        try:
            lembar = susun_lembar(None, satker, o["tahun"])
        except LkeGagal as e:
            raise CommandError(e.pesan) from e
        if o["json"]:
            self.stdout.write(json.dumps(lembar.as_json(), ensure_ascii=False, indent=2))
            return
        data, w = lembar.as_json(), self.stdout.write
        w(f"LKE {satker.nama} tahun {o['tahun']} — {lembar.kerangka_nama} ({lembar.status})")
        for k in data["komponen"]:
            w("")
            w(f"{k['nomor']}. {k['nama']} (bobot {k['bobot']}): {k['nilai']}")
            for s in k["sub"]:
                w(
                    f"  {s['kode']} {s['dimensi']:<12} {s['terpenuhi']}/{s['jumlah']} ({s['persen']}%) → {s['jawaban']} = {s['nilai']} dari {s['bobot']}"
                )
                for c in s["kriteria"]:
                    w(
                        f"    {c['kode']:<7}{YA[c['jawaban']]} {c['sumber']:<10}{c['prefill']:<7}{c['teks'][:80]}"
                    )
        w("")
        w(
            f"Nilai AKIP {format_angka(lembar.penetapan.nilai if lembar.penetapan else lembar.usulan.nilai, 2)} — predikat {data['predikat']}{' (final)' if data['final'] else ' (sementara)'}"
        )
