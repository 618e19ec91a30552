"""A printed voucher: phiếu thu (01-TT), phiếu chi (02-TT), bank and journal vouchers.

The fields and their Vietnamese labels come from the income core
(:func:`ocop_desktop.store.vouchers.voucher_form`, the forms' own wording, amount in words);
this module lays them out as HTML for ``QTextDocument`` (see :mod:`ocop_desktop.ui.book_print`).
"""

from __future__ import annotations

import html

from ocop_desktop.domain.formats import format_money
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store

__all__ = ["voucher_html"]

_CIRCULAR = "(Ban hành theo Thông tư số 71/2024/TT-BTC ngày 07/10/2024 của Bộ trưởng Bộ Tài chính)"


def voucher_html(store: Store, voucher_id: int) -> str:
    """The HTML of voucher *voucher_id* as on the paper form (Vietnamese, as the forms
    are written). Raises :class:`~ocop_desktop.store.errors.StoreError` when it does not exist."""
    f = vstore.voucher_form(store, voucher_id)
    esc = html.escape
    form = ""
    if f["form"]:
        form = f'<b>{esc(f["form"])}</b><br/><i style="font-size:8pt">{esc(_CIRCULAR)}</i>'
    parts = ['<html><body>',
             '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
             f'<td width="55%"><b>Đơn vị: {esc(f["cooperative"])}</b><br/>Địa chỉ: {esc(f["address"])}</td>'
             f'<td width="45%" align="center">{form}</td></tr></table>',
             '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:10px"><tr>'
             '<td width="25%"></td>'
             f'<td width="50%" align="center"><span style="font-size:16pt"><b>{esc(f["title"])}</b></span><br/>'
             f'<i>{esc(f["date_text"])}</i><br/>Số: {esc(f["number"])}</td>'
             f'<td width="25%">Nợ: {esc(f["debit"])}<br/>Có: {esc(f["credit"])}</td></tr></table>',
             '<p style="margin-top:12px">']
    rows = [(f["person_label"], f["person"]), ("Địa chỉ", f["person_address"]), (f["reason_label"], f["reason"])]
    for label, value in rows:
        parts.append(f'{esc(label)}: {esc(value) if value else "…………………………………………"}<br/>')
    parts.append(f'Số tiền: <b>{esc(format_money(f["amount"], symbol=False))} đồng</b><br/>')
    parts.append(f'(Viết bằng chữ): <i>{esc(f["amount_words"])}</i><br/>')
    parts.append('Kèm theo: ……… chứng từ gốc.</p>')
    if f["title"] == "PHIẾU KẾ TOÁN":
        parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">'
                     '<tr><th>Tài khoản</th><th>Nợ</th><th>Có</th></tr>')
        for ln in f["lines"]:
            parts.append(f'<tr><td align="center">{esc(ln["account"])}</td>'
                         f'<td align="right">{esc(format_money(ln["debit"], symbol=False)) if ln["debit"] else ""}</td>'
                         f'<td align="right">{esc(format_money(ln["credit"], symbol=False)) if ln["credit"] else ""}</td></tr>')
        parts.append("</table>")
    sign = f["signatures"]
    parts.append('<table width="100%" cellspacing="0" cellpadding="2" style="margin-top:14px"><tr>')
    for who in sign:
        how = "(Ký, họ tên, đóng dấu)" if who == "Giám đốc" else "(Ký, họ tên)"
        parts.append(f'<td width="{100 // len(sign)}%" align="center"><b>{esc(who)}</b><br/><i>{how}</i><br/><br/><br/><br/></td>')
    parts.append("</tr></table>")
    if f["title"] in ("PHIẾU THU", "PHIẾU CHI"):
        parts.append('<p>Đã nhận đủ số tiền (viết bằng chữ): ………………………………………………………………</p>')
    parts.append("</body></html>")
    return "\n".join(parts)
