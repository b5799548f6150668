"""How long importing a large onboarding workbook takes, against merely reading the file.

Writes a workbook for a new office under KPU Provinsi Banten: 200 staff, 60 indicators in 10
sasaran, annual and quarterly targets for the five Renstra years (1 500 rows), a PK with 60
rows and four years of quarterly realisations (960 rows). Imports it into a throw-away SQLite
database (or that of DATABASE_URL), imports it again (nothing changes), and reads the same
file with openpyxl alone. Prints the times and their ratios; not a timed test.
"""

from __future__ import annotations

import datetime
import os
import tempfile
import time
from decimal import Decimal
from pathlib import Path


def buku_kerja():
    from sakip.perencanaan.buku_kerja import rekaman as r

    bk = r.BukuKerja()
    bk.profil = r.Profil("3699", "KPU Kota Uji", "36", batas_capaian=Decimal(100))
    bk.unit = [r.Unit(f"unit{n}", f"Subbagian {n}") for n in range(1, 5)]
    bk.pegawai = [
        r.Pegawai(f"Pegawai {n}", "pns", "S1", nip=f"19800101200501{n:04d}", golongan="III/a")
        for n in range(1, 201)
    ]
    bk.renstra = r.Renstra(2020, 2024, "Visi", misi={1: "Misi"}, tujuan={1: "Tujuan"})
    bk.sasaran = [r.Sasaran(s, f"Sasaran {s}", 1) for s in range(1, 11)]
    for s in range(1, 11):
        for n in range(1, 7):
            bk.indikator.append(
                r.Indikator(
                    s,
                    n,
                    f"Persentase {s}.{n}",
                    "persen",
                    definisi="Definisi",
                    cara_penghitungan="a / b * 100",
                    rumus="a / b * 100",
                    satuan="%",
                    sumber_data="Laporan",
                    unit=f"unit{n % 4 + 1}",
                )
            )
            for tahun in range(2020, 2025):
                for tw in (None, 1, 2, 3, 4):
                    nilai = r.Nilai(Decimal(90 if tw is None else 20 * tw))
                    bk.target.append(r.Target(s, n, tahun, tw, nilai, "Tonggak" if tw else ""))
                if tahun < 2024:
                    for tw in range(1, 5):
                        bk.realisasi.append(
                            r.Realisasi(s, n, tahun, tw, r.Nilai(Decimal(20 * tw - 1)))
                        )
    bk.pk = [r.Pk(2023, 0, "Kota Uji", datetime.date(2023, 1, 10), "A", "Sekretaris", "B", "Ketua")]
    return bk


def baca_saja(jalur: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(jalur, read_only=True, data_only=True)
    n = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))
    wb.close()
    return n


def main() -> None:
    with tempfile.TemporaryDirectory() as sementara:
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(sementara) / 'bench.sqlite3'}")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
        import django

        django.setup()
        from django.core.management import call_command

        from sakip.organisasi.models import Satker
        from sakip.pengukuran.buku_kerja import impor_buku_kerja
        from sakip.perencanaan.buku_kerja.tulis import tulis_buku_kerja

        call_command("migrate", verbosity=0)
        pusat, _ = Satker.objects.get_or_create(
            kode="00", defaults={"nama": "KPU RI", "jenis": "pusat"}
        )
        Satker.objects.get_or_create(
            kode="36", defaults={"nama": "KPU Provinsi Banten", "jenis": "provinsi", "induk": pusat}
        )
        jalur = Path(sementara) / "buku_kerja.xlsx"
        tulis_buku_kerja(jalur, buku_kerja())
        data = jalur.read_bytes()

        mulai = time.perf_counter()
        baris = baca_saja(jalur)
        t_baca = time.perf_counter() - mulai
        mulai = time.perf_counter()
        hasil = impor_buku_kerja(None, jalur.name, data)
        t_impor = time.perf_counter() - mulai
        mulai = time.perf_counter()
        ulang = impor_buku_kerja(None, jalur.name, data)
        t_ulang = time.perf_counter() - mulai
        assert ulang.tertulis.kosong
        print(f"berkas {len(data) / 1024:.0f} KB, {baris} baris; {' '.join(hasil.pesan())}")
        print(f"baca saja (openpyxl)  {t_baca:6.2f} s")
        print(f"impor kantor baru     {t_impor:6.2f} s = {t_impor / t_baca:4.1f} × baca")
        print(f"impor ulang (tetap)   {t_ulang:6.2f} s = {t_ulang / t_baca:4.1f} × baca")


if __name__ == "__main__":
    main()
