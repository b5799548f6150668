"""Indicator quality checks in the office-data checks, on an office shaped unlike the demo
(KPU Kabupaten Sarolangun, Renstra 2025–2029, capaian capped at 100)."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.laporan.pemeriksaan import periksa_data
from sakip.organisasi.models import Satker, UnitKerja
from sakip.perencanaan.models import (
    BarisPK,
    Indikator,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sarolangun():
    pusat = Satker.objects.get(kode="00")
    jambi = Satker.objects.create(
        kode="15", nama="KPU Provinsi Jambi", jenis="provinsi", induk=pusat
    )
    s = Satker.objects.create(
        kode="1503",
        nama="KPU Kabupaten Sarolangun",
        jenis="kabkota",
        induk=jambi,
        batas_capaian=Decimal(100),
    )
    unit = UnitKerja.objects.create(satker=s, kode="teknis", nama="Subbagian Teknis")
    renstra = Renstra.objects.create(satker=s, tahun_awal=2025, tahun_akhir=2029, visi="Visi")
    s1 = Sasaran.objects.create(renstra=renstra, nomor=1, uraian="Pemilih terdaftar")
    s2 = Sasaran.objects.create(renstra=renstra, nomor=2, uraian="Tata kelola")
    lengkap = {
        "uraian": "Apa yang diukur",
        "cara_penghitungan": "Dihitung",
        "sumber_data": "SIDALIH",
    }
    i11 = Indikator.objects.create(
        sasaran=s1, nomor=1, nama="Persentase  pemilih terdaftar", jenis="persen", unit=unit
    )
    i12 = Indikator.objects.create(
        sasaran=s1,
        nomor=2,
        nama="Jumlah sosialisasi",
        jenis="angka",
        satuan="",
        unit=unit,
        **lengkap,
    )
    i21 = Indikator.objects.create(
        sasaran=s2,
        nomor=1,
        nama="persentase pemilih terdaftar",
        jenis="huruf",
        satuan="nilai",
        uraian="Nilai SAKIP",
        sumber_data="LHE",
    )
    i22 = Indikator.objects.create(
        sasaran=s2, nomor=2, nama="Indeks kepuasan", jenis="angka", satuan="indeks", **lengkap
    )
    Target.objects.create(indikator=i11, tahun=2025, nilai=Decimal(120))
    Target.objects.create(indikator=i11, tahun=2025, triwulan=2, nilai=Decimal("100.5"))
    Target.objects.create(indikator=i11, tahun=2026, nilai=Decimal(300))  # another year: not judged
    Target.objects.create(indikator=i12, tahun=2025, nilai_huruf="B")
    Target.objects.create(indikator=i21, tahun=2025, nilai_huruf="BB")
    Target.objects.create(indikator=i22, tahun=2025, nilai=Decimal("3.4"))
    pk = PerjanjianKinerja.objects.create(
        satker=s,
        tahun=2025,
        tempat="Sarolangun",
        tanggal=date(2025, 1, 20),
        pihak_pertama_nama="A",
        pihak_pertama_jabatan="Sekretaris",
        pihak_kedua_nama="B",
        pihak_kedua_jabatan="Ketua",
    )
    for n, (i, t, h) in enumerate(
        [(i11, Decimal(150), ""), (i12, Decimal(5), ""), (i21, None, "BB"), (i22, Decimal(4), "")],
        start=1,
    ):
        BarisPK.objects.create(pk_dokumen=pk, urutan=n, indikator=i, target=t, target_huruf=h)
    return s, renstra, [i11, i12, i21, i22]


def test_temuan_mutu_tepat(sarolangun):
    satker, renstra, (i11, i12, i21, i22) = sarolangun
    hasil = periksa_data(satker, 2025, hari_ini=date(2025, 2, 1))
    mutu = [(f.severity, f.message, f.letak, f.tautan) for f in hasil.findings if f.kind == "mutu"]

    def form(i, isian):
        return (
            reverse("perencanaan:indikator_ubah", kwargs={"kode": "1503", "indikator_id": i.pk})
            + f"#id_{isian}"
        )

    target = reverse(
        "perencanaan:target", kwargs={"kode": "1503", "renstra_id": renstra.pk, "tahun": 2025}
    )
    pk = reverse("perencanaan:pk_ubah", kwargs={"kode": "1503", "tahun": 2025})
    n11 = "indikator 1.1 “Persentase  pemilih terdaftar”"
    n12 = "indikator 1.2 “Jumlah sosialisasi”"
    n21 = "indikator 2.1 “persentase pemilih terdaftar”"
    assert mutu == [
        (
            "warning",
            f"Definisi {n11} belum diisi: tulis apa yang diukur indikator ini.",
            "Perencanaan · indikator 1.1",
            form(i11, "uraian"),
        ),
        (
            "warning",
            f"I{n11[1:]} belum memiliki cara penghitungan maupun rumus: tulis cara "
            "penghitungannya, dan rumusnya bila nilai dihitung dari besaran.",
            "Perencanaan · indikator 1.1",
            form(i11, "cara_penghitungan"),
        ),
        (
            "warning",
            f"Sumber data {n11} belum diisi: tulis dokumen atau sistem asal datanya.",
            "Perencanaan · indikator 1.1",
            form(i11, "sumber_data"),
        ),
        (
            "error",
            f"Target tahun 2025 {n11} 120 % melebihi 100 %, padahal indikator ini "
            "persentase: perbaiki targetnya (atau ubah jenis indikator bila bukan persentase).",
            "Perencanaan · target 2025 indikator 1.1",
            target,
        ),
        (
            "error",
            f"Target TW II 2025 {n11} 100,5 % melebihi 100 %, padahal indikator ini "
            "persentase: perbaiki targetnya (atau ubah jenis indikator bila bukan persentase).",
            "Perencanaan · target 2025 indikator 1.1",
            target,
        ),
        (
            "error",
            f"Target PK 2025 {n11} 150 % melebihi 100 %, padahal indikator ini "
            "persentase: perbaiki targetnya (atau ubah jenis indikator bila bukan persentase).",
            "Perencanaan · PK 2025 KPU Kabupaten Sarolangun",
            pk,
        ),
        (
            "warning",
            f"Satuan {n12} belum diisi: tulis satuannya, mis. %, dokumen atau laporan.",
            "Perencanaan · indikator 1.2",
            form(i12, "satuan"),
        ),
        (
            "error",
            f"Target tahun 2025 {n12} berisi “B”, bukan angka, padahal indikator ini "
            "bernilai angka: isi target berupa angka.",
            "Perencanaan · target 2025 indikator 1.2",
            target,
        ),
        (
            "warning",
            f"I{n21[1:]} belum memiliki cara penghitungan maupun rumus: tulis bagaimana "
            "nilai hurufnya ditetapkan.",
            "Perencanaan · indikator 2.1",
            form(i21, "cara_penghitungan"),
        ),
        (
            "warning",
            f"Nama {n21} sama dengan indikator 1.1: beri nama yang membedakan keduanya.",
            "Perencanaan · indikator 2.1",
            form(i21, "nama"),
        ),
    ]


def test_indikator_lengkap_tanpa_temuan(sarolangun):
    satker, _, (i11, i12, i21, i22) = sarolangun
    Indikator.objects.filter(pk=i11.pk).update(
        uraian="Pemilih terdaftar dibanding potensi",
        rumus="terdaftar / potensi * 100",
        sumber_data="SIDALIH",
    )
    Indikator.objects.filter(pk=i12.pk).update(satuan="kegiatan")
    Indikator.objects.filter(pk=i21.pk).update(nama="Nilai SAKIP", cara_penghitungan="Hasil LHE")
    Target.objects.filter(indikator=i11).update(nilai=Decimal(95))
    Target.objects.filter(indikator=i12).update(nilai=Decimal(6), nilai_huruf="")
    BarisPK.objects.filter(indikator=i11).update(target=Decimal(95))
    hasil = periksa_data(satker, 2025, hari_ini=date(2025, 2, 1))
    assert [f.message for f in hasil.findings if f.kind == "mutu"] == []


def test_demo_tanpa_temuan_mutu(demo):
    hasil = periksa_data(demo, 2023, hari_ini=date(2024, 2, 1))
    assert [f.message for f in hasil.findings if f.kind == "mutu"] == []
