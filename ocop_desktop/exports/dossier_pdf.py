"""PDF of a dossier: the registration form, then the self-assessment report (issue 4 item 5a).

Written with fpdf2 (no Qt), A4 portrait, DejaVu Sans embedded (covers Vietnamese; licence in
``resources/fonts/DejaVu-LICENSE.txt``), a header and "page N/M" repeated on every page.
Documents for the council are always in Vietnamese, whatever the UI language.
"""

from __future__ import annotations

from fpdf import FPDF
from fpdf.fonts import FontFace

from ocop_desktop import RESOURCES
from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES, AssessmentReport, RegistrationForm, vietnamese
from ocop_desktop.domain.formats import format_date, long_date
from ocop_desktop.i18n import tr

__all__ = ["FONT_DIR", "dossier_pdf", "fmt_points", "vietnamese"]

FONT_DIR = RESOURCES / "fonts"
FONT = "DejaVu"


def fmt_points(value: float) -> str:
    """Points as Vietnamese text: ``3`` → ``"3"``, ``2.5`` → ``"2,5"``."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


class _Pdf(FPDF):
    def __init__(self, header_text: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_text = header_text
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 18, 15)
        self.alias_nb_pages()

    def header(self):
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(8)
        self.cell(0, 5, self.header_text, align="L")
        self.line(self.l_margin, 13.5, self.w - self.r_margin, 13.5)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, tr("Page {page}/{pages}", page=self.page_no(), pages="{nb}"), align="C")
        self.set_text_color(0, 0, 0)

    def para(self, text: str, size: float = 10.5, bold: bool = False, align: str = "L", h: float = 5.6):
        self.set_font(FONT, "B" if bold else "", size)
        self.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")


def _registration(pdf: _Pdf, form: RegistrationForm) -> None:
    pdf.add_page()
    pdf.para(tr("SOCIALIST REPUBLIC OF VIETNAM"), 11, True, "C")
    pdf.para(tr("Independence - Freedom - Happiness"), 11, True, "C")
    pdf.ln(6)
    pdf.para(tr("REGISTRATION FORM FOR A PRODUCT IN THE OCOP PROGRAMME"), 14, True, "C", 7)
    pdf.para(tr("(Decision 148/QĐ-TTg of 24/02/2023, Annex II)"), 9, False, "C")
    pdf.ln(4)
    if form.receiving_body:
        pdf.para(tr("To: {body}", body=form.receiving_body), 11, False, "C")
        pdf.ln(3)
    kind = tr(REGISTRATION_TYPES.get(form.registration_type, form.registration_type))
    rows = [
        (tr("1. Unit name"), form.unit_name),
        (tr("2. Legal representative"), form.representative),
        (tr("3. Position"), form.position),
        (tr("4. Address"), form.address),
        (tr("5. Phone"), form.phone),
        (tr("6. Email"), form.email),
        (tr("7. Tax code"), form.tax_code),
        (tr("8. Product name"), form.product_name),
        (tr("9. Product group"), form.product_group),
        (tr("10. Registration type"), kind),
        (tr("11. Star rating sought"), tr("{n} stars", n=form.target_stars)),
        (tr("12. Number of product samples"), str(form.samples)),
    ]
    pdf.set_font(FONT, "", 10.5)
    with pdf.table(col_widths=(62, 115), text_align=("LEFT", "LEFT"), first_row_as_headings=False,
                   line_height=6.2, borders_layout="HORIZONTAL_LINES") as table:
        for label, value in rows:
            row = table.row()
            row.cell(label, style=FontFace(emphasis="BOLD"))
            row.cell(value or "")
    pdf.ln(4)
    pdf.para(tr("13. Attached documents:"), 10.5, True)
    docs = form.attached_documents or [tr("(none)")]
    for i, doc in enumerate(docs, 1):
        pdf.para(f"   {i}. {doc}")
    pdf.ln(3)
    pdf.para(tr("14. Commitment:"), 10.5, True)
    pdf.para(form.commitment or tr("We commit that the information in this registration form and the attached dossier is true, "
                                   "and we will take full responsibility before the law for its content."))
    pdf.ln(6)
    when = long_date(form.date) if form.date else "ngày … tháng … năm ……"  # formal document date
    pdf.para(f"{form.place + ', ' if form.place else ''}{when}", 10.5, False, "R")
    pdf.para(tr("LEGAL REPRESENTATIVE"), 10.5, True, "R")
    pdf.para(tr("(signature, full name, seal)"), 9, False, "R")
    pdf.ln(14)
    pdf.para(form.representative, 10.5, True, "R")


def _report(pdf: _Pdf, report: AssessmentReport, form: RegistrationForm) -> None:
    pdf.add_page()
    pdf.para(tr("SELF-ASSESSMENT REPORT"), 14, True, "C", 7)
    pdf.para(tr("Scoring form {code}: {title}", code=report.form_code, title=report.form_title), 10, False, "C")
    pdf.para(tr("Product: {name} — {unit}", name=form.product_name, unit=form.unit_name), 10, False, "C")
    if report.assessed_on:
        pdf.para(tr("Assessed on {date}", date=format_date(report.assessed_on)), 9, False, "C")
    pdf.ln(3)
    head = FontFace(emphasis="BOLD", fill_color=(225, 232, 240))
    part_style = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))
    pdf.set_font(FONT, "", 8.5)
    with pdf.table(col_widths=(13, 42, 68, 13, 46), text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "LEFT"),
                   headings_style=head, line_height=4.6, repeat_headings=1) as table:
        h = table.row()
        for text in (tr("Code"), tr("Criterion"), tr("Chosen option"), tr("Points"), tr("Evidence")):
            h.cell(text)
        for part in report.parts:
            row = table.row()
            row.cell(tr("Part {letter}: {title}", letter=part.letter, title=part.title), colspan=3, style=part_style)
            row.cell(f"{fmt_points(part.points)}/{fmt_points(part.max_points)}", style=part_style)
            row.cell("", style=part_style)
            for c in part.criteria:
                row = table.row()
                row.cell(c.code)
                row.cell(c.title)
                option = c.option or tr("(not chosen)")
                row.cell(option + (f"\n⚠ {c.note}" if c.note else ""))
                row.cell(f"{fmt_points(c.points)}/{fmt_points(c.max_points)}")
                row.cell("\n".join(c.evidence_lines()))
    pdf.ln(4)
    with pdf.table(col_widths=(120, 62), text_align=("LEFT", "RIGHT"), first_row_as_headings=False,
                   line_height=6) as table:
        for part in report.parts:
            row = table.row()
            row.cell(tr("Part {letter}: {title}", letter=part.letter, title=part.title))
            row.cell(f"{fmt_points(part.points)}/{fmt_points(part.max_points)}")
        row = table.row()
        row.cell(tr("TOTAL SCORE"), style=FontFace(emphasis="BOLD"))
        row.cell(tr("{points}/100 points", points=fmt_points(report.total)), style=FontFace(emphasis="BOLD"))
        row = table.row()
        row.cell(tr("Self-assessed rating"), style=FontFace(emphasis="BOLD"))
        row.cell(tr("{n} stars", n=report.stars) if report.stars else tr("not rated"), style=FontFace(emphasis="BOLD"))
    for note in report.notes:
        pdf.para("• " + note, 9.5)
    pdf.ln(6)
    pdf.para(tr("LEGAL REPRESENTATIVE"), 10.5, True, "R")
    pdf.para(tr("(signature, full name, seal)"), 9, False, "R")
    pdf.ln(14)
    pdf.para(form.representative, 10.5, True, "R")


def dossier_pdf(form: RegistrationForm, report: AssessmentReport | None) -> bytes:
    """The dossier PDF as bytes: the registration form, then (when *report* is given) the
    self-assessment report. Always Vietnamese (:func:`vietnamese`)."""
    with vietnamese():
        header = tr("OCOP dossier — {product} — {unit}", product=form.product_name, unit=form.unit_name)
        pdf = _Pdf(header)
        pdf.set_title(tr("OCOP dossier — {product} — {unit}", product=form.product_name, unit=form.unit_name))
        pdf.set_creator("OCOP Desktop")
        pdf.set_lang("vi")
        _registration(pdf, form)
        if report is not None:
            _report(pdf, report, form)
        return bytes(pdf.output())
