"""The bad-input corpus: form posts, URLs, uploads, spreadsheets and documents.

Every case asserts a 4xx (never a 5xx), a message that says what is wrong, and that no row of
any table changed (row counts of every table, and the rows a case could touch). It reuses
the session's demo; each case rolls back. Hypothesis adds generated numbers and texts.
"""

from __future__ import annotations

import hashlib
import html
import io
import zipfile

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from sakip.pengukuran.tests.conftest import HARI, LOGISTIK, indikator, isi_nilai

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _lingkungan(settings, tmp_path):
    settings.SAKIP_HARI_INI = HARI.isoformat()
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.RATELIMIT_ENABLE = False


def sidik_basis_data() -> str:
    """Row count of every table and the content of the rows a bad input could touch."""
    from sakip.laporan.models import NarasiLaporan, PengesahanLaporan
    from sakip.pengukuran.models import Bukti, JejakRealisasi, PengecualianKunci, Realisasi

    h = hashlib.sha256()
    for m in apps.get_models():
        if m._meta.managed and not m._meta.proxy:
            h.update(f"{m._meta.label}={m._base_manager.count()};".encode())
    for m in (
        Realisasi,
        NarasiLaporan,
        PengesahanLaporan,
        Bukti,
        JejakRealisasi,
        PengecualianKunci,
    ):
        h.update(repr(list(m._base_manager.order_by("pk").values_list())).encode())
    return h.hexdigest()


def _pesan(r) -> str:
    return html.unescape(r.content.decode("utf-8", "replace"))


def periksa(r, sebelum: str, pesan: str | tuple[str, ...]):
    assert 400 <= r.status_code < 500, r.status_code
    teks = _pesan(r)
    semua = (pesan,) if isinstance(pesan, str) else pesan
    assert any(p in teks for p in semua), (semua, teks[:3000])
    assert sidik_basis_data() == sebelum


# -- realisation form ------------------------------------------------------------------------

ANGKA_SALAH = [
    ("abc", "bukan angka yang dikenali"),
    ("12,5,0", "bukan angka yang dikenali"),
    ("1..2", "bukan angka yang dikenali"),
    ("1.2.3", "bukan angka yang dikenali"),
    ("--5", "bukan angka yang dikenali"),
    ("1e5", "bukan angka yang dikenali"),
    ("NaN", "bukan angka yang dikenali"),
    ("Infinity", "bukan angka yang dikenali"),
    ("0x10", "bukan angka yang dikenali"),
    ("1_000", "bukan angka yang dikenali"),
    ("½", "bukan angka"),
    ("²", "bukan angka biasa 0–9"),
    ("9²", "bukan angka biasa 0–9"),
    ("٣٤", "bukan angka biasa 0–9"),
    ("１２", "bukan angka biasa 0–9"),
    ("𝟗𝟎", "bukan angka biasa 0–9"),
    ("९०", "bukan angka biasa 0–9"),
    ("9" * 15, "angka terlalu besar (15 angka sebelum koma)"),
    ("9" * 28, "angka terlalu besar (28 angka sebelum koma)"),
    ("9" * 40, "angka terlalu besar (40 angka sebelum koma)"),
    ("9" * 65, "teks angka terlalu panjang"),
    ("1" + ".000" * 6, "angka terlalu besar"),
    ("-1", "Realisasi tidak boleh negatif"),
    ("(5)", "Realisasi tidak boleh negatif"),
    ("101", "di luar rentang 0–100 %"),
    ("100,01", "di luar rentang 0–100 %"),
    ("1.000,5", "di luar rentang 0–100 %"),
    ("Rp", "bukan angka"),
    ("%", "bukan angka"),
    ("90\x00", "bukan angka"),
    ("9\u200b0", "bukan angka"),
    ("<script>1</script>", "bukan angka"),
]

CATATAN_SALAH = [
    (kolom, teks, pesan)
    for kolom, label in (
        ("analisis", "Analisis capaian"),
        ("kendala", "Kendala"),
        ("solusi", "Solusi"),
        ("tindak_lanjut", "Tindak lanjut"),
    )
    for teks, pesan in (
        ("ada\x00nul", f"{label} memuat karakter NUL"),
        ("bel\x07", f"{label} memuat karakter kendali U+0007"),
        ("esc\x1b[31m", f"{label} memuat karakter kendali U+001B"),
        ("c1\x85c2", f"{label} memuat karakter kendali U+0085"),
        ("x" * 5001, f"{label} terlalu panjang: 5.001 karakter, paling banyak 5.000."),
    )
]

VERSI_SALAH = [
    ("", "Versi data tidak dikirim"),
    ("abc", "Versi data tidak sah"),
    ("²", "Versi data tidak sah"),
    ("-1", "Versi data tidak sah"),
    ("5", "Realisasi ini sudah tidak ada; muat ulang halaman"),
]


def _url_simpan():
    ind = indikator(LOGISTIK)
    return reverse("pengukuran:simpan", args=["3674", ind.pk, 2024, 2])


@pytest.mark.parametrize("nilai,pesan", ANGKA_SALAH)
def test_realisation_value(client, pic, nilai, pesan):
    client.force_login(pic)
    url = _url_simpan()
    sebelum = sidik_basis_data()
    periksa(client.post(url, {"versi": "0", "nilai": nilai}), sebelum, pesan)


URAI_SALAH = [(n, p) for n, p in ANGKA_SALAH if "rentang" not in p and "negatif" not in p]


@pytest.mark.parametrize("nilai,pesan", URAI_SALAH)
def test_formula_quantity(client, pic, nilai, pesan):
    from sakip.lib.rumus import urai
    from sakip.pengukuran.tests.conftest import LAPORAN

    ind = indikator(LAPORAN)
    nama = urai(ind.rumus).nama[0]
    client.force_login(pic)
    url = reverse("pengukuran:simpan", args=["3674", ind.pk, 2024, 2])
    sebelum = sidik_basis_data()
    periksa(client.post(url, {"versi": "0", f"besaran_{nama}": nilai}), sebelum, pesan)


@pytest.mark.parametrize("kolom,teks,pesan", CATATAN_SALAH)
def test_realisation_notes(client, pic, kolom, teks, pesan):
    client.force_login(pic)
    url = _url_simpan()
    sebelum = sidik_basis_data()
    periksa(client.post(url, {"versi": "0", "nilai": "90", kolom: teks}), sebelum, pesan)


@pytest.mark.parametrize("versi,pesan", VERSI_SALAH)
def test_realisation_versi(client, pic, versi, pesan):
    client.force_login(pic)
    url = _url_simpan()
    sebelum = sidik_basis_data()
    data = {"nilai": "90"} | ({"versi": versi} if versi != "" else {})
    periksa(client.post(url, data), sebelum, pesan)


@hsettings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(
        lambda t: t.strip() and not all(c in "0123456789.,-% ()Rp" for c in t)
    )
)
def test_realisation_value_generated(client, pic, teks):
    client.force_login(pic)
    url = _url_simpan()
    sebelum = sidik_basis_data()
    r = client.post(url, {"versi": "0", "nilai": teks})
    if r.status_code == 302:  # a text that is a number after all (e.g. ' 7 ')
        from sakip.pengukuran.models import Realisasi

        Realisasi.objects.filter(indikator=indikator(LOGISTIK), tahun=2024, triwulan=2).delete()
        return
    periksa(r, sebelum, ("Nilai realisasi", "Isian belum benar"))


# -- workflow actions --------------------------------------------------------------------------

KOMENTAR_SALAH = [
    ("perbaiki\x00", "Komentar memuat karakter NUL"),
    ("\x00", "Komentar memuat karakter NUL"),
    ("tab\x0bx", "Komentar memuat karakter kendali U+000B"),
    ("del\x7f", "Komentar memuat karakter kendali U+007F"),
    ("x" * 2001, "Komentar terlalu panjang: 2.001 karakter, paling banyak 2.000."),
    ("", "Tulis komentar yang menjelaskan apa yang harus diperbaiki PIC."),
    ("   \n\t ", "Tulis komentar yang menjelaskan apa yang harus diperbaiki PIC."),
]


@pytest.fixture
def diajukan(pic):
    from sakip.pengukuran import services

    r = isi_nilai(pic, LOGISTIK, nilai="90")
    return services.ajukan(pic, r.pk, versi=r.versi, hari_ini=HARI)


def _url_aksi(r, aksi):
    return reverse("pengukuran:aksi", args=["3674", r.indikator_id, 2024, 2, aksi])


@pytest.mark.parametrize("komentar,pesan", KOMENTAR_SALAH)
def test_return_comment(client, verifikator, diajukan, komentar, pesan):
    client.force_login(verifikator)
    sebelum = sidik_basis_data()
    r = client.post(
        _url_aksi(diajukan, "kembalikan"), {"komentar": komentar, "versi": diajukan.versi}
    )
    periksa(r, sebelum, pesan)


@pytest.mark.parametrize(
    "aksi,versi,pesan",
    [
        ("verifikasi", "", "Versi realisasi tidak dikirim"),
        ("verifikasi", "x", "Versi realisasi tidak sah"),
        ("verifikasi", "²", "Versi realisasi tidak sah"),
        ("verifikasi", "-3", "Versi realisasi tidak sah"),
        ("verifikasi", "1", "sudah diubah oleh pic-keuangan sejak Anda membukanya"),
        ("verifikasi", "99", "sudah diubah oleh pic-keuangan sejak Anda membukanya"),
        ("kembalikan", "1", "sudah diubah oleh pic-keuangan sejak Anda membukanya"),
        ("setujui", "2", "Hanya Sekretaris yang dapat menyetujui realisasi."),
        ("buka-kembali", "2", "Hanya Sekretaris yang dapat membuka kembali"),
        ("ajukan", "2", "Hanya PIC"),
    ],
)
def test_workflow_versi_and_state(client, verifikator, diajukan, aksi, versi, pesan):
    client.force_login(verifikator)
    sebelum = sidik_basis_data()
    data = {"komentar": "Catatan."} | ({"versi": versi} if versi else {})
    periksa(client.post(_url_aksi(diajukan, aksi), data), sebelum, pesan)


# -- URLs and query parameters ---------------------------------------------------------------

URL_404 = [
    "/satker/3674/²/",
    "/satker/3674/1999/",
    "/satker/3674/99999/",
    "/satker/9999/2023/",
    "/satker/3674%00/2023/",
    "/satker/%E2%80%AE3674/2023/",
    "/satker/3674/indikator/0/",
    "/satker/3674/indikator/99999999999999999999/",
    "/satker/3674/indikator/9223372036854775808/",
    "/pengukuran/3674/2024/tw9/",
    "/pengukuran/3674/2024/tw0/",
    "/pengukuran/3674/2024/tw²/",
    "/pengukuran/3674/1900/tw1/",
    "/pengukuran/3674/bukti/99999999999999999999/unduh/",
    "/anggaran/3674/2023/?revisi=²",
    "/anggaran/3674/2023/?revisi=100",
    "/anggaran/3674/2023/?revisi=-1",
    "/anggaran/3674/2023/?revisi=1e3",
    "/anggaran/3674/2023/?revisi=%00",
    "/anggaran/3674/2023/?revisi=٣",
    "/anggaran/3674/2023/?revisi=99999999999999999999999",
    "/anggaran/3674/2023/revisi/?dari=²",
    "/anggaran/3674/2023/revisi/?ke=²",
    "/satker/?tahun=²",
    "/satker/?tahun=٢٠٢٣",
    "/satker/?tahun=1999",
    "/satker/?tahun=99999999999999999999",
    "/satker/?tahun=%00",
    "/satker/?tahun=-2023",
    "/laporan/3674/2023/xyz/pratinjau/",
    "/laporan/3674/2023/lkj/unduh.exe",
    "/laporan/3674/²/",
    "/laporan/publik/3674/2023/lkj/v1.pdf",
    "/laporan/publik/3674/2023/lkj/v99999999999999999999.pdf",
    "/laporan/publik/3674/2023/lkj/v1.exe",
    "/laporan/publik/%00/",
    "/periksa/data/3674/²/",
    "/periksa/data/9999/2023/",
    "/pengukuran/3674/indikator/1/2024/tw2/hapus-semua/",
    "/satker/3674/2101/",
    "/satker/3674/00/",
    "/satker/3674/-2023/",
    "/satker/3674/2023.0/",
    "/satker/3674/２０２３/",
    "/satker/3674/renstra/%00/",
    "/pengukuran/3674/2024/tw-1/",
    "/pengukuran/3674/2024/tw99999999999999999999/",
    "/pengukuran/3674/9999999999999999999999/tw1/",
    "/pengukuran/9999/2024/tw1/",
    "/anggaran/9999/2023/",
    "/anggaran/3674/2023/?revisi=0x1",
    "/laporan/publik/3674/2023/xyz/v1.pdf",
    "/laporan/publik/3674/1999/lkj/v1.pdf",
]


@pytest.mark.parametrize("url", URL_404)
def test_url(client, perencana, url):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    r = client.get(url)
    if url.endswith("/hapus-semua/"):
        r = client.post(url, {})
    assert r.status_code in (400, 404, 405), (url, r.status_code)
    if r.status_code == 404:
        assert "Halaman tidak ditemukan" in _pesan(r) or "tidak ditemukan" in _pesan(r)
    assert sidik_basis_data() == sebelum


# -- narrative and signing ---------------------------------------------------------------------

PENGESAHAN_SALAH = [
    ({"tempat": "A" * 101}, "Tempat pengesahan terlalu panjang: 101 karakter"),
    ({"tempat": "A" * 10_000}, "Tempat pengesahan terlalu panjang: 10.000 karakter"),
    ({"tempat": "Tangsel\x00"}, "Tempat pengesahan memuat karakter NUL"),
    ({"tempat": "Tangsel\x1f"}, "Tempat pengesahan memuat karakter kendali U+001F"),
    ({"tempat": "\x9b"}, "Tempat pengesahan memuat karakter kendali U+009B"),
    ({"tanggal": "9999-12-31"}, "Tanggal penandatanganan 31 Desember 9999 belum tiba"),
    ({"tanggal": "0001-01-01"}, "Centang konfirmasi bila tanggal ini memang benar"),
    ({"tanggal": "2022-12-31"}, "Centang konfirmasi bila tanggal ini memang benar"),
    ({"tanggal": "2025-01-01"}, "Tanggal penandatanganan 1 Januari 2025 belum tiba"),
    ({"tanggal": "2023-02-30"}, "tidak sah; gunakan format TTTT-BB-HH"),
    ({"tanggal": "2023-13-01"}, "tidak sah; gunakan format TTTT-BB-HH"),
    ({"tanggal": "31/12/2023"}, "tidak sah; gunakan format TTTT-BB-HH"),
    ({"tanggal": "²⁰²³-01-01"}, "tidak sah; gunakan format TTTT-BB-HH"),
    ({"tanggal": "kemarin"}, "tidak sah; gunakan format TTTT-BB-HH"),
    ({"tanggal": "2023-01-01\x00"}, "tidak sah; gunakan format TTTT-BB-HH"),
    ({"tanggal": "9" * 100}, "tidak sah; gunakan format TTTT-BB-HH"),
]


@pytest.mark.parametrize("data,pesan", PENGESAHAN_SALAH)
def test_signing(client, perencana, data, pesan):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    r = client.post(reverse("laporan:pengesahan", args=["3674", 2023]), data)
    periksa(r, sebelum, pesan)
    assert r["Content-Type"].startswith("text/plain")


NARASI_SALAH = [
    ("pendahuluan", "a\x00b", "Narasi memuat karakter NUL"),
    ("pendahuluan", "\x00" * 10, "Narasi memuat karakter NUL"),
    ("pendahuluan", "a\x08b", "Narasi memuat karakter kendali U+0008"),
    ("pendahuluan", "x" * 20_001, "Narasi terlalu panjang: 20.001 karakter"),
    ("pendahuluan", "x" * 100_000, "Narasi terlalu panjang: 100.000 karakter"),
    ("tidak-ada", "Teks.", "Bagian narasi 'tidak-ada' tidak ada dalam laporan tahun 2023."),
    ("<b>x", "Teks.", "Bagian narasi '<b>x' tidak ada"),
]


@pytest.mark.parametrize("bagian,teks,pesan", NARASI_SALAH)
def test_narrative(client, perencana, bagian, teks, pesan):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    url = reverse("laporan:simpan_narasi", args=["3674", 2023, bagian])
    r = client.post(url, {"teks": teks})
    periksa(r, sebelum, pesan)
    assert r["Content-Type"].startswith("text/plain")


@hsettings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(min_size=0, max_size=40).map(lambda t: t + "\x00"))
def test_narrative_generated_with_nul(client, perencana, teks):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    url = reverse("laporan:simpan_narasi", args=["3674", 2023, "pendahuluan"])
    periksa(client.post(url, {"teks": teks}), sebelum, "Narasi memuat karakter NUL")


# -- lock exceptions --------------------------------------------------------------------------

PENGECUALIAN_SALAH = [
    ({"alasan": "x\x00"}, "Alasan memuat karakter NUL"),
    ({"alasan": "x" * 2001}, "Alasan terlalu panjang: 2.001 karakter"),
    ({"berlaku_sampai": "9999-12-31"}, "Berlaku sampai 31 Desember 9999 di luar rentang"),
    ({"berlaku_sampai": "2023-02-30"}, "Berlaku sampai: tanggal tidak sah"),
    ({"berlaku_sampai": "2024-04-01"}, "sudah lewat"),
    ({"tahun": "²"}, "Tahun: '²' bukan bilangan bulat (tulis dengan angka 0–9)."),
    ({"tahun": "1999"}, "Tahun: paling kecil 2000."),
    ({"triwulan": "5"}, "Masukkan pilihan yang valid"),
    ({"indikator": "99999999999999999999"}, "Masukkan pilihan yang valid"),
]


@pytest.mark.parametrize("ubah,pesan", PENGECUALIAN_SALAH)
def test_lock_exception(client, pimpinan, ubah, pesan):
    client.force_login(pimpinan)
    data = {
        "tahun": "2024",
        "triwulan": "1",
        "alasan": "Perbaikan data.",
        "berlaku_sampai": "2024-05-01",
    } | ubah
    sebelum = sidik_basis_data()
    r = client.post(reverse("pengukuran:pengecualian", args=["3674"]), data)
    periksa(r, sebelum, pesan)


# -- evidence uploads ------------------------------------------------------------------------

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _zip(isi: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, data in isi.items():
            z.writestr(nama, data)
    return buf.getvalue()


BUKTI_SALAH = [
    ("kosong.pdf", b"", "Berkas kosong"),
    ("teks.pdf", b"hanya teks biasa", "tidak dikenali sebagai PDF, JPG, PNG, DOCX atau XLSX"),
    ("laman.html", b"<!doctype html><script>alert(1)</script>", "tidak dikenali"),
    ("gambar.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>", "tidak dikenali"),
    ("program.exe", b"MZ\x90\x00" + b"\x00" * 200, "tidak diterima"),
    ("gif.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "tidak diterima"),
    ("arsip.zip", _zip({"a.txt": b"x"}), "bukan dokumen Word (DOCX) atau Excel (XLSX)"),
    ("rusak.docx", b"PK\x03\x04" + b"\x00" * 100, "arsip DOCX/XLSX tidak dapat dibaca"),
    (
        "makro.docx",
        _zip({"word/document.xml": b"<w/>", "word/vbaProject.bin": b"x"}),
        "memuat makro (VBA)",
    ),
    (
        "bom.docx",
        _zip({"word/document.xml": b" " * (30 * 1024 * 1024)}),
        "termampatkan",
    ),
    ("bom.xlsx", _zip({"xl/workbook.xml": b" " * (30 * 1024 * 1024)}), "termampatkan"),
    (
        "js.pdf",
        b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(x)>>>>endobj\n%%EOF",
        "PDF ini memuat JavaScript",
    ),
    ("js2.pdf", b"%PDF-1.4\n1 0 obj<</AA<</O<</JS 2 0 R>>>>>>endobj\n%%EOF", "JavaScript"),
    ("hex.pdf", b"%PDF-1.4\n1 0 obj<</S/#4A#61vaScript>>endobj\n%%EOF", "JavaScript"),
    ("launch.pdf", b"%PDF-1.4\n1 0 obj<</S/Launch/F(cmd.exe)>>endobj\n%%EOF", "Launch"),
    ("emb.pdf", b"%PDF-1.4\n1 0 obj<</Type/EmbeddedFile>>endobj\n%%EOF", "berkas tersemat"),
    ("rich.pdf", b"%PDF-1.4\n1 0 obj<</Subtype/RichMedia>>endobj\n%%EOF", "RichMedia"),
    ("poli.png", PNG[:-12] + b"<html><body>x</body></html>" + PNG[-12:], "berkas poliglot"),
    ("poli2.png", PNG[:-12] + b"<SCRIPT src=//x></SCRIPT>" + PNG[-12:], "berkas poliglot"),
    ("poli3.png", PNG + b"javascript:alert(1)", "berkas poliglot"),
    ("ekor.png", PNG + b"\x01" * 4096, "membawa data lain setelah akhir gambarnya"),
    ("poli.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50 + b"<iframe src=x>" + b"\xff\xd9", "poliglot"),
    ("potong.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50, "rusak atau membawa data lain"),
]


@pytest.mark.parametrize("nama,isi,pesan", BUKTI_SALAH)
def test_evidence(client, pic, nama, isi, pesan):
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    client.force_login(pic)
    sebelum = sidik_basis_data()
    url = reverse("pengukuran:bukti_tambah", args=["3674", r.indikator_id, 2024, 2])
    periksa(client.post(url, {"berkas": SimpleUploadedFile(nama, isi)}), sebelum, pesan)


def test_evidence_over_the_size_limit(client, pic, settings):
    settings.SAKIP_UPLOAD_MAX_MB = 1
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    client.force_login(pic)
    sebelum = sidik_basis_data()
    url = reverse("pengukuran:bukti_tambah", args=["3674", r.indikator_id, 2024, 2])
    besar = SimpleUploadedFile("besar.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    periksa(client.post(url, {"berkas": besar}), sebelum, "melebihi batas 1 MB")


# -- budget spreadsheets (web import) ----------------------------------------------------------

KODE = "076.01.CQ.6709.QGE.001.051.A.521211"
PAGU = "kode;uraian;pagu\n"


def _xlsx_bom() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": b"<workbook/>",
            "xl/worksheets/sheet1.xml": b" " * (50 * 1024 * 1024),
        }
    )


ANGGARAN_SALAH = [
    ("pagu.csv", (PAGU + f"{KODE};Belanja;{'9' * 30}\n").encode(), "angka terlalu besar"),
    ("pagu.csv", (PAGU + f"{KODE};Belanja;{'9' * 17}\n").encode(), "angka terlalu besar"),
    ("pagu.csv", (PAGU + f"{KODE};Belanja;1²\n").encode(), "bukan angka biasa 0–9"),
    ("pagu.csv", (PAGU + f"{KODE};Belanja;٣٤\n").encode(), "bukan angka biasa 0–9"),
    ("pagu.csv", (PAGU + f"{KODE};Belanja;seratus\n").encode(), "bukan angka"),
    ("pagu.csv", (PAGU + f"{KODE};Belanja;-5\n").encode(), "negatif"),
    ("pagu.csv", (PAGU + f"{KODE};Belanja;1,001\n").encode(), "di bawah satu sen"),
    ("pagu.csv", (PAGU + f"{KODE};Belanja;\n").encode(), "pagu kosong"),
    ("pagu.csv", (PAGU + f"{KODE}\x00;Belanja;1\n").encode(), "memuat karakter NUL"),
    ("pagu.csv", b"\x00\x00\x00\x00", "memuat karakter NUL"),
    ("pagu.csv", (PAGU + "076.01;Belanja;1\n").encode(), "kode"),
    ("pagu.csv", PAGU.encode(), "tidak berisi baris data"),
    ("pagu.csv", b"   \n  ", "berkas kosong"),
    ("entah.csv", b"a;b;c\n1;2;3\n", "judul kolom CSV tidak dikenali"),
    ("realisasi.csv", f"kode;bulan;realisasi\n{KODE};13;5\n".encode(), "bulan"),
    ("realisasi.csv", f"kode;bulan;realisasi\n{KODE};²;5\n".encode(), "bulan"),
    (
        "realisasi.csv",
        f"kode;bulan;realisasi\n{KODE};1;{'9' * 29}\n".encode(),
        "angka terlalu besar",
    ),
    (
        "volume_ro.csv",
        b"kode_ro;uraian;target;satuan\n076.01.CQ.6709.QGE.001;RO;" + b"9" * 20 + b";Dok\n",
        "angka terlalu besar",
    ),
    (
        "volume_ro.csv",
        b"kode_ro;uraian;target;satuan\n076.01.CQ.6709.QGE.001;RO;1,23456;Dok\n",
        "lebih dari 3 desimal",
    ),
    ("rpd.csv", b"jenis_belanja;bulan;rencana\n59;1;100\n", "jenis"),
    ("dipa.xlsx", b"PK\x03\x04" + b"\x00" * 200, "bukan lembar kerja XLSX yang sah"),
    ("dipa.xlsx", b"bukan zip sama sekali", "bukan lembar kerja XLSX yang sah"),
    ("dipa.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "format .xls lama tidak didukung"),
    ("bom.xlsx", _xlsx_bom(), "termampatkan"),
    ("arsip.xlsx", _zip({"a.txt": b"x"}), "bukan lembar kerja XLSX yang sah"),
]


@pytest.mark.parametrize("nama,isi,pesan", ANGGARAN_SALAH, ids=lambda v: str(v)[:30])
def test_budget_import(client, perencana, nama, isi, pesan):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    r = client.post(
        reverse("anggaran:impor", args=["3674", 2023]),
        {"berkas": SimpleUploadedFile(nama, isi)},
    )
    periksa(r, sebelum, pesan)


IMPOR_FORM_SALAH = [
    ({"revisi": "²"}, "Nomor revisi pagu: '²' bukan bilangan bulat"),
    ({"revisi": "100"}, "Nomor revisi pagu: paling besar 99."),
    ({"tanggal": "9999-12-31"}, "Tanggal revisi 31 Desember 9999 di luar rentang"),
    ({"tanggal": "2023-02-30"}, "Tanggal revisi: tanggal tidak sah"),
    ({"catatan": "x\x00"}, "Catatan revisi memuat karakter NUL"),
    ({"catatan": "x" * 501}, "Catatan revisi terlalu panjang: 501 karakter"),
    ({"kode_kemenkeu": "٣٦٧٤٠٠"}, "Kode satker Kemenkeu terdiri dari 6 angka"),
    ({"kode_kemenkeu": "12345"}, "Kode satker Kemenkeu terdiri dari 6 angka"),
]


@pytest.mark.parametrize("data,pesan", IMPOR_FORM_SALAH)
def test_budget_import_form(client, perencana, data, pesan):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    isi = (PAGU + f"{KODE};Belanja;1000\n").encode()
    r = client.post(
        reverse("anggaran:impor", args=["3674", 2023]),
        {"berkas": SimpleUploadedFile("pagu.csv", isi)} | data,
    )
    periksa(r, sebelum, pesan)


# -- documents for the checker ----------------------------------------------------------------

DOKUMEN_SALAH = [
    ("kosong.pdf", b"", ("kosong", "Berkas yang dikirim kosong")),
    ("acak.bin", bytes(range(256)) * 4, ("tidak dikenali", "tidak dapat dibaca", "bukan")),
    ("rusak.pdf", b"%PDF-1.7\n" + b"\x00" * 500, ("tidak dapat dibaca", "rusak")),
    ("rusak.docx", b"PK\x03\x04" + b"\x00" * 300, ("tidak dapat dibaca", "rusak", "bukan")),
    ("arsip.zip", _zip({"a.txt": b"x"}), ("bukan", "tidak dikenali", "tidak dapat dibaca")),
    ("program.exe", b"MZ" + b"\x00" * 500, ("tidak dikenali", "bukan", "tidak dapat dibaca")),
    ("gambar.png", PNG, ("tidak dikenali", "bukan", "tidak dapat dibaca")),
]


@pytest.mark.parametrize("nama,isi,pesan", DOKUMEN_SALAH)
def test_checker_upload(client, perencana, nama, isi, pesan):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    r = client.post(reverse("pemeriksa:unggah"), {"berkas": SimpleUploadedFile(nama, isi)})
    periksa(r, sebelum, pesan)


@pytest.mark.parametrize("tahun", ["²", "1999", "2101", "abc", "٢٠٢٣"])
def test_checker_year(client, perencana, tahun):
    client.force_login(perencana)
    sebelum = sidik_basis_data()
    r = client.post(
        reverse("pemeriksa:unggah"),
        {"berkas": SimpleUploadedFile("lkj.txt", b"LAPORAN KINERJA 2023\n"), "tahun": tahun},
    )
    periksa(r, sebelum, ("Tahun laporan: '", "Tahun laporan: paling"))
