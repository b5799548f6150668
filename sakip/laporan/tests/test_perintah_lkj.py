"""python manage.py lkj: documents on disk, clear errors with exit status 1."""

import pytest
from django.core.management import CommandError, call_command, execute_from_command_line


def test_it_writes_the_formats_asked_for(demo, tmp_path, render_cepat, capsys):
    call_command("lkj", satker="3674", tahun=2023, format="pdf,docx", out=str(tmp_path / "keluar"))
    assert (tmp_path / "keluar" / "LKj-3674-2023.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "keluar" / "LKj-3674-2023.docx").exists()
    call_command("lkj", satker="3674", tahun=2023, dokumen="pk", format="pdf", out=str(tmp_path))
    assert (tmp_path / "PK-3674-2023.pdf").exists()
    assert "PK-3674-2023.pdf" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argumen", "pesan"),
    [
        ({"satker": "9999", "tahun": 2023}, "kode '9999' tidak ditemukan"),
        ({"satker": "3674", "tahun": 2019}, "tahun 2019"),
        ({"satker": "3674", "tahun": 2023, "format": "odt"}, "Format odt tidak dikenal"),
    ],
)
def test_clear_errors(argumen, pesan, demo, tmp_path):
    with pytest.raises(CommandError, match=pesan):
        call_command("lkj", out=str(tmp_path), **argumen)
    assert not list(tmp_path.iterdir())


def test_an_error_exits_with_status_1(demo, tmp_path, capsys):
    argv = ["manage.py", "lkj", "--satker", "3674", "--tahun", "2019", "--out", str(tmp_path)]
    with pytest.raises(SystemExit) as keluar:
        execute_from_command_line(argv)
    assert keluar.value.code == 1
    assert "tidak ada yang dapat dilaporkan" in capsys.readouterr().err
