"""The committed demo DIPA workbook is exactly what `manage.py buat_dipa_demo` writes."""

from io import StringIO

from django.core.management import call_command
from openpyxl import load_workbook

from sakip.demo.anggaran import BERKAS_DEMO


def _nilai(jalur) -> dict[str, list[tuple]]:
    """Every sheet's cell values, row by row (the file's timestamp differs between runs)."""
    wb = load_workbook(jalur, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def test_the_committed_workbook_is_what_the_command_writes(tmp_path):
    keluar = tmp_path / "dipa.xlsx"
    keluaran = StringIO()
    call_command("buat_dipa_demo", "--keluar", str(keluar), stdout=keluaran)
    assert f"ditulis: {keluar}" in keluaran.getvalue()
    assert _nilai(keluar) == _nilai(BERKAS_DEMO)
