"""Load the demo DIPA 2023 of KPU Kota Tangerang Selatan through the importer (safe to run twice)."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from sakip.anggaran.models import KaitanAnggaran
from sakip.anggaran.services import HasilImpor, impor_berkas
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import Sasaran

# Package data (declared in pyproject.toml), so an installed sakip finds it too.
BERKAS_DEMO = Path(__file__).resolve().parent / "data" / "dipa_3674_2023.xlsx"
TAHUN_DEMO = 2023

# CHOSEN: the seed does not say which kegiatan/RO serve which sasaran; this links each of
# the 33 ROs to exactly one sasaran by what it does (kegiatan code, or kegiatan.KRO.RO).
KAITAN_DEMO = {
    1: ["6867", "6870", "6872", "6889", "6890"],
    2: ["3355", "6634", "6709.QGE.001"],
    3: ["6709.QGE.006"],
    4: ["6887"],
    5: ["6710"],
    6: ["6709.QGE.003", "6709.QGE.004"],
    7: ["6709.QGE.007", "6888"],
    8: ["3360", "6871", "6709.QDC.001"],
}


@transaction.atomic
def muat_demo_anggaran(satker: Satker) -> HasilImpor:
    """Import data/dipa_3674_2023.xlsx (revisions 0-13, realisation, volumes, RPD) and link
    the office's 2023 sasaran to their kegiatan/RO when the plan is loaded."""
    hasil = impor_berkas(None, satker, TAHUN_DEMO, [(BERKAS_DEMO.name, BERKAS_DEMO.read_bytes())])
    sasaran = Sasaran.objects.filter(
        renstra__satker=satker,
        renstra__tahun_awal__lte=TAHUN_DEMO,
        renstra__tahun_akhir__gte=TAHUN_DEMO,
        nomor__in=list(KAITAN_DEMO),
    )
    for s in sasaran:
        for kode in KAITAN_DEMO[s.nomor]:
            KaitanAnggaran.objects.get_or_create(
                satker=satker, tahun=TAHUN_DEMO, sasaran=s, indikator=None, kode=kode
            )
    return hasil
