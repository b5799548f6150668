"""Progress against the Renstra end target: by the indicator's own polarity, computed once in kumpul."""

import json
from decimal import Decimal

import pytest

from sakip.laporan.html import html_pratinjau
from sakip.laporan.kumpul import kumpul_lkj, sebagai_json
from sakip.laporan.susun import susun_lkj
from sakip.laporan.teks import Penulis
from sakip.lib.capaian import Polaritas
from sakip.lib.nilai import tanpa_putus
from sakip.organisasi.models import Satker
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator, Renstra, Sasaran, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def sengketa():
    """An office whose one indicator is lower-is-better: 4 cases allowed in 2023, 2 by 2024."""
    satker = Satker.objects.create(kode="9901", nama="KPU Kabupaten Contoh", jenis="kabkota")
    renstra = Renstra.objects.create(
        satker=satker, tahun_awal=2020, tahun_akhir=2024, visi="Menjadi penyelenggara Pemilu"
    )
    sasaran = Sasaran.objects.create(renstra=renstra, nomor=1, uraian="Menurunnya sengketa Pemilu")
    indikator = Indikator.objects.create(
        sasaran=sasaran,
        nomor=1,
        nama="Jumlah sengketa hasil Pemilu",
        satuan="kasus",
        jenis=Indikator.Jenis.ANGKA,
        polaritas=Polaritas.TURUN,
    )
    Target.objects.create(indikator=indikator, tahun=2023, nilai=Decimal(4))
    Target.objects.create(indikator=indikator, tahun=2024, nilai=Decimal(2))  # the end target
    Realisasi.objects.create(
        indikator=indikator,
        tahun=2023,
        triwulan=4,
        nilai=Decimal(3),
        status=Realisasi.Status.DISETUJUI,
    )
    return satker


def test_progress_of_a_lower_is_better_indicator_is_in_the_data_json_and_text(sengketa):
    data = kumpul_lkj(sengketa, 2023)
    (i,) = data.indikator
    # capaian 2023: (2 x 4 - 3) / 4 = 125 %; towards the end target: (2 x 2 - 3) / 2 = 50 %,
    # where higher-is-better arithmetic (3 / 2) would have claimed 150 %.
    assert i.capaian == Decimal("125")
    assert i.kemajuan_renstra == Decimal("50")
    assert i.polaritas == "turun"

    terbit = json.loads(sebagai_json(data))
    (j,) = terbit["sasaran"][0]["indikator"]
    assert j["kemajuan_renstra"] == "50.0"
    assert (j["target_akhir"], j["realisasi"], j["polaritas"]) == ("2.0000", "3.0000", "turun")

    kalimat = (
        "Dalam periode Renstra 2020–2024, target akhir Renstra untuk indikator “Jumlah sengketa "
        "hasil Pemilu” adalah 2 kasus; karena indikator ini semakin rendah semakin baik, "
        "realisasi tahun 2023 sebesar 3 kasus setara dengan capaian 50,00 % terhadap target "
        "akhir tersebut."
    )
    penulis = Penulis(data)
    assert penulis.bawaan("sasaran_1_renstra") == kalimat
    assert "150,00 %" not in penulis.bawaan("sasaran_1_renstra")
    # the preview, and the PDF made from it, with "%" kept on the line of its figure
    assert tanpa_putus(kalimat) in html_pratinjau(susun_lkj(data))
    assert "50,00\u00a0%" in tanpa_putus(kalimat)


def test_progress_of_a_higher_is_better_indicator_is_the_share_of_the_end_target(sengketa):
    i = Indikator.objects.get(nama="Jumlah sengketa hasil Pemilu")
    i.polaritas, i.nama, i.satuan = Polaritas.NAIK, "Jumlah sosialisasi", "kegiatan"
    i.save()
    data = kumpul_lkj(sengketa, 2023)
    assert data.indikator[0].kemajuan_renstra == Decimal("150")
    assert (
        "target akhir Renstra untuk indikator “Jumlah sosialisasi” adalah 2 kegiatan; realisasi "
        "tahun 2023 sebesar 3 kegiatan setara dengan 150,00 % dari target akhir tersebut."
    ) in Penulis(data).bawaan("sasaran_1_renstra")


def test_an_edit_may_state_the_progress_figure(sengketa):
    from sakip.lib.narasi import periksa_narasi

    penulis = Penulis(kumpul_lkj(sengketa, 2023))
    edit = "Kemajuan terhadap target akhir Renstra baru 50,00 %."
    assert periksa_narasi(edit, penulis.izin("sasaran_1_renstra")) == []
