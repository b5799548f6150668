"""The Perencana's planning pages: an office that is not the demo writes its plan."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.organisasi.models import Keanggotaan, Peran, UnitKerja
from sakip.perencanaan import services
from sakip.perencanaan.models import (
    BarisPK,
    Indikator,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _hari(settings):
    settings.SAKIP_HARI_INI = "2025-02-10"


@pytest.fixture
def kantor(kantor_lain):
    UnitKerja.objects.create(satker=kantor_lain, kode="umum", nama="Subbagian Umum")
    return kantor_lain


@pytest.fixture
def perencana_lain(kantor, django_user_model):
    user = django_user_model.objects.create_user("perencana-3671", password="rahasia-123")
    Keanggotaan.objects.create(user=user, satker=kantor, peran=Peran.PERENCANA)
    return user


@pytest.fixture
def masuk(client, perencana_lain):
    client.force_login(perencana_lain)
    return client


def _renstra(client, **lain):
    data = {
        "tahun_awal": "2025",
        "tahun_akhir": "2029",
        "visi": "Penyelenggara pemilu yang mandiri",
        "misi": "Misi satu\nMisi dua\n",
        "tujuan": "Tujuan satu",
        **lain,
    }
    return client.post(reverse("perencanaan:renstra_baru", args=["3671"]), data)


def test_the_perencana_writes_a_renstra_with_misi_and_tujuan(masuk, kantor):
    r = _renstra(masuk)
    renstra = Renstra.objects.get(satker=kantor)
    assert r.status_code == 302 and r.url == f"/perencanaan/3671/renstra/{renstra.pk}/"
    assert (renstra.periode, renstra.visi) == ("2025–2029", "Penyelenggara pemilu yang mandiri")
    assert [m.uraian for m in renstra.misi.all()] == ["Misi satu", "Misi dua"]
    assert renstra.history.count() == 1
    # a second Renstra overlapping the period is refused, nothing written
    r = _renstra(masuk, tahun_awal="2027", tahun_akhir="2031")
    assert r.status_code == 400
    assert "bertumpang tindih dengan Renstra 2025–2029" in r.content.decode()
    assert Renstra.objects.filter(satker=kantor).count() == 1


def test_sasaran_and_an_indicator_with_its_definition_sheet(masuk, kantor):
    _renstra(masuk)
    renstra = Renstra.objects.get(satker=kantor)
    url = reverse("perencanaan:sasaran_baru", args=["3671", renstra.pk])
    r = masuk.post(url, {"uraian": "Meningkatnya kualitas layanan", "tujuan": ""})
    sasaran = Sasaran.objects.get(renstra=renstra)
    assert r.status_code == 302 and sasaran.nomor == 1
    url = reverse("perencanaan:indikator_baru", args=["3671", sasaran.pk])
    isi = {
        "nama": "Persentase keputusan tepat waktu",
        "uraian": "Keputusan yang terbit tepat waktu",
        "cara_penghitungan": "Jumlah tepat waktu dibagi jumlah keputusan",
        "jenis": "persen",
        "satuan": "%",
        "rumus": "keputusan_tepat / (keputusan_total",
        "polaritas": "naik",
        "agregasi": "last",
        "sumber_data": "Buku register",
        "unit": str(UnitKerja.objects.get(satker=kantor).pk),
        "iku": "on",
    }
    r = masuk.post(url, isi)
    assert r.status_code == 400
    assert "Rumus tidak sah: penulisan rumus salah" in r.content.decode()
    assert not Indikator.objects.filter(sasaran=sasaran).exists()
    r = masuk.post(url, {**isi, "rumus": "keputusan_tepat / keputusan_total * 100"})
    assert r.status_code == 302
    i = Indikator.objects.get(sasaran=sasaran)
    assert (i.nomor, i.rumus, i.sumber_data, i.wajib_bukti) == (
        1,
        "keputusan_tepat / keputusan_total * 100",
        "Buku register",
        False,
    )
    html = masuk.get(reverse("perencanaan:indikator_ubah", args=["3671", i.pk])).content.decode()
    assert 'hx-get="/perencanaan/rumus/pratinjau/"' in html
    assert "Riwayat perubahan" in html


def test_the_formula_preview_names_the_quantities_or_says_what_is_wrong(masuk):
    url = reverse("perencanaan:rumus_pratinjau")
    html = masuk.get(url, {"rumus": "sesuai / total * 100"}).content.decode()
    assert "<code>sesuai</code>, <code>total</code>" in html
    assert "hasilnya 125" in html  # 10 / 8 * 100
    html = masuk.get(url, {"rumus": "sesuai / (total"}).content.decode()
    assert (
        "Rumus tidak dapat dibaca: penulisan rumus salah di sekitar karakter ke-10 "
        "(&#x27;(&#x27;): periksa tanda kurung dan operator." in html
    )
    html = masuk.get(url, {"rumus": "Sesuai ** 2"}).content.decode()
    assert "Rumus tidak dapat dibaca" in html


def _rencana(kantor, user, huruf=False):
    renstra = services.simpan_renstra(
        user, kantor, None, tahun_awal=2025, tahun_akhir=2029, visi="Visi"
    )
    s = services.simpan_sasaran(user, renstra, None, uraian="Sasaran satu")
    unit = UnitKerja.objects.get(satker=kantor)
    a = services.simpan_indikator(
        user, s, None, nama="Indeks kepuasan", jenis="angka", satuan="indeks", unit=unit
    )
    b = services.simpan_indikator(
        user, s, None, nama="Nilai SAKIP", jenis="huruf", satuan="predikat", unit=unit
    )
    return renstra, a, b


def test_targets_per_year_and_quarter_with_milestones(masuk, kantor, perencana_lain):
    renstra, a, b = _rencana(kantor, perencana_lain)
    url = reverse("perencanaan:target", args=["3671", renstra.pk, 2025])
    salah = {
        f"t-{a.pk}-0": "3,5 x",
        f"t-{a.pk}-1": "-1",
        f"t-{b.pk}-0": "Z",
        f"g-{b.pk}-2": "tonggak tanpa nilai",
    }
    r = masuk.post(url, salah)
    assert r.status_code == 400
    html = r.content.decode()
    for pesan in (
        "Indikator 1.1, tahun 2025:",
        "Indikator 1.1, TW I 2025: target tidak boleh negatif.",
        "Indikator 1.2, tahun 2025: &#x27;Z&#x27; bukan nilai huruf",
        "Indikator 1.2, TW II 2025: tonggak diisi tetapi nilai targetnya kosong.",
    ):
        assert pesan in html
    assert not Target.objects.filter(indikator__in=[a, b]).exists()
    r = masuk.post(
        url,
        {
            f"t-{a.pk}-0": "3,5",
            f"t-{a.pk}-2": "1.250,25",
            f"g-{a.pk}-2": "Survei semester I selesai",
            f"t-{b.pk}-0": "bb",
        },
    )
    assert r.status_code == 302
    assert Target.objects.get(indikator=a, tahun=2025, triwulan=None).nilai == Decimal("3.5")
    tw2 = Target.objects.get(indikator=a, tahun=2025, triwulan=2)
    assert (tw2.nilai, tw2.tonggak) == (Decimal("1250.25"), "Survei semester I selesai")
    assert Target.objects.get(indikator=b, tahun=2025, triwulan=None).nilai_huruf == "BB"
    assert (
        masuk.get(reverse("perencanaan:target", args=["3671", renstra.pk, 2031])).status_code == 404
    )


def _ttd(**lain):
    return {
        "tempat": "Tangerang",
        "tanggal": "2025-01-15",
        "pihak_pertama_nama": "Sekretaris Fiktif",
        "pihak_pertama_nip": "198001012005011001",
        "pihak_pertama_jabatan": "Sekretaris KPU Kota Tangerang",
        "pihak_kedua_nama": "Ketua Fiktif",
        "pihak_kedua_nip": "",
        "pihak_kedua_jabatan": "Ketua KPU Kota Tangerang",
        **lain,
    }


def test_a_pk_from_the_renstra_targets_signed_by_named_people(masuk, kantor, perencana_lain):
    renstra, a, b = _rencana(kantor, perencana_lain)
    url = reverse("perencanaan:pk_ubah", args=["3671", 2025])
    r = masuk.post(url, {"aksi": "buat", "sumber": "renstra", **_ttd()})
    assert r.status_code == 400
    assert "Target tahun 2025 belum diisi untuk indikator 1.1" in r.content.decode()
    services.simpan_target(
        perencana_lain,
        renstra,
        2025,
        [services.IsiTarget(a, None, "80"), services.IsiTarget(b, None, "A")],
    )
    r = masuk.post(
        url, {"aksi": "buat", "sumber": "renstra", **_ttd(pihak_kedua_nama="[Nama Ketua]")}
    )
    assert r.status_code == 400
    assert "Nama pihak kedua masih memuat isian sementara [Nama Ketua]" in r.content.decode()
    r = masuk.post(url, {"aksi": "buat", "sumber": "renstra", **_ttd(tanggal="2025-03-01")})
    assert r.status_code == 400 and "belum tiba" in r.content.decode()
    r = masuk.post(url, {"aksi": "buat", "sumber": "renstra", **_ttd(tanggal="2024-10-01")})
    assert r.status_code == 400 and "Centang konfirmasi" in r.content.decode()
    assert not PerjanjianKinerja.objects.filter(satker=kantor).exists()
    r = masuk.post(url, {"aksi": "buat", "sumber": "renstra", **_ttd()})
    assert r.status_code == 302
    pk = PerjanjianKinerja.objects.get(satker=kantor, tahun=2025)
    assert (pk.pihak_kedua_nama, pk.pihak_pertama_nip, pk.tanggal) == (
        "Ketua Fiktif",
        "198001012005011001",
        date(2025, 1, 15),
    )
    assert [(b.indikator.nama, b.target, b.target_huruf) for b in pk.baris.all()] == [
        ("Indeks kepuasan", Decimal("80.0000"), ""),
        ("Nilai SAKIP", None, "A"),
    ]


def test_a_pk_perubahan_keeps_the_earlier_version_and_shows_it(masuk, kantor, perencana_lain):
    renstra, a, b = _rencana(kantor, perencana_lain)
    services.simpan_target(
        perencana_lain,
        renstra,
        2025,
        [services.IsiTarget(a, None, "80"), services.IsiTarget(b, None, "A")],
    )
    pk = services.buat_pk(
        perencana_lain,
        kantor,
        2025,
        services.Penandatangan(**{k: v for k, v in _ttd(tanggal=date(2025, 1, 15)).items()}),
        hari_ini=date(2025, 2, 10),
    )
    url = reverse("perencanaan:pk_ubah", args=["3671", 2025])
    r = masuk.post(url, {"aksi": "perubahan", "alasan": "", "tanggal": "2025-02-01"})
    assert r.status_code == 400
    r = masuk.post(
        url, {"aksi": "perubahan", "alasan": "Refocusing anggaran", "tanggal": "2025-02-01"}
    )
    assert r.status_code == 302
    baru = PerjanjianKinerja.berlaku(kantor, 2025)
    assert (baru.perubahan, baru.alasan_perubahan, baru.tanggal) == (
        1,
        "Refocusing anggaran",
        date(2025, 2, 1),
    )
    assert BarisPK.objects.filter(pk_dokumen=pk).count() == 2
    assert BarisPK.objects.filter(pk_dokumen=baru).count() == 2
    b1 = baru.baris.get(indikator=a)
    r = masuk.post(url, {"aksi": "target", f"b-{b1.pk}": "85,5"})
    assert r.status_code == 302
    assert baru.baris.get(indikator=a).target == Decimal("85.5")
    assert pk.baris.get(indikator=a).target == Decimal("80")
    html = masuk.get(url).content.decode()
    assert 'PK Perubahan 1</span> <span class="badge text-bg-success">berlaku' in html
    assert "Alasan: Refocusing anggaran" in html and "PK awal" in html


@pytest.mark.parametrize("peran", ["pic", "verifikator", "pimpinan", "evaluator"])
def test_other_roles_may_not_plan(client, request, peran, demo):
    client.force_login(request.getfixturevalue(peran))
    for url in (
        reverse("perencanaan:kelola", args=["3674"]),
        reverse("perencanaan:pk_ubah", args=["3674", 2023]),
    ):
        assert client.get(url).status_code == 403


def test_another_office_is_a_404(client, orang_luar, demo):
    client.force_login(orang_luar)
    renstra = Renstra.objects.get(satker=demo)
    for url in (
        reverse("perencanaan:kelola", args=["3674"]),
        reverse("perencanaan:renstra_ubah", args=["3674", renstra.pk]),
        reverse("perencanaan:pk_ubah", args=["3674", 2023]),
        reverse("perencanaan:pohon", args=["3674"]),
    ):
        assert client.get(url).status_code == 404
    # the office's own code with a Renstra of 3674 is a 404 too
    url = reverse("perencanaan:renstra_ubah", args=["3671", renstra.pk])
    assert client.get(url).status_code == 404


def test_the_demo_planning_pages_open_for_the_perencana(client, perencana, demo):
    client.force_login(perencana)
    renstra = Renstra.objects.get(satker=demo)
    s = renstra.sasaran.first()
    i = s.indikator.first()
    for url in (
        reverse("perencanaan:kelola", args=["3674"]),
        reverse("perencanaan:renstra_ubah", args=["3674", renstra.pk]),
        reverse("perencanaan:sasaran_ubah", args=["3674", s.pk]),
        reverse("perencanaan:indikator_ubah", args=["3674", i.pk]),
        reverse("perencanaan:target", args=["3674", renstra.pk, 2023]),
        reverse("perencanaan:pk_ubah", args=["3674", 2023]),
        reverse("perencanaan:pohon", args=["3674"]),
    ):
        assert client.get(url).status_code == 200, url


def test_the_pk_page_shows_every_version_and_an_earlier_one_on_request(client, perencana, demo):
    pk = PerjanjianKinerja.berlaku(demo, 2023)
    baru = services.buat_pk_perubahan(
        perencana,
        pk,
        alasan="Penyesuaian target",
        tanggal=date(2023, 7, 1),
        hari_ini=date(2024, 1, 5),
    )
    client.force_login(perencana)
    html = client.get(reverse("pk", args=["3674", 2023])).content.decode()
    assert "Perjanjian Kinerja Tahun 2023 (Perubahan 1)" in html
    assert "Alasan perubahan: Penyesuaian target" in html
    assert 'href="/satker/3674/2023/pk/?perubahan=0"' in html
    lama = client.get(reverse("pk", args=["3674", 2023]) + "?perubahan=0").content.decode()
    assert 'data-testid="versi-lama"' in lama and "M. TAUFIQ MZ" in lama
    assert client.get(reverse("pk", args=["3674", 2023]) + "?perubahan=7").status_code == 404
    assert baru.baris.count() == pk.baris.count() == 14


def test_the_signatories_are_corrected_on_the_page_and_the_history_keeps_the_old(
    client, perencana, demo
):
    pk = PerjanjianKinerja.berlaku(demo, 2023)
    client.force_login(perencana)
    url = reverse("perencanaan:pk_ubah", args=["3674", 2023])
    data = {
        "aksi": "penandatangan",
        "tempat": "Tangerang Selatan",
        "tanggal": "2023-01-31",
        "pihak_pertama_nama": pk.pihak_pertama_nama,
        "pihak_pertama_nip": "NIP. -",
        "pihak_pertama_jabatan": pk.pihak_pertama_jabatan,
        "pihak_kedua_nama": "xxx",
        "pihak_kedua_nip": "",
        "pihak_kedua_jabatan": pk.pihak_kedua_jabatan,
    }
    r = client.post(url, data)
    assert r.status_code == 400
    html = r.content.decode()
    assert "NIP pihak pertama masih memuat isian sementara NIP. -" in html
    assert "Nama pihak kedua masih memuat isian sementara xxx" in html
    r = client.post(
        url, {**data, "pihak_pertama_nip": "19781010 200312 2 001", "pihak_kedua_nama": "ABC"}
    )
    assert r.status_code == 302
    pk.refresh_from_db()
    assert (pk.pihak_pertama_nip, pk.pihak_kedua_nama) == ("19781010 200312 2 001", "ABC")
    assert [h.pihak_kedua_nama for h in pk.history.order_by("history_date")][-1] == "ABC"
    assert pk.history.filter(pihak_kedua_nama="M. TAUFIQ MZ").exists()


def test_a_sasaran_in_the_pk_is_not_deleted(client, perencana, demo):
    client.force_login(perencana)
    s = Sasaran.objects.get(renstra__satker=demo, nomor=1)
    r = client.post(reverse("perencanaan:sasaran_hapus", args=["3674", s.pk]), follow=True)
    assert "tidak dapat dihapus: indikatornya sudah tercantum dalam Perjanjian Kinerja" in (
        r.content.decode()
    )
    assert Sasaran.objects.filter(pk=s.pk).exists()
    kosong = services.simpan_sasaran(perencana, s.renstra, None, uraian="Sasaran sementara")
    r = client.post(reverse("perencanaan:sasaran_hapus", args=["3674", kosong.pk]))
    assert r.status_code == 302 and not Sasaran.objects.filter(pk=kosong.pk).exists()


def test_a_pk_copied_from_last_year_takes_this_years_renstra_targets(client, perencana, demo):
    client.force_login(perencana)
    lalu = PerjanjianKinerja.berlaku(demo, 2023)
    i = lalu.baris.first().indikator
    Target.objects.filter(indikator=i, tahun=2024, triwulan=None).delete()
    url = reverse("perencanaan:pk_ubah", args=["3674", 2024])
    html = client.get(url).content.decode()
    assert 'value="M. TAUFIQ MZ"' in html  # signatories carried over from the PK 2023
    r = client.post(
        url,
        {
            "aksi": "buat",
            "sumber": "tahun_lalu",
            **_ttd(tanggal="2024-01-15", tempat="Tangerang Selatan"),
        },
    )
    assert r.status_code == 302
    pk = PerjanjianKinerja.objects.get(satker=demo, tahun=2024)
    assert pk.baris.count() == lalu.baris.count() == 14
    assert pk.total_anggaran() == lalu.total_anggaran()
    baris = {b.indikator_id: b for b in pk.baris.all()}
    assert baris[i.pk].target == lalu.baris.get(indikator=i).target  # no 2024 target: last year's
    lain = lalu.baris.exclude(indikator=i).exclude(indikator__jenis="huruf").first().indikator
    assert (
        baris[lain.pk].target == Target.objects.get(indikator=lain, tahun=2024, triwulan=None).nilai
    )
