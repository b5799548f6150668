"""Filters of the report templates: keep figures and their units on one line."""

from django import template

from sakip.lib.nilai import tanpa_putus

register = template.Library()


@register.filter
def rapi(teks: str) -> str:
    """'94,12 %' and 'Rp 1.000' never break across lines (the rule: lib.nilai.tanpa_putus)."""
    return tanpa_putus(teks)


@register.filter
def persen_lebar(nilai: float) -> str:
    """A width fraction as a CSS percentage: 0.8 -> '80%'."""
    return f"{round(float(nilai) * 100)}%"
