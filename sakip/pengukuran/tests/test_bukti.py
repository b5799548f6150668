"""Evidence uploads: type by content, size, empty, names, duplicates; downloads by permission."""

import hashlib
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.pengukuran import services
from sakip.pengukuran.berkas import content_disposition, nama_aman
from sakip.pengukuran.models import Bukti, JejakRealisasi, Realisasi

from .conftest import HARI, LOGISTIK, isi_nilai, pdf

pytestmark = pytest.mark.django_db


def _png() -> bytes:
    from PIL import Image

    keluaran = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(keluaran, "PNG")
    return keluaran.getvalue()


def _jpg() -> bytes:
    from PIL import Image

    keluaran = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(keluaran, "JPEG")
    return keluaran.getvalue()


def _docx() -> bytes:
    import docx

    keluaran = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Berita acara")
    d.save(keluaran)
    return keluaran.getvalue()


def _xlsx() -> bytes:
    import openpyxl

    keluaran = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active["A1"] = 12
    wb.save(keluaran)
    return keluaran.getvalue()


def _zip(nama_dalam: str) -> bytes:
    keluaran = io.BytesIO()
    with zipfile.ZipFile(keluaran, "w") as z:
        z.writestr(nama_dalam, "isi")
    return keluaran.getvalue()


def berkas(nama, isi):
    return SimpleUploadedFile(nama, isi)


@pytest.fixture
def realisasi(pic):
    return isi_nilai(pic, LOGISTIK, nilai="90")


def semua_berkas(settings):
    root = settings.MEDIA_ROOT
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("nama", "isi", "jenis", "nama_simpan"),
    [
        ("Berita Acara TW2.pdf", pdf().read(), "pdf", "Berita Acara TW2.pdf"),
        ("foto.png", _png(), "png", "foto.png"),
        ("foto.jpeg", _jpg(), "jpg", "foto.jpg"),
        ("laporan.docx", _docx(), "docx", "laporan.docx"),
        ("rekap.xlsx", _xlsx(), "xlsx", "rekap.xlsx"),
        # a real PNG with a wrong extension keeps its content's type
        ("scan.pdf", _png(), "png", "scan.png"),
    ],
)
def test_accepted_types_are_stored_by_generated_name(
    settings, pic, realisasi, nama, isi, jenis, nama_simpan
):
    b = services.tambah_bukti(pic, realisasi.pk, berkas(nama, isi), hari_ini=HARI)
    b.refresh_from_db()
    assert (b.nama, b.jenis, b.ukuran) == (nama_simpan, jenis, len(isi))
    assert b.sha256 == hashlib.sha256(isi).hexdigest()
    assert b.diunggah_oleh == pic
    tersimpan = semua_berkas(settings)
    assert len(tersimpan) == 1
    assert tersimpan[0].startswith("bukti/2024/tw2/")
    assert tersimpan[0].endswith(f".{jenis}")
    assert len(tersimpan[0].split("/")[-1]) == 32 + 1 + len(jenis)
    assert (settings.MEDIA_ROOT / b.berkas.name).read_bytes() == isi
    j = JejakRealisasi.objects.filter(realisasi=realisasi).order_by("-pk").first()
    assert (j.aksi, j.komentar, j.pengguna) == ("tambah_bukti", nama_simpan, pic)
    assert b.history.first().history_user == pic


@pytest.mark.parametrize(
    ("nama", "isi", "pesan"),
    [
        (
            "laporan.pdf",
            b"Ini hanya teks biasa yang diberi nama .pdf\n" * 10,
            "Isi berkas tidak dikenali sebagai PDF, JPG, PNG, DOCX atau XLSX, apa pun nama berkasnya.",
        ),
        (
            "program.pdf",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200,
            "Berkas ini program Windows (EXE), tidak diterima; unggah PDF, JPG, PNG, DOCX atau XLSX.",
        ),
        (
            "arsip.docx",
            _zip("dokumen/isi.txt"),
            "Berkas ZIP ini bukan dokumen Word (DOCX) atau Excel (XLSX); unggah PDF, JPG, PNG, DOCX "
            "atau XLSX.",
        ),
        ("kosong.pdf", b"", "Berkas kosong (0 bita): pilih berkas yang berisi dokumen."),
        (
            "gambar.gif",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
            "Berkas ini gambar GIF, tidak diterima; unggah PDF, JPG, PNG, DOCX atau XLSX.",
        ),
    ],
)
def test_bad_files_are_refused_with_the_reason_and_nothing_is_written(
    settings, pic, realisasi, nama, isi, pesan
):
    jejak = realisasi.jejak.count()
    with pytest.raises(services.WorkflowError) as exc:
        services.tambah_bukti(pic, realisasi.pk, berkas(nama, isi), hari_ini=HARI)
    assert (exc.value.status, exc.value.pesan) == (400, pesan)
    assert Bukti.objects.count() == 0
    assert semua_berkas(settings) == []
    assert realisasi.jejak.count() == jejak


def test_a_file_over_the_limit_is_refused(settings, pic, realisasi):
    settings.SAKIP_UPLOAD_MAX_MB = 1
    besar = berkas("besar.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 512 * 1024))
    with pytest.raises(services.WorkflowError) as exc:
        services.tambah_bukti(pic, realisasi.pk, besar, hari_ini=HARI)
    assert exc.value.pesan == (
        "Berkas berukuran 1,5 MB melebihi batas 1 MB. Perkecil atau pisahkan berkasnya."
    )
    assert Bukti.objects.count() == 0
    assert semua_berkas(settings) == []


def test_the_default_limit_is_20_mb():
    from django.conf import settings

    assert settings.SAKIP_UPLOAD_MAX_MB == 20


def test_the_same_file_twice_for_one_realisation_is_refused(settings, pic, realisasi):
    services.tambah_bukti(pic, realisasi.pk, pdf("berita-acara"), hari_ini=HARI)
    salinan = pdf("berita-acara")
    salinan.name = "salinan dengan nama lain.pdf"
    with pytest.raises(services.WorkflowError) as exc:
        services.tambah_bukti(pic, realisasi.pk, salinan, hari_ini=HARI)
    assert exc.value.pesan == (
        "Berkas yang sama sudah diunggah untuk realisasi ini sebagai “berita-acara.pdf”."
    )
    assert Bukti.objects.count() == 1
    assert len(semua_berkas(settings)) == 1


def test_the_same_file_may_support_another_realisation(pic):
    a = isi_nilai(pic, LOGISTIK, nilai="90")
    b = isi_nilai(pic, LOGISTIK, triwulan=1, nilai="100", versi=1)
    services.tambah_bukti(pic, a.pk, pdf("sama"), hari_ini=HARI)
    services.tambah_bukti(pic, b.pk, pdf("sama"), hari_ini=HARI)
    assert Bukti.objects.count() == 2


@pytest.mark.parametrize(
    ("nama", "aman"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\Windows\\system32\\evil.pdf", "evil.pdf"),
        ("/var/www/bukti.pdf", "bukti.pdf"),
        ("..", "berkas.pdf"),
        ("", "berkas.pdf"),
        (".htaccess", "htaccess.pdf"),
        ("lap\x00oran\r\n.pdf", "laporan.pdf"),
        ("a\u202egnp.pdf", "agnp.pdf"),
        ('"kutip"; <b>tebal.pdf', "kutip_ _b_tebal.pdf"),
        ("<b>tebal</b>.pdf", "b.pdf"),
        ("Laporan Keuangan é.PDF", "Laporan Keuangan é.pdf"),
        ("x" * 300 + ".pdf", "x" * 100 + ".pdf"),
    ],
)
def test_names_are_sanitised(nama, aman):
    assert nama_aman(nama, "pdf") == aman


def test_a_traversal_name_never_reaches_the_file_system(settings, pic, realisasi):
    unggahan = pdf()
    unggahan.name = "..\\..\\..\\sakip\\settings.pdf"
    b = services.tambah_bukti(pic, realisasi.pk, unggahan, hari_ini=HARI)
    assert b.nama == "settings.pdf"
    path = (settings.MEDIA_ROOT / b.berkas.name).resolve()
    assert path.is_relative_to((settings.MEDIA_ROOT / "bukti").resolve())
    assert "settings" not in b.berkas.name


def test_content_disposition_is_an_attachment_with_an_rfc5987_name():
    assert content_disposition("Laporan é.pdf") == (
        "attachment; filename=\"Laporan e.pdf\"; filename*=UTF-8''Laporan%20%C3%A9.pdf"
    )
    assert content_disposition('a"b.pdf') == (
        "attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf"
    )


def test_removing_evidence_deletes_the_file_after_commit(
    settings, pic, realisasi, django_capture_on_commit_callbacks
):
    b = services.tambah_bukti(pic, realisasi.pk, pdf(), hari_ini=HARI)
    with django_capture_on_commit_callbacks(execute=True):
        services.hapus_bukti(pic, b.pk, hari_ini=HARI)
    assert Bukti.objects.count() == 0
    assert semua_berkas(settings) == []
    assert list(Bukti.history.filter(id=b.pk).values_list("history_type", flat=True)) == ["-", "+"]
    j = JejakRealisasi.objects.filter(realisasi=realisasi).order_by("-pk").first()
    assert (j.aksi, j.komentar) == ("hapus_bukti", "bukti.pdf")


def test_evidence_of_a_submitted_realisation_cannot_be_removed(settings, pic, realisasi):
    b = services.tambah_bukti(pic, realisasi.pk, pdf(), hari_ini=HARI)
    services.ajukan(
        pic, realisasi.pk, versi=Realisasi.objects.get(pk=realisasi.pk).versi, hari_ini=HARI
    )
    with pytest.raises(services.WorkflowError):
        services.hapus_bukti(pic, b.pk, hari_ini=HARI)
    with pytest.raises(services.WorkflowError):
        services.tambah_bukti(pic, realisasi.pk, pdf("lain"), hari_ini=HARI)
    assert Bukti.objects.count() == 1
    assert len(semua_berkas(settings)) == 1


@pytest.mark.parametrize("orang", ["pic_hukum", "verifikator", "pimpinan", "perencana"])
def test_only_the_pic_of_the_unit_adds_evidence(request, settings, realisasi, orang):
    with pytest.raises(services.AksesError):
        services.tambah_bukti(request.getfixturevalue(orang), realisasi.pk, pdf(), hari_ini=HARI)
    assert semua_berkas(settings) == []


# --- through the pages -------------------------------------------------------------------------


def _unggah_url(realisasi):
    return reverse("pengukuran:bukti_tambah", args=["3674", realisasi.indikator_id, 2024, 2])


def test_upload_page_flow(client, settings, pic, realisasi):
    client.force_login(pic)
    r = client.post(_unggah_url(realisasi), {"berkas": pdf("berita-acara")})
    assert r.status_code == 302
    b = Bukti.objects.get()
    halaman = client.get(r.url).content.decode()
    assert "Bukti dukung “berita-acara.pdf” diunggah." in halaman
    assert reverse("pengukuran:bukti_unduh", args=["3674", b.pk]) in halaman


def test_a_bad_upload_through_the_page_is_a_400_with_the_reason(client, settings, pic, realisasi):
    client.force_login(pic)
    r = client.post(_unggah_url(realisasi), {"berkas": berkas("palsu.pdf", b"bukan pdf" * 20)})
    assert r.status_code == 400
    assert (
        "Isi berkas tidak dikenali sebagai PDF, JPG, PNG, DOCX atau XLSX, apa pun nama berkasnya."
        in r.content.decode()
    )
    assert semua_berkas(settings) == []


def test_an_upload_without_a_file_is_a_400(client, pic, realisasi):
    client.force_login(pic)
    r = client.post(_unggah_url(realisasi), {})
    assert r.status_code == 400
    assert "Pilih berkas yang akan diunggah." in r.content.decode()


@pytest.fixture
def bukti(pic, realisasi):
    unggahan = SimpleUploadedFile("Laporan Keuangan é.pdf", pdf().read())
    return services.tambah_bukti(pic, realisasi.pk, unggahan, hari_ini=HARI)


@pytest.mark.parametrize(
    "orang",
    ["pic", "pic_hukum", "verifikator", "pimpinan", "perencana", "admin_kantor", "evaluator"],
)
def test_everyone_who_may_read_the_realisation_downloads_it(request, client, bukti, orang):
    client.force_login(request.getfixturevalue(orang))
    r = client.get(reverse("pengukuran:bukti_unduh", args=["3674", bukti.pk]))
    assert r.status_code == 200
    assert r["Content-Type"] == "application/pdf"
    assert r["Content-Disposition"] == (
        'attachment; filename="Laporan Keuangan e.pdf"; '
        "filename*=UTF-8''Laporan%20Keuangan%20%C3%A9.pdf"
    )
    assert r["X-Content-Type-Options"] == "nosniff"
    assert b"".join(r.streaming_content) == pdf().read()


@pytest.mark.parametrize("orang", ["orang_luar", "evaluator_lain", "pic_luar"])
def test_other_offices_get_404_for_evidence(request, client, bukti, kantor_lain, orang):
    client.force_login(request.getfixturevalue(orang))
    assert client.get(reverse("pengukuran:bukti_unduh", args=["3674", bukti.pk])).status_code == 404
    # nor through their own office code
    assert client.get(reverse("pengukuran:bukti_unduh", args=["3671", bukti.pk])).status_code == 404


def test_anonymous_download_goes_to_login(client, bukti):
    r = client.get(reverse("pengukuran:bukti_unduh", args=["3674", bukti.pk]))
    assert r.status_code == 302
    assert r.url.startswith("/masuk/?next=")


def test_removing_through_the_page(client, pic, bukti, verifikator):
    url = reverse("pengukuran:bukti_hapus", args=["3674", bukti.pk])
    client.force_login(verifikator)
    r = client.post(url)
    assert r.status_code == 403
    assert Bukti.objects.count() == 1
    client.force_login(pic)
    assert client.post(url).status_code == 302
    assert Bukti.objects.count() == 0


SEMUA = [
    "pic",
    "pic_hukum",
    "verifikator",
    "kasubbag_hukum",
    "pimpinan",
    "perencana",
    "admin_kantor",
    "evaluator",
    "orang_luar",
    "evaluator_lain",
    "pic_luar",
    "anonim",
]


def _status_diharapkan(orang, berhasil):
    if orang == "anonim":
        return 302
    if orang in ("orang_luar", "evaluator_lain", "pic_luar"):
        return 404
    return berhasil if orang == "pic" else 403


@pytest.mark.parametrize("orang", SEMUA)
def test_every_role_against_the_upload_view(
    request, client, settings, realisasi, kantor_lain, orang
):
    if orang != "anonim":
        client.force_login(request.getfixturevalue(orang))
    r = client.post(_unggah_url(realisasi), {"berkas": pdf()})
    assert r.status_code == _status_diharapkan(orang, 302)
    assert Bukti.objects.count() == (1 if orang == "pic" else 0)
    if orang == "anonim":
        assert r.url.startswith("/masuk/?next=")


@pytest.mark.parametrize("orang", SEMUA)
def test_every_role_against_the_remove_view(request, client, bukti, kantor_lain, orang):
    if orang != "anonim":
        client.force_login(request.getfixturevalue(orang))
    r = client.post(reverse("pengukuran:bukti_hapus", args=["3674", bukti.pk]))
    assert r.status_code == _status_diharapkan(orang, 302)
    assert Bukti.objects.count() == (0 if orang == "pic" else 1)
