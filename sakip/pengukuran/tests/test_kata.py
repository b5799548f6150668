"""The plain-words template filters as a page renders them."""

from django.template import Context, Template

from sakip.lib.periode import Triwulan


def _r(teks, **konteks):
    return Template(teks).render(Context(konteks))


def test_periods_are_written_as_people_write_them():
    assert _r("{{ t|periode }}", t=Triwulan(2024, 1)) == "TW I 2024"
    assert _r("{{ '2024-TW3'|periode }}") == "TW III 2024"
    assert _r("{{ 2024|periode:4 }}") == "TW IV 2024"
    assert _r("{{ 'bukan'|periode }}") == "bukan"
    assert _r("{{ 2|romawi }}") == "II"


def test_hashes_are_shortened_explained_and_kept_whole_on_request():
    sha = "29f7fb7857d5" + "0" * 52
    html = _r("{{ s|kode_keaslian }}", s=sha)
    assert "kode keaslian <code>29f7fb7857…</code>" in html
    assert f'<code class="text-break small">{sha}</code>' in html
    assert html.startswith("<details") and "Kode keaslian: sidik SHA-256" in html
    assert "kode data <code>" in _r('{{ s|kode_keaslian:"data" }}', s=sha)
    assert _r("{{ s|kode_keaslian }}", s="") == "—"
    assert "&lt;b&gt;" in _r("{{ s|kode_keaslian }}", s="<b>")  # escaped


def test_file_types_formulas_and_states_in_words():
    assert _r("{{ 'application/x-msdownload'|jenis_berkas }}") == "program Windows (EXE)"
    assert _r("{{ r|rumus_dalam_kata }}", r="a_b / c_d * 100") == "(A b ÷ C d) × 100"
    assert _r("{{ 'terverifikasi'|uraian_status }}") == "terverifikasi, menunggu persetujuan"
    assert _r("{{ 'disetujui'|uraian_status }}") == ""
    assert _r("{{ p|ambil:3 }}", p={3: "x"}) == "x"
