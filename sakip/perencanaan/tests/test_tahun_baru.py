"""Year rollover: "Mulai tahun N" makes the draft PK from the Renstra with last year's
signatories; a new Renstra starts from the old one's structure when its period ends."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from sakip.demo import data_2023 as d
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import Indikator, PerjanjianKinerja, Renstra, Target
from sakip.perencanaan.services import PerencanaanError
from sakip.perencanaan.tahun_baru import mulai_renstra_baru, mulai_tahun, tahun_baru

pytestmark = pytest.mark.django_db


def test_mulai_tahun_dari_target_renstra_dengan_penandatangan_lalu(demo, perencana):
    tb = tahun_baru(demo, date(2023, 12, 10))
    assert (tb.tahun, tb.renstra.periode, str(tb.pk_lalu)) == (
        2024,
        "2020–2024",
        "PK 2023 KPU Kota Tangerang Selatan",
    )
    pk = mulai_tahun(perencana, demo, 2024, date(2023, 12, 10))
    lalu = PerjanjianKinerja.berlaku(demo, 2023)
    assert (pk.tahun, pk.perubahan, pk.tanggal, pk.tempat) == (
        2024,
        0,
        date(2023, 12, 10),
        "Tangerang Selatan",
    )
    for kolom in ("nama", "nip", "jabatan"):
        for pihak in ("pihak_pertama", "pihak_kedua"):
            assert getattr(pk, f"{pihak}_{kolom}") == getattr(lalu, f"{pihak}_{kolom}")
    assert pk.pihak_pertama_nama == d.SEKRETARIS
    baris = list(pk.baris.select_related("indikator__sasaran").order_by("urutan"))
    assert len(baris) == 14
    target = {
        t.indikator_id: (t.nilai, t.nilai_huruf)
        for t in Target.objects.filter(tahun=2024, triwulan__isnull=True)
    }
    assert [(b.target, b.target_huruf) for b in baris] == [target[b.indikator_id] for b in baris]
    with pytest.raises(PerencanaanError, match="^Tahun 2024 sudah dimulai"):
        mulai_tahun(perencana, demo, 2024, date(2023, 12, 11))


def test_tanggal_draf_2_januari_bila_sudah_lewat(demo, perencana):
    pk = mulai_tahun(perencana, demo, 2024, date(2024, 3, 1))
    assert pk.tanggal == date(2024, 1, 2)


def test_belum_waktunya(demo, perencana):
    with pytest.raises(PerencanaanError) as e:
        mulai_tahun(perencana, demo, 2024, date(2023, 11, 30))
    assert (
        str(e.value)
        == "Tahun 2024 dapat dimulai sejak 1 Desember 2023 (hari ini 30 November 2023)."
    )


def test_hanya_perencana_atau_admin(demo, pic):
    with pytest.raises(PermissionDenied):
        mulai_tahun(pic, demo, 2024, date(2023, 12, 10))


def test_renstra_berakhir_lalu_renstra_baru_dari_strukturnya(demo, perencana):
    mulai_tahun(perencana, demo, 2024, date(2023, 12, 10))
    tb = tahun_baru(demo, date(2024, 12, 5))
    assert (tb.tahun, tb.renstra, tb.renstra_lama.periode, tb.periode_baru) == (
        2025,
        None,
        "2020–2024",
        (2025, 2029),
    )
    with pytest.raises(PerencanaanError) as e:
        mulai_tahun(perencana, demo, 2025, date(2024, 12, 5))
    assert str(e.value) == (
        "Periode Renstra 2020–2024 sudah berakhir: mulai Renstra baru untuk tahun 2025 dari "
        "struktur Renstra 2020–2024 dahulu, lalu isi targetnya."
    )
    lama = tb.renstra_lama
    with pytest.raises(PerencanaanError, match="^Renstra 2020–2024 masih berjalan sampai 2024"):
        mulai_renstra_baru(perencana, lama, date(2023, 6, 1))
    baru = mulai_renstra_baru(perencana, lama, date(2024, 12, 5))
    assert (baru.periode, baru.visi, baru.dasar_hukum) == ("2025–2029", lama.visi, "")
    assert [m.uraian for m in baru.misi.all()] == [m.uraian for m in lama.misi.all()]
    assert [(s.nomor, s.uraian, s.tujuan.nomor) for s in baru.sasaran.all()] == [
        (s.nomor, s.uraian, s.tujuan.nomor) for s in lama.sasaran.all()
    ]

    def bentuk(renstra):
        return [
            (i.sasaran.nomor, i.nomor, i.nama, i.rumus, i.jenis, i.polaritas, i.unit_id, i.uraian)
            for i in Indikator.objects.filter(sasaran__renstra=renstra).select_related("sasaran")
        ]

    assert bentuk(baru) == bentuk(lama)
    assert len(bentuk(baru)) == 14
    assert not Target.objects.filter(indikator__sasaran__renstra=baru).exists()
    with pytest.raises(PerencanaanError, match="^Renstra 2025–2029 sudah ada"):
        mulai_renstra_baru(perencana, lama, date(2024, 12, 6))
    # the new period's targets, then the year starts with last year's signatories
    with pytest.raises(PerencanaanError, match="^Target tahun 2025 belum diisi untuk indikator"):
        mulai_tahun(perencana, demo, 2025, date(2024, 12, 5))
    for i in Indikator.objects.filter(sasaran__renstra=baru):
        Target.objects.create(
            indikator=i,
            tahun=2025,
            nilai=None if i.berhuruf else Decimal(90),
            nilai_huruf="A" if i.berhuruf else "",
        )
    pk = mulai_tahun(perencana, demo, 2025, date(2024, 12, 5))
    assert pk.baris.count() == 14
    assert {
        b.indikator.sasaran.renstra_id for b in pk.baris.select_related("indikator__sasaran")
    } == {baru.pk}
    assert pk.pihak_kedua_nama == PerjanjianKinerja.berlaku(demo, 2024).pihak_kedua_nama


def test_kantor_tanpa_pk_lalu(demo, perencana):
    """Another office (Renstra 2025–2029, no PK yet): nothing to carry over."""
    from sakip.organisasi.models import Keanggotaan

    kantor = Satker.objects.create(
        kode="1503",
        nama="KPU Kabupaten Sarolangun",
        jenis="kabkota",
        induk=Satker.objects.get(kode="00"),
    )
    Renstra.objects.create(satker=kantor, tahun_awal=2025, tahun_akhir=2029, visi="Visi")
    Keanggotaan.objects.filter(user=perencana).update(satker=kantor, unit=None)
    perencana.refresh_from_db()
    assert tahun_baru(kantor, date(2025, 1, 5)).tahun == 2025
    with pytest.raises(PerencanaanError) as e:
        mulai_tahun(perencana, kantor, 2025, date(2025, 1, 5))
    assert str(e.value) == (
        "Belum ada Perjanjian Kinerja sebelum tahun 2025 untuk disalin penandatangannya: buat "
        "PK 2025 di halaman Perjanjian Kinerja."
    )


def test_halaman_tahun_baru(client, perencana, pic, settings):
    settings.SAKIP_HARI_INI = "2023-12-10"
    url = reverse("perencanaan:tahun_baru", kwargs={"kode": "3674"})
    client.force_login(pic)
    assert client.get(url).status_code == 403
    client.force_login(perencana)
    r = client.get(url)
    assert r.status_code == 200
    assert "Mulai tahun 2024" in r.content.decode()
    r = client.post(url, {"aksi": "mulai_tahun"})
    assert r.status_code == 302
    assert r["Location"] == reverse("perencanaan:pk_ubah", kwargs={"kode": "3674", "tahun": 2024})
    assert PerjanjianKinerja.objects.filter(satker__kode="3674", tahun=2024).count() == 1
    settings.SAKIP_HARI_INI = "2024-12-05"
    r = client.get(url)
    assert "Mulai Renstra 2025–2029" in r.content.decode()
    lama = Renstra.objects.get(satker__kode="3674", tahun_awal=2020)
    r = client.post(url, {"aksi": "renstra_baru", "renstra": lama.pk})
    assert r.status_code == 302
    assert Renstra.objects.filter(satker__kode="3674", tahun_awal=2025, tahun_akhir=2029).exists()
    r = client.post(url, {"aksi": "renstra_baru", "renstra": lama.pk})
    assert r.status_code == 400
    assert "Renstra 2025–2029 sudah ada" in r.content.decode()
