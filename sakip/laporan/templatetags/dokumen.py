"""Filters of the report templates: keep figures and their units on one line."""

import re

from django import template

register = template.Library()

_SATUAN = re.compile(r"(\d) (%|orang|indikator|sasaran|kali)\b")


@register.filter
def rapi(teks: str) -> str:
    """'94,12 %' and 'Rp 1.000' never break across lines (non-breaking spaces)."""
    return _SATUAN.sub("\\1\u00a0\\2", str(teks)).replace("Rp ", "Rp\u00a0")


@register.filter
def persen_lebar(nilai: float) -> str:
    """A width fraction as a CSS percentage: 0.8 -> '80%'."""
    return f"{round(float(nilai) * 100)}%"
