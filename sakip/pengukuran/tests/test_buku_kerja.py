"""The onboarding workbook: export, the round trip into a new office, idempotence, migrated
realisations, permissions and the pages."""

import io
import json
from datetime import date

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook

from sakip.lib.kesalahan import ImporError
from sakip.organisasi.models import Keanggotaan, Peran, Satker
from sakip.pengukuran import services
from sakip.pengukuran.buku_kerja import ekspor_buku_kerja, impor_buku_kerja, template_buku_kerja
from sakip.pengukuran.models import JejakRealisasi, Realisasi
from sakip.perencanaan.buku_kerja.lembar import LEMBAR
from sakip.perencanaan.models import Indikator, PerjanjianKinerja

pytestmark = pytest.mark.django_db


def jumlah_baris() -> dict[str, int]:
    """Rows of every table (history tables too): what "writes nothing" compares."""
    return {
        m._meta.label: m._base_manager.count()
        for m in apps.get_models()
        if m._meta.app_label
        in ("organisasi", "perencanaan", "pengukuran", "auth", "anggaran", "laporan")
    }


def ubah(data: bytes, *langkah) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    for f in langkah:
        f(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def kolom(ws, nama: str) -> int:
    for sel in ws[1]:
        if sel.value == nama:
            return sel.column
    raise KeyError(nama)


def isi(lembar: str, baris: int, nama: str, nilai):
    def f(wb):
        ws = wb[lembar]
        ws.cell(baris, kolom(ws, nama)).value = nilai

    return f


KANTOR_BARU = (isi("profil", 2, "kode", "3699"), isi("profil", 2, "nama", "KPU Kota Contoh"))


def capaian_json(kode: str) -> list:
    out = io.StringIO()
    call_command("capaian", satker=kode, tahun=2023, json=True, stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def buku(demo) -> bytes:
    return ekspor_buku_kerja(demo, 2023)


def test_ekspor_memuat_semua_lembar_dan_baris_demo(buku):
    wb = load_workbook(io.BytesIO(buku))
    assert wb.sheetnames == ["petunjuk"] + [s.nama for s in LEMBAR]
    banyak = {ws.title: ws.max_row - 1 for ws in wb.worksheets[1:]}
    assert banyak == {
        "profil": 1,
        "skala": 9,
        "unit": 4,
        "pegawai": 30,
        "pengguna": 0,
        "renstra": 14,
        "sasaran": 8,
        "indikator": 14,
        "target": 28,
        "pk": 1,
        "pk_indikator": 14,
        "pk_anggaran": 2,
        "realisasi": 56,
    }
    profil = [c.value for c in wb["profil"][2]]
    assert profil[:4] == ["3674", "KPU Kota Tangerang Selatan", "36", "kabkota"]


def test_perjalanan_pulang_pergi_ke_kantor_baru(buku):
    data = ubah(buku, *KANTOR_BARU)
    hasil = impor_buku_kerja(None, "baru.xlsx", data)
    assert hasil.satker_baru
    baru = Satker.objects.get(kode="3699")
    assert (baru.nama, baru.induk.kode, baru.jenis) == ("KPU Kota Contoh", "36", "kabkota")
    asal = capaian_json("3674")
    assert len(asal) == 14
    assert capaian_json("3699") == asal
    # a second import writes nothing: no row, no history entry
    sebelum = jumlah_baris()
    kedua = impor_buku_kerja(None, "baru.xlsx", data)
    assert not kedua.satker_baru
    assert kedua.tertulis.kosong
    assert kedua.pesan() == ["Tidak ada yang berubah: isi berkas sama dengan data yang tersimpan."]
    assert jumlah_baris() == sebelum


def test_perintah_ekspor_dan_impor(buku, tmp_path):
    berkas = tmp_path / "F.xlsx"
    call_command("ekspor_rencana", satker="3674", tahun=2023, out=str(berkas), stdout=io.StringIO())
    assert load_workbook(berkas)["profil"]["A2"].value == "3674"
    berkas.write_bytes(ubah(berkas.read_bytes(), *KANTOR_BARU))
    out = io.StringIO()
    call_command("impor_rencana", str(berkas), satker="36", stdout=out)
    teks = out.getvalue()
    assert "KPU Kota Contoh (3699) dibuat dari F.xlsx." in teks
    assert "  indikator: 14 baru." in teks
    assert "  realisasi (migrasi): 56 baru." in teks


def test_perintah_menolak_dengan_semua_kesalahan(buku, tmp_path):
    from django.core.management.base import CommandError

    berkas = tmp_path / "F.xlsx"
    berkas.write_bytes(ubah(buku, isi("profil", 2, "kode_induk", "99")))
    err = io.StringIO()
    with pytest.raises(CommandError, match="Impor ditolak: 1 kesalahan; tidak ada yang disimpan."):
        call_command("impor_rencana", str(berkas), stderr=err)
    assert err.getvalue() == (
        "  - lembar 'profil', baris 2, kolom C (kode_induk): kantor induk '99' tidak dikenal; "
        "kantor induk harus sudah ada\n"
    )


def test_impor_ulang_kantor_sendiri_tidak_mengubah_apa_pun(buku):
    sebelum = jumlah_baris()
    hasil = impor_buku_kerja(None, "3674.xlsx", buku)
    assert hasil.tertulis.kosong
    assert jumlah_baris() == sebelum


def test_realisasi_dimigrasikan_disetujui_dan_ditandai(buku, client, django_user_model):
    impor_buku_kerja(None, "baru.xlsx", ubah(buku, *KANTOR_BARU), hari_ini=date(2024, 2, 1))
    r = Realisasi.objects.get(
        indikator__sasaran__renstra__satker__kode="3699",
        indikator__sasaran__nomor=1,
        indikator__nomor=1,
        tahun=2023,
        triwulan=4,
    )
    assert r.status == Realisasi.Status.DISETUJUI
    jejak = list(r.jejak.values_list("aksi", "dari_status", "ke_status", "komentar"))
    assert jejak == [
        (
            "migrasi",
            "",
            "disetujui",
            "Dimigrasikan dari buku kerja baru.xlsx; disetujui per 1 Februari 2024.",
        )
    ]
    assert (
        JejakRealisasi.objects.filter(
            aksi="migrasi", realisasi__indikator__sasaran__renstra__satker__kode="3699"
        ).count()
        == 56
    )
    # the realisation page says where the value came from
    client.force_login(django_user_model.objects.get(username="nasional"))
    halaman = client.get(
        reverse(
            "pengukuran:realisasi",
            kwargs={"kode": "3699", "indikator_id": r.indikator_id, "tahun": 2023, "triwulan": 4},
        )
    )
    assert halaman.status_code == 200
    teks = halaman.content.decode()
    assert "Dimigrasikan dari buku kerja: baru → Disetujui" in teks
    assert "Dimigrasikan dari buku kerja baru.xlsx; disetujui per 1 Februari 2024." in teks


def test_ubah_nilai_migrasi_memperbarui_dengan_jejak(buku):
    data = ubah(buku, *KANTOR_BARU)
    impor_buku_kerja(None, "baru.xlsx", data)
    wb = load_workbook(io.BytesIO(data))
    ws = wb["realisasi"]
    assert [ws.cell(2, c).value for c in range(1, 5)] == [1, 1, 2023, 1]
    kedua = ubah(data, isi("realisasi", 2, "nilai", 50))
    hasil = impor_buku_kerja(None, "baru.xlsx", kedua)
    assert hasil.pesan() == ["realisasi (migrasi): 1 diubah."]
    r = Realisasi.objects.get(
        indikator__sasaran__renstra__satker__kode="3699",
        indikator__sasaran__nomor=1,
        indikator__nomor=1,
        tahun=2023,
        triwulan=1,
    )
    assert r.nilai == 50
    assert r.jejak.filter(aksi="migrasi").count() == 2


def test_realisasi_alur_tidak_ditimpa(buku, pic, verifikator, pimpinan):
    """A value that went through the workflow is never replaced by a workbook."""
    ind = Indikator.objects.get(sasaran__renstra__satker__kode="3674", sasaran__nomor=1, nomor=1)
    r = Realisasi.objects.get(indikator=ind, tahun=2023, triwulan=1)
    r.status = Realisasi.Status.DISETUJUI
    JejakRealisasi.objects.create(realisasi=r, aksi="setujui", ke_status="disetujui")
    data = ubah(buku, isi("realisasi", 2, "nilai", 50))
    sebelum = jumlah_baris()
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "3674.xlsx", data)
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'realisasi', baris 2, kolom E (nilai): realisasi indikator 1.1 TW I 2023 sudah "
        "diisi lewat alur realisasi (status Disetujui); ubah di halaman realisasi, bukan lewat "
        "buku kerja"
    ]
    assert jumlah_baris() == sebelum


def test_triwulan_belum_berakhir_ditolak(buku):
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "b.xlsx", ubah(buku, *KANTOR_BARU), hari_ini=date(2023, 12, 31))
    pesan = {str(k) for k in e.value.kesalahan}
    assert len(e.value.kesalahan) == 14
    assert (
        "lembar 'realisasi', baris 5, kolom D (triwulan): TW IV 2023 belum berakhir (berakhir "
        "31 Desember 2023); buku kerja hanya memuat realisasi triwulan yang sudah lewat, isi "
        "yang lain lewat alur realisasi"
    ) in pesan


# -- permissions ----------------------------------------------------------------------------


def test_perencana_kantor_sendiri_boleh_pic_tidak(buku, perencana, pic):
    assert impor_buku_kerja(perencana, "3674.xlsx", buku, "3674").tertulis.kosong
    with pytest.raises(PermissionDenied):
        impor_buku_kerja(pic, "3674.xlsx", buku, "3674")


def test_kantor_lain_tidak_boleh(buku, orang_luar):
    with pytest.raises(PermissionDenied):
        impor_buku_kerja(orang_luar, "3674.xlsx", buku)
    with pytest.raises(PermissionDenied):
        impor_buku_kerja(orang_luar, "baru.xlsx", ubah(buku, *KANTOR_BARU))


def test_lembar_pengguna_hanya_admin(demo, perencana):
    data = ekspor_buku_kerja(demo, 2023, pengguna=True)
    with pytest.raises(PermissionDenied, match="Lembar pengguna hanya boleh diimpor oleh Admin"):
        impor_buku_kerja(perencana, "3674.xlsx", data)
    admin = get_user_model().objects.get(username="admin")
    assert impor_buku_kerja(admin, "3674.xlsx", data).tertulis.kosong


def test_pengelola_pusat_membuat_kantor_dengan_pengguna(buku, django_user_model):
    nasional = django_user_model.objects.get(username="nasional")
    admin_banten = django_user_model.objects.create_user("admin-banten", password="rahasia-123")
    Keanggotaan.objects.create(
        user=admin_banten, satker=Satker.objects.get(kode="36"), peran=Peran.ADMIN
    )

    def pengguna(wb):
        ws = wb["pengguna"]
        ws.append(["perencana-3699", "Sari", "", "sari@contoh.go.id", "perencana", "perencanaan"])
        ws.append(["pic-3699", "", "", "", "pic", "keuangan"])

    data = ubah(buku, *KANTOR_BARU, pengguna)
    with pytest.raises(PermissionDenied, match="Hanya pengelola pusat"):
        impor_buku_kerja(admin_banten, "baru.xlsx", data, "36")
    impor_buku_kerja(nasional, "baru.xlsx", data, "36")
    k = Keanggotaan.objects.get(user__username="pic-3699")
    assert (k.satker.kode, k.peran, k.unit.kode) == ("3699", "pic", "keuangan")
    assert not k.user.has_usable_password()
    # once it exists, its plan is the office's own: not the superuser's
    with pytest.raises(PermissionDenied, match="Hanya Perencana atau Admin kantor ini"):
        impor_buku_kerja(nasional, "baru.xlsx", data, "3699")


def test_profil_hanya_diubah_admin(buku, perencana):
    data = ubah(buku, isi("profil", 2, "batas_capaian", 100))
    with pytest.raises(PermissionDenied, match="hanya Admin kantor ini"):
        impor_buku_kerja(perencana, "3674.xlsx", data)
    admin = get_user_model().objects.get(username="admin")
    hasil = impor_buku_kerja(admin, "3674.xlsx", data)
    assert hasil.pesan() == ["kantor: 1 diubah."]
    assert Satker.objects.get(kode="3674").batas_capaian == 100


# -- pages ----------------------------------------------------------------------------------


def test_template_dapat_diunduh_dan_kosong(client, perencana):
    client.force_login(perencana)
    r = client.get(reverse("pengukuran:buku_kerja_template"))
    assert r.status_code == 200
    wb = load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["petunjuk"] + [s.nama for s in LEMBAR]
    assert [c.value for c in wb["indikator"][1]][:3] == ["sasaran", "nomor", "nama"]
    assert all(ws.max_row == 1 for ws in wb.worksheets[1:])
    [daftar] = [
        dv for dv in wb["indikator"].data_validations.dataValidation if str(dv.sqref) == "I2:I2000"
    ]
    assert daftar.formula1 == '"naik,turun"'
    assert r.content[:4] == template_buku_kerja()[:4]


def test_halaman_impor_menolak_dan_menerima(client, perencana, buku):
    client.force_login(perencana)
    url = reverse("pengukuran:buku_kerja", kwargs={"kode": "3674"})
    assert client.get(url).status_code == 200
    rusak = io.BytesIO(ubah(buku, isi("target", 2, "nilai", "sepuluh")))
    rusak.name = "rusak.xlsx"
    sebelum = jumlah_baris()
    r = client.post(url, {"berkas": rusak})
    assert r.status_code == 400
    teks = r.content.decode()
    assert "Impor ditolak: 1 kesalahan." in teks
    assert "target &#x27;sepuluh&#x27; bukan angka (indikator 1.1 bernilai persen)" in teks
    assert jumlah_baris() == sebelum
    baik = io.BytesIO(buku)
    baik.name = "3674.xlsx"
    r = client.post(url, {"berkas": baik})
    assert r.status_code == 302
    r = client.get(url)
    assert "Tidak ada yang berubah" in r.content.decode()


def test_halaman_ekspor(client, perencana, pic):
    url = reverse("pengukuran:buku_kerja_ekspor", kwargs={"kode": "3674", "tahun": 2023})
    client.force_login(pic)
    assert client.get(url).status_code == 403
    assert client.get(reverse("pengukuran:buku_kerja", kwargs={"kode": "3674"})).status_code == 403
    client.force_login(perencana)
    r = client.get(url)
    assert r.status_code == 200
    assert load_workbook(io.BytesIO(r.content))["pk"]["A2"].value == 2023
    r = client.get(reverse("pengukuran:buku_kerja_ekspor", kwargs={"kode": "3674", "tahun": 2030}))
    assert r.status_code == 302


def test_pengelola_pusat_membuat_kantor_lewat_halaman(client, buku, django_user_model):
    client.force_login(django_user_model.objects.get(username="nasional"))
    berkas = io.BytesIO(ubah(buku, *KANTOR_BARU))
    berkas.name = "baru.xlsx"
    r = client.post(reverse("pengukuran:buku_kerja", kwargs={"kode": "36"}), {"berkas": berkas})
    assert r.status_code == 302
    assert r["Location"] == reverse("pengukuran:buku_kerja", kwargs={"kode": "3699"})
    assert Satker.objects.get(kode="3699").induk.kode == "36"


def test_pk_tanpa_baris_dibangun_dari_target(buku):
    def tanpa_baris(wb):
        del wb["pk_indikator"]

    impor_buku_kerja(None, "baru.xlsx", ubah(buku, *KANTOR_BARU, tanpa_baris))
    pk = PerjanjianKinerja.berlaku(Satker.objects.get(kode="3699"), 2023)
    assert pk.baris.count() == 14
    assert capaian_json("3699") == capaian_json("3674")
    assert services  # the workflow module stays importable beside the workbook
