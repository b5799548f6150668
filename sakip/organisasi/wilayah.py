"""The KPU hierarchy as reference data: KPU RI, 38 provinces and 514 kab/kota (idn-area-data).

The codes and names come from the vendored CSVs of idn-area-data 4.0.1 (ODbL, see
`data/wilayah/README.md`); an office's code is the Kemendagri code without its dot
(`36.74` → `3674`), KPU RI is `00`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from .models import Satker

FOLDER = Path(__file__).resolve().parent / "data" / "wilayah"
KODE_PUSAT = "00"
NAMA_PUSAT = "KPU Republik Indonesia"


@dataclass(frozen=True)
class Wilayah:
    kode: str
    nama: str
    jenis: str
    induk: str | None
    kota: str = ""


def _nama_provinsi(kode: str, nama: str) -> str:
    if kode == "11":
        return "Komisi Independen Pemilihan Aceh"  # in Aceh the KPU is the KIP (UU 11/2006)
    if kode == "34":
        return "KPU Daerah Istimewa Yogyakarta"
    return "KPU Provinsi " + nama.replace("Daerah Khusus Ibukota ", "DKI ")


def _nama_kabkota(kode_provinsi: str, nama: str) -> str:
    return ("KIP " if kode_provinsi == "11" else "KPU ") + nama


def _baca(nama_berkas: str) -> list[dict[str, str]]:
    with open(FOLDER / nama_berkas, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def daftar_wilayah() -> list[Wilayah]:
    """KPU RI, then every province, then every kab/kota, parents before children."""
    hasil = [Wilayah(KODE_PUSAT, NAMA_PUSAT, Satker.Jenis.PUSAT, None, "Jakarta")]
    for r in _baca("provinces.csv"):
        hasil.append(
            Wilayah(r["code"], _nama_provinsi(r["code"], r["name"]), Satker.Jenis.PROVINSI, "00")
        )
    for r in _baca("regencies.csv"):
        nama = r["name"]
        kota = nama.removeprefix("Kota ") if nama.startswith("Kota ") else ""
        hasil.append(
            Wilayah(
                r["code"].replace(".", ""),
                _nama_kabkota(r["province_code"], nama),
                Satker.Jenis.KABKOTA,
                r["province_code"],
                kota,
            )
        )
    return hasil


@dataclass(frozen=True)
class HasilMuat:
    dibuat: int
    diperbarui: int
    tetap: int


@transaction.atomic
def muat_wilayah() -> HasilMuat:
    """Create the offices that are missing; update code, name, level and parent of the others.

    Nothing else of an existing office is touched (address, scales, cap, deadlines, plans,
    budgets, staff): they stay attached to it. Running it again changes nothing.
    """
    ada = {s.kode: s for s in Satker.objects.all()}
    dibuat = diperbarui = tetap = 0
    for tingkat in (Satker.Jenis.PUSAT, Satker.Jenis.PROVINSI, Satker.Jenis.KABKOTA):
        baru, ubah = [], []
        for w in daftar_wilayah():
            if w.jenis != tingkat:
                continue
            induk_id = ada[w.induk].pk if w.induk else None
            s = ada.get(w.kode)
            if s is None:
                baru.append(
                    Satker(kode=w.kode, nama=w.nama, jenis=w.jenis, induk_id=induk_id, kota=w.kota)
                )
            elif (s.nama, s.jenis, s.induk_id) != (w.nama, w.jenis, induk_id):
                s.nama, s.jenis, s.induk_id = w.nama, w.jenis, induk_id
                ubah.append(s)
            else:
                tetap += 1
        Satker.objects.bulk_create(baru, batch_size=1000)
        Satker.objects.bulk_update(ubah, ["nama", "jenis", "induk"], batch_size=1000)
        dibuat += len(baru)
        diperbarui += len(ubah)
        # bulk_create sets pk on PostgreSQL and SQLite 3.35+, but read back to be sure
        ada = {s.kode: s for s in Satker.objects.all()}
    return HasilMuat(dibuat, diperbarui, tetap)
