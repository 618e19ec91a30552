"""DOCX of a dossier: the same two documents as the PDF, editable in Word or LibreOffice
(issue 4 item 5b). Written with python-docx, A4, Times New Roman (the font Vietnamese
administrative documents use, present on every Windows PC), a header and page numbers.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES, AssessmentReport, RegistrationForm
from ocop_desktop.domain.formats import format_date, long_date
from ocop_desktop.domain.dossier_docs import vietnamese
from ocop_desktop.exports.dossier_pdf import fmt_points
from ocop_desktop.i18n import tr

__all__ = ["dossier_docx"]


def _para(doc, text: str, size: float = 12, bold: bool = False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = doc.add_paragraph()
    p.alignment = align
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def _field(paragraph, code: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to *paragraph*."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = code
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _setup(doc, header_text: str) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Times New Roman")
    head = section.header.paragraphs[0]
    head.text = header_text
    head.runs[0].font.size = Pt(9)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(tr("Page") + " ")
    _field(foot, "PAGE")
    foot.add_run("/")
    _field(foot, "NUMPAGES")


def _registration(doc, form: RegistrationForm) -> None:
    C = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, tr("SOCIALIST REPUBLIC OF VIETNAM"), 13, True, C)
    _para(doc, tr("Independence - Freedom - Happiness"), 13, True, C)
    _para(doc, "")
    _para(doc, tr("REGISTRATION FORM FOR A PRODUCT IN THE OCOP PROGRAMME"), 15, True, C)
    _para(doc, tr("(Decision 148/QĐ-TTg of 24/02/2023, Annex II)"), 11, False, C)
    if form.receiving_body:
        _para(doc, tr("To: {body}", body=form.receiving_body), 13, False, C)
    kind = tr(REGISTRATION_TYPES.get(form.registration_type, form.registration_type))
    rows = [
        (tr("1. Unit name"), form.unit_name), (tr("2. Legal representative"), form.representative),
        (tr("3. Position"), form.position), (tr("4. Address"), form.address), (tr("5. Phone"), form.phone),
        (tr("6. Email"), form.email), (tr("7. Tax code"), form.tax_code), (tr("8. Product name"), form.product_name),
        (tr("9. Product group"), form.product_group), (tr("10. Registration type"), kind),
        (tr("11. Star rating sought"), tr("{n} stars", n=form.target_stars)),
        (tr("12. Number of product samples"), str(form.samples)),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Mm(60), Mm(110)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value or ""
        cells[0].width, cells[1].width = Mm(60), Mm(110)
    _para(doc, "")
    _para(doc, tr("13. Attached documents:"), 12, True)
    for i, item in enumerate(form.attached_documents or [tr("(none)")], 1):
        _para(doc, f"{i}. {item}")
    _para(doc, tr("14. Commitment:"), 12, True)
    _para(doc, form.commitment or tr("We commit that the information in this registration form and the attached dossier is true, "
                                     "and we will take full responsibility before the law for its content."))
    R = WD_ALIGN_PARAGRAPH.RIGHT
    when = long_date(form.date) if form.date else "ngày … tháng … năm ……"  # formal document date
    _para(doc, f"{form.place + ', ' if form.place else ''}{when}", 12, False, R)
    _para(doc, tr("LEGAL REPRESENTATIVE"), 12, True, R)
    _para(doc, tr("(signature, full name, seal)"), 11, False, R)
    _para(doc, "\n\n")
    _para(doc, form.representative, 12, True, R)


def _report(doc, report: AssessmentReport, form: RegistrationForm) -> None:
    C = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(doc, tr("SELF-ASSESSMENT REPORT"), 15, True, C)
    _para(doc, tr("Scoring form {code}: {title}", code=report.form_code, title=report.form_title), 12, False, C)
    _para(doc, tr("Product: {name} — {unit}", name=form.product_name, unit=form.unit_name), 12, False, C)
    if report.assessed_on:
        _para(doc, tr("Assessed on {date}", date=format_date(report.assessed_on)), 11, False, C)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(13), Mm(38), Mm(62), Mm(17), Mm(40))
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for cell, text, width in zip(table.rows[0].cells, (tr("Code"), tr("Criterion"), tr("Chosen option"),
                                                         tr("Points"), tr("Evidence")), widths):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        cell.width = width
    _repeat_header(table.rows[0])

    def add(values, bold=False):
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, values)):
            cell.text = text
            cell.width = widths[i]
            for p in cell.paragraphs:
                if i == 3:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for run in p.runs:
                    run.font.size = Pt(10)
                    run.bold = bold
        return cells

    for part in report.parts:
        cells = add([tr("Part {letter}: {title}", letter=part.letter, title=part.title), "", "",
                     f"{fmt_points(part.points)}/{fmt_points(part.max_points)}", ""], bold=True)
        cells[0].merge(cells[2])
        for c in part.criteria:
            option = (c.option or tr("(not chosen)")) + (f"\n⚠ {c.note}" if c.note else "")
            add([c.code, c.title, option, f"{fmt_points(c.points)}/{fmt_points(c.max_points)}",
                 "\n".join(c.evidence_lines())])
    _para(doc, "")
    for part in report.parts:
        _para(doc, tr("Part {letter}: {title}", letter=part.letter, title=part.title)
              + f": {fmt_points(part.points)}/{fmt_points(part.max_points)}")
    _para(doc, tr("TOTAL SCORE") + ": " + tr("{points}/100 points", points=fmt_points(report.total)), 12, True)
    _para(doc, tr("Self-assessed rating") + ": "
          + (tr("{n} stars", n=report.stars) if report.stars else tr("not rated")), 12, True)
    for note in report.notes:
        _para(doc, "• " + note, 11)
    R = WD_ALIGN_PARAGRAPH.RIGHT
    _para(doc, tr("LEGAL REPRESENTATIVE"), 12, True, R)
    _para(doc, tr("(signature, full name, seal)"), 11, False, R)
    _para(doc, "\n\n")
    _para(doc, form.representative, 12, True, R)


def dossier_docx(form: RegistrationForm, report: AssessmentReport | None) -> bytes:
    """The dossier as DOCX bytes (registration form, page break, self-assessment report),
    always in Vietnamese."""
    with vietnamese():
        doc = Document()
        _setup(doc, tr("OCOP dossier — {product} — {unit}", product=form.product_name, unit=form.unit_name))
        title = tr("OCOP dossier — {product} — {unit}", product=form.product_name, unit=form.unit_name)
        doc.core_properties.title = title if len(title) <= 255 else title[:254] + "…"  # DOCX property limit
        doc.core_properties.language = "vi-VN"
        _registration(doc, form)
        if report is not None:
            _report(doc, report, form)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
