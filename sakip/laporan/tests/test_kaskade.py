"""The national cascade: KPU RI publishes an indicator to all 552 offices below; the page of
one national indicator compares every office's target, realisation, capaian and category."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from sakip.organisasi.models import Keanggotaan, Satker
from sakip.organisasi.wilayah import muat_wilayah
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.kaskade import turunkan_indikator
from sakip.perencanaan.models import Indikator, Renstra, Sasaran, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def nasional(demo):
    muat_wilayah()
    ri = Satker.objects.get(kode="00")
    renstra = Renstra.objects.create(satker=ri, tahun_awal=2020, tahun_akhir=2024, visi="Visi KPU")
    sasaran = Sasaran.objects.create(renstra=renstra, nomor=1, uraian="Pemilu berkualitas")
    return Indikator.objects.create(
        sasaran=sasaran,
        nomor=1,
        nama="Persentase tahapan tepat waktu",
        uraian="Tahapan yang selesai sesuai jadwal dibagi seluruh tahapan.",
        satuan="%",
    )


def _isi(kode: str, target: str, nilai: str, status=Realisasi.Status.DISETUJUI):
    i = Indikator.objects.get(
        sasaran__renstra__satker__kode=kode, nama="Persentase tahapan tepat waktu"
    )
    Target.objects.create(indikator=i, tahun=2023, nilai=Decimal(target))
    for tw in (1, 2, 3, 4):
        Realisasi.objects.create(
            indikator=i, tahun=2023, triwulan=tw, nilai=Decimal(nilai), status=status
        )
    return i


def test_cascade_to_every_office_below_and_again_changes_nothing(nasional, demo):
    h = turunkan_indikator(None, [nasional])
    assert (h.kantor, h.dibuat, h.diperbarui) == (552, 552, 0)
    tangsel = Indikator.objects.get(
        sasaran__renstra__satker=demo, nama="Persentase tahapan tepat waktu"
    )
    assert tangsel.indikator_induk.satker.kode == "36"
    assert tangsel.indikator_induk.indikator_induk == nasional
    assert tangsel.sasaran.renstra.tahun_awal == 2020  # the demo's own Renstra 2020–2024
    assert tangsel.uraian == nasional.uraian and not tangsel.target.exists()
    assert turunkan_indikator(None, [nasional]) == type(h)(552, 0, 0)
    nasional.uraian = "Definisi baru."
    nasional.save()
    assert turunkan_indikator(None, [nasional]).diperbarui == 552
    tangsel.refresh_from_db()
    assert tangsel.uraian == "Definisi baru."


def test_only_the_offices_perencana_cascades(nasional, perencana):
    with pytest.raises(PermissionDenied):
        turunkan_indikator(perencana, [nasional])  # a kab/kota's Perencana, not KPU RI's


def test_the_national_indicator_page_compares_every_office(client, nasional, evaluator, demo):
    turunkan_indikator(None, [nasional])
    _isi("3603", "100", "95")
    _isi("3601", "100", "40")
    _isi("3602", "100", "80", Realisasi.Status.DIAJUKAN)
    user = Keanggotaan.objects.get(user=evaluator)
    user.satker = Satker.objects.get(kode="00")
    user.save()
    client.force_login(evaluator)
    url = reverse("indikator_nasional", args=["00", nasional.pk, 2023])
    r = client.get(url)
    assert r.status_code == 200
    baris = {b.satker.kode: b for b in r.context["baris"]}
    assert len(baris) == 552
    assert (baris["3603"].capaian, baris["3603"].kategori) == (Decimal(95), "Berhasil")
    # the demo office measures its PK's indicators in 2023: the copy is listed, without figures
    assert (baris["3674"].dalam_tahun, baris["3674"].capaian) == (False, None)
    assert (baris["3601"].capaian, baris["3601"].kategori) == (Decimal(40), "Tidak Berhasil")
    assert (baris["3602"].capaian, baris["3602"].status) == (None, "diajukan")
    assert [b.satker.kode for b in r.context["baris"][:2]] == ["3603", "3601"]  # ranking
    assert dict(r.context["sebaran"])["Berhasil"] == 1 and r.context["menunggu"] == 1
    html = r.content.decode()
    assert 'data-status-tahunan="diajukan"' in html and "95,00 %" in html


def test_a_province_evaluator_sees_its_copy_but_not_the_national_page(client, nasional, evaluator):
    turunkan_indikator(None, [nasional])
    client.force_login(evaluator)
    assert (
        client.get(reverse("indikator_nasional", args=["00", nasional.pk, 2023])).status_code == 404
    )
    banten = Indikator.objects.get(
        sasaran__renstra__satker__kode="36", nama="Persentase tahapan tepat waktu"
    )
    r = client.get(reverse("indikator_nasional", args=["36", banten.pk, 2023]))
    assert sorted(b.satker.kode for b in r.context["baris"]) == [
        "3601", "3602", "3603", "3604", "3671", "3672", "3673", "3674"
    ]  # fmt: skip
    jabar = Indikator.objects.get(
        sasaran__renstra__satker__kode="32", nama="Persentase tahapan tepat waktu"
    )
    assert client.get(reverse("indikator_nasional", args=["32", jabar.pk, 2023])).status_code == 404
    # an indicator id of another office under an office the user may read: 404 too
    assert client.get(reverse("indikator_nasional", args=["36", jabar.pk, 2023])).status_code == 404


def test_the_command_cascades_and_the_roll_up_links_the_indicator(client, nasional, evaluator):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("turunkan_indikator", "--satker", "00", "--tahun", "2023", stdout=out)
    assert out.getvalue().strip() == (
        "552 kantor di bawah KPU Republik Indonesia: 552 indikator dibuat, 0 diperbarui."
    )
    client.force_login(evaluator)
    html = client.get(reverse("daftar_satker"), {"tahun": "2023"}).content.decode()
    banten = Indikator.objects.get(
        sasaran__renstra__satker__kode="36", nama="Persentase tahapan tepat waktu"
    )
    assert reverse("indikator_nasional", args=["36", banten.pk, 2023]) in html
