"""The dossier documents as simple HTML, for printing through the system print dialog
(``QTextDocument.print_`` in the UI) where the PDF itself cannot be rendered: PySide6-Essentials
has no QtPdf. Same content and order as :mod:`ocop_desktop.exports.dossier_pdf`.
"""

from __future__ import annotations

from html import escape

from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES, AssessmentReport, RegistrationForm, vietnamese
from ocop_desktop.domain.formats import format_date, long_date
from ocop_desktop.exports.dossier_pdf import fmt_points
from ocop_desktop.i18n import tr

__all__ = ["dossier_html"]


def dossier_html(form: RegistrationForm, report: AssessmentReport | None) -> str:
    """HTML of the registration form, a page break, then the self-assessment report."""
    e = escape
    with vietnamese():
        kind = tr(REGISTRATION_TYPES.get(form.registration_type, form.registration_type))
        rows = [
            (tr("1. Unit name"), form.unit_name), (tr("2. Legal representative"), form.representative),
            (tr("3. Position"), form.position), (tr("4. Address"), form.address), (tr("5. Phone"), form.phone),
            (tr("6. Email"), form.email), (tr("7. Tax code"), form.tax_code), (tr("8. Product name"), form.product_name),
            (tr("9. Product group"), form.product_group), (tr("10. Registration type"), kind),
            (tr("11. Star rating sought"), tr("{n} stars", n=form.target_stars)),
            (tr("12. Number of product samples"), str(form.samples)),
        ]
        out = ["<html><body style='font-family: \"DejaVu Sans\", \"Times New Roman\"; font-size: 10pt'>",
               f"<p align='center'><b>{e(tr('SOCIALIST REPUBLIC OF VIETNAM'))}<br>{e(tr('Independence - Freedom - Happiness'))}</b></p>",
               f"<h2 align='center'>{e(tr('REGISTRATION FORM FOR A PRODUCT IN THE OCOP PROGRAMME'))}</h2>",
               f"<p align='center'>{e(tr('(Decision 148/QĐ-TTg of 24/02/2023, Annex II)'))}</p>"]
        if form.receiving_body:
            out.append(f"<p align='center'>{e(tr('To: {body}', body=form.receiving_body))}</p>")
        out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        out += [f"<tr><td width='35%'><b>{e(label)}</b></td><td>{e(value or '')}</td></tr>" for label, value in rows]
        out.append("</table>")
        out.append(f"<p><b>{e(tr('13. Attached documents:'))}</b><br>"
                   + "<br>".join(f"{i}. {e(d)}" for i, d in enumerate(form.attached_documents or [tr('(none)')], 1)) + "</p>")
        out.append(f"<p><b>{e(tr('14. Commitment:'))}</b><br>{e(form.commitment)}</p>")
        when = long_date(form.date) if form.date else "ngày … tháng … năm ……"  # formal document date
        out.append(f"<p align='right'>{e(form.place + ', ' if form.place else '')}{when}<br>"
                   f"<b>{e(tr('LEGAL REPRESENTATIVE'))}</b><br>{e(tr('(signature, full name, seal)'))}<br><br><br>"
                   f"<b>{e(form.representative)}</b></p>")
        if report is not None:
            out.append("<div style='page-break-before: always'></div>")
            out.append(f"<h2 align='center'>{e(tr('SELF-ASSESSMENT REPORT'))}</h2>")
            out.append(f"<p align='center'>{e(tr('Scoring form {code}: {title}', code=report.form_code, title=report.form_title))}<br>"
                       f"{e(tr('Product: {name} — {unit}', name=form.product_name, unit=form.unit_name))}</p>")
            out.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>"
                       + "".join(f"<th>{e(h)}</th>" for h in (tr("Code"), tr("Criterion"), tr("Chosen option"),
                                                               tr("Points"), tr("Evidence")))
                       + "</tr></thead>")
            for part in report.parts:
                out.append(f"<tr bgcolor='#eeeeee'><td colspan='3'><b>{e(tr('Part {letter}: {title}', letter=part.letter, title=part.title))}</b></td>"
                           f"<td align='right'><b>{fmt_points(part.points)}/{fmt_points(part.max_points)}</b></td><td></td></tr>")
                for c in part.criteria:
                    out.append(f"<tr><td>{e(c.code)}</td><td>{e(c.title)}</td><td>{e(c.option or tr('(not chosen)'))}</td>"
                               f"<td align='right'>{fmt_points(c.points)}/{fmt_points(c.max_points)}</td>"
                               f"<td>{'<br>'.join(e(x) for x in c.evidence_lines())}</td></tr>")
            out.append("</table>")
            out.append(f"<p><b>{e(tr('TOTAL SCORE'))}: {e(tr('{points}/100 points', points=fmt_points(report.total)))}<br>"
                       f"{e(tr('Self-assessed rating'))}: {e(tr('{n} stars', n=report.stars) if report.stars else tr('not rated'))}</b></p>")
            out += [f"<p>• {e(n)}</p>" for n in report.notes]
        out.append("</body></html>")
        return "\n".join(out)
