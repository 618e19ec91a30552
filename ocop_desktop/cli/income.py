"""Income commands (issue 5 item 10):

- ``vouchers add --db DB --type receipt|payment|bank-receipt|bank-payment --date D --amount N
  --category CODE [--description T] [--member ID|NAME] [--customer NAME] [--supplier NAME]
  [--internal|--external] [--product P --quantity Q --unit U --channel C] [--reference R] [--json]``
- ``vouchers import FILE --db DB [--bank] [--map FIELD=COLUMN …] [--dry-run] [--json]``
- ``vouchers categories`` — the category codes and their labels
- ``vouchers close-year --db DB --year YYYY`` — year-end closing to 911 and 4211/4212
- ``report cashbook|bankbook|journal|ledger|subsidiary|trial-balance|b02|revenue|member-income --db DB
  --from YYYY-MM-DD --to YYYY-MM-DD [--json|--xlsx OUT]`` (member-income: the year of ``--to``
  against the year before; ledger: ``--account CODE``; subsidiary: ``--member ID|NAME``,
  ``--customer NAME`` or ``--supplier NAME`` and optionally ``--account``)
- ``distribution --db DB --year YYYY [--json] [--xlsx OUT] [--post YYYY-MM-DD]``

Exit codes: 0 done; 1 refused (a rule: validation, locked month, duplicate rows, illegal
rates); 2 unusable input or file.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

from ocop_desktop.domain.income.vouchers import CATEGORIES
from ocop_desktop.i18n import tr

_TYPES = {"receipt": "cash_receipt", "payment": "cash_payment", "bank-receipt": "bank_receipt",
          "bank-payment": "bank_payment", "journal": "journal"}


def _date(text: str) -> dt.date:
    from ocop_desktop.domain.formats import FormatError, parse_date
    try:
        return parse_date(text)
    except FormatError as err:
        import argparse
        raise argparse.ArgumentTypeError(str(err)) from None


def register(sub) -> None:
    v = sub.add_parser("vouchers", help="vouchers (receipts, payments)")
    vsub = v.add_subparsers(dest="vouchers_command", required=True)
    a = vsub.add_parser("add", help="add one voucher")
    a.add_argument("--db", required=True, type=Path)
    a.add_argument("--type", required=True, choices=list(_TYPES))
    a.add_argument("--date", type=_date, default=None, help="dd/mm/yyyy or YYYY-MM-DD (default: today)")
    a.add_argument("--amount", required=True)
    a.add_argument("--category", required=True, help="category code (see: vouchers categories)")
    a.add_argument("--description", default="")
    a.add_argument("--member", help="member id or full name")
    a.add_argument("--customer", help="customer name (added to the register when new)")
    a.add_argument("--supplier", help="supplier name (added to the register when new)")
    mark = a.add_mutually_exclusive_group()
    mark.add_argument("--internal", dest="internal", action="store_true", default=None)
    mark.add_argument("--external", dest="internal", action="store_false")
    a.add_argument("--product", default="")
    a.add_argument("--quantity", type=float)
    a.add_argument("--unit", default="")
    a.add_argument("--channel", choices=["supermarket", "ecommerce", "shop_market", "export"])
    a.add_argument("--reference", default="")
    a.add_argument("--user", default=None, help="name recorded in the audit trail")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_add)
    i = vsub.add_parser("import", help="import receipts and payments from XLSX/CSV")
    i.add_argument("file", type=Path)
    i.add_argument("--db", required=True, type=Path)
    i.add_argument("--bank", action="store_true", help="rows are bank receipts/payments (a bank statement)")
    i.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="column of a field (date, amount, receipt, payment, description, reference, category, counterparty, internal)")
    i.add_argument("--dry-run", action="store_true")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_import)
    y = vsub.add_parser("close-year", help="post the year-end closing to 911 and 4211/4212")
    y.add_argument("--db", required=True, type=Path)
    y.add_argument("--year", required=True, type=int)
    y.set_defaults(func=cmd_close_year)
    c = vsub.add_parser("categories", help="list category codes")
    c.set_defaults(func=cmd_categories)

    r = sub.add_parser("report", help="books and reports")
    r.add_argument("kind", choices=["cashbook", "bankbook", "journal", "ledger", "subsidiary", "trial-balance", "b02",
                                    "revenue", "member-income"])
    r.add_argument("--account", help="account code (ledger; optional for subsidiary)")
    who = r.add_mutually_exclusive_group()
    who.add_argument("--member", help="member id or full name (subsidiary)")
    who.add_argument("--customer", help="customer name (subsidiary)")
    who.add_argument("--supplier", help="supplier name (subsidiary)")
    r.add_argument("--db", required=True, type=Path)
    r.add_argument("--from", dest="date_from", type=_date, required=True)
    r.add_argument("--to", dest="date_to", type=_date, required=True)
    out = r.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--xlsx", type=Path)
    r.set_defaults(func=cmd_report)

    d = sub.add_parser("distribution", help="surplus distribution of a year (Law 17/2023 Art. 84-86)")
    d.add_argument("--db", required=True, type=Path)
    d.add_argument("--year", required=True, type=int)
    d.add_argument("--json", action="store_true")
    d.add_argument("--xlsx", type=Path)
    d.add_argument("--post", type=_date, metavar="DATE", help="post the distribution voucher on DATE")
    d.set_defaults(func=cmd_distribution)


def _refused(err) -> int:
    print(tr("Error: {message}", message=str(err)), file=sys.stderr)
    return 1


def _jsonable(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(type(value))


def _dump(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable))


def cmd_close_year(args) -> int:
    from ocop_desktop.store.db import open_store
    from ocop_desktop.store.errors import StoreError
    from ocop_desktop.store.books_year_end import post_year_end_closing
    store = open_store(args.db)
    try:
        try:
            v = post_year_end_closing(store, args.year)
        except StoreError as err:
            return _refused(err)
    finally:
        store.close()
    print(tr("Saved {number}", number=v.number))
    return 0


def cmd_categories(args) -> int:
    from ocop_desktop.domain.income.vouchers import CATEGORIES, VOUCHER_TYPES, categories_for
    for vtype in VOUCHER_TYPES:
        print(f"[{vtype}]")
        for c in categories_for(vtype):
            print(f"  {c.code:<24} {tr(c.label)}")
    del CATEGORIES
    return 0


def _member_id(store, text: str) -> int:
    from ocop_desktop.store.errors import StoreError
    if text.isdigit():
        return int(text)
    from ocop_desktop.domain.text import fold
    rows = store.query("SELECT id FROM members WHERE name_folded = ?", [fold(text)])
    if len(rows) != 1:
        raise StoreError(tr("No single member named {name}", name=text))
    return rows[0]["id"]


def cmd_add(args) -> int:
    from ocop_desktop.domain.formats import FormatError, parse_money
    from ocop_desktop.domain.income.vouchers import Voucher
    from ocop_desktop.store import vouchers as vstore
    from ocop_desktop.store.db import open_store
    from ocop_desktop.store.errors import ValidationError
    try:
        amount = parse_money(args.amount)
    except FormatError as err:
        print(tr("Error: {message}", message=str(err)), file=sys.stderr)
        return 2
    store = open_store(args.db)
    try:
        member_id = _member_id(store, args.member) if args.member else None
        party_id = None
        if args.customer:
            party_id = vstore.find_or_add_party(store, "customer", args.customer)
        elif args.supplier:
            party_id = vstore.find_or_add_party(store, "supplier", args.supplier)
        internal = args.internal
        if internal is None and args.category in CATEGORIES:
            internal = CATEGORIES[args.category].internal  # the category's Art. 85 mark, as in the form
        v = Voucher(vtype=_TYPES[args.type], date=args.date or dt.date.today(), amount=amount, category=args.category,
                    description=args.description, member_id=member_id, party_id=party_id, internal=internal,
                    product=args.product, quantity=args.quantity, unit=args.unit, channel=args.channel,
                    reference=args.reference)
        try:
            v = vstore.save_voucher(store, v, user=args.user)
        except (ValidationError, vstore.PeriodClosedError) as err:
            return _refused(err)
        if v.product:
            vstore.link_products(store)  # a product typed by name joins the products register
        row = vstore.voucher_rows(store, [v.id])[v.id]
    finally:
        store.close()
    if args.json:
        _dump(row)
    else:
        print(tr("Saved {number}", number=row["number"]))
    return 0


def cmd_import(args) -> int:
    from ocop_desktop.imports.vouchers import VoucherFileError, guess_mapping, preview, read_table
    from ocop_desktop.store import voucher_import
    from ocop_desktop.store.db import open_store
    from ocop_desktop.store.errors import ValidationError
    try:
        headers, rows = read_table(args.file)
    except VoucherFileError as err:
        print(tr("Error: {message}", message=str(err)), file=sys.stderr)
        return 2
    mapping = guess_mapping(headers)
    for item in args.map:
        field, _, column = item.partition("=")
        if column not in headers:
            print(tr("Error: {message}", message=tr("Column {column} is not in {file}", column=column, file=args.file.name)), file=sys.stderr)
            return 2
        mapping[field.strip()] = headers.index(column)
    store = open_store(args.db)
    try:
        pv = preview(headers, rows, mapping, bank=args.bank, existing=voucher_import.existing_keys(store),
                     accounts=None, members=voucher_import.member_names(store),
                     locked=voucher_import.locked(store))
        summary = {"rows": len(pv.items), "new": len(pv.new_items), "duplicates": len(pv.duplicates),
                   "problems": [{"row": it.row, "problems": [m for _f, m in it.problems]} for it in pv.items if it.problems]}
        if pv.has_problems:
            if args.json:
                _dump(summary)
            for it in pv.items:
                for _f, message in it.problems:
                    print(tr("Row {row}: {message}", row=it.row, message=message), file=sys.stderr)
            return 1
        if not args.dry_run:
            try:
                saved = voucher_import.commit(store, pv)
            except ValidationError as err:
                return _refused(err)
            from ocop_desktop.store import vouchers as vstore
            vstore.link_products(store)  # products typed by name join the products register
            summary["saved"] = [v.number for v in saved]
    finally:
        store.close()
    if args.json:
        _dump(summary)
    else:
        print(tr("{new} new vouchers, {dup} duplicates skipped{dry}", new=summary["new"], dup=summary["duplicates"],
                 dry=tr(" (dry run: nothing saved)") if args.dry_run else ""))
    return 0


def _rows_json(rows, keys):
    return [{k: r.get(k) for k in keys} for r in rows]


def cmd_report(args) -> int:
    from ocop_desktop.exports import books_xlsx as bx
    from ocop_desktop.store import books, income_reports
    from ocop_desktop.store.db import open_store
    from ocop_desktop.domain.formats import format_date, format_money
    a, b = args.date_from, args.date_to
    if a > b:
        print(tr("Error: {message}", message=tr("The start date is after the end date")), file=sys.stderr)
        return 2
    store = open_store(args.db)
    try:
        kind = args.kind
        if kind in ("ledger", "subsidiary"):
            return _ledger_report(store, args, a, b)
        if args.xlsx:
            writers = {"cashbook": lambda: bx.write_cash_book(store, args.xlsx, a, b),
                       "bankbook": lambda: bx.write_bank_book(store, args.xlsx, a, b),
                       "journal": lambda: bx.write_journal(store, args.xlsx, a, b),
                       "trial-balance": lambda: bx.write_trial_balance(store, args.xlsx, a, b),
                       "b02": lambda: bx.write_b02(store, args.xlsx, a, b),
                       "revenue": lambda: bx.write_revenue(store, args.xlsx, a, b),
                       "member-income": lambda: bx.write_member_income(store, args.xlsx, b.year)}
            writers[kind]()
            print(tr("Written {path}", path=str(args.xlsx)))
            return 0
        if kind in ("cashbook", "bankbook", "journal"):
            account = {"cashbook": "111", "bankbook": "112"}.get(kind)
            fetch = {"cashbook": books.cash_book_page, "bankbook": books.bank_book_page, "journal": books.journal_page}[kind]
            rows, after = [], None
            while True:
                page = fetch(store, a, b, after, 5000)
                rows += page
                if len(page) < 5000:
                    break
                after = page[-1]["key"]
            totals = books.ledger_totals(store, account, a, b) if account else books.journal_count(store, a, b)
            keys = ["date", "number", "description", "account", "contra", "debit", "credit", "balance"]
            if kind == "cashbook":
                keys = ["date", "receipt_no", "payment_no", "description", "received", "paid", "balance"]
            if args.json:
                _dump({"from": a, "to": b, "opening": totals.get("opening"), "debit": totals["debit"],
                       "credit": totals["credit"], "closing": totals.get("closing"), "rows": _rows_json(rows, keys)})
            else:
                for r in rows:
                    print(" | ".join(format_date(r[k]) if k == "date" else
                                     format_money(r[k], False) if isinstance(r[k], int) and (r[k] or k == "balance")
                                     else "" if isinstance(r[k], int) else str(r[k] or "")
                                     for k in keys))
                print(tr("Debit {d} · Credit {c}", d=format_money(totals["debit"]), c=format_money(totals["credit"])))
        elif kind == "trial-balance":
            rows = books.trial_balance(store, a, b)
            t = books.trial_balance_totals(rows)
            if args.json:
                _dump({"from": a, "to": b, "rows": rows, "totals": t})
            else:
                for r in rows + [dict(t, account="", name=tr("Total"))]:
                    print(f"{r['account']:<6} {r['name'][:36]:<36} " + " ".join(
                        f"{format_money(r[k], False):>15}" for k in ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit")))
        elif kind == "b02":
            lines = income_reports.b02(store, a, b)
            if args.json:
                _dump({"from": a, "to": b, "lines": [{"code": ln.code, "title": ln.title, "external": ln.external,
                                                      "internal": ln.internal, "total": ln.total} for ln in lines]})
            else:
                for ln in lines:
                    print(f"{ln.code}  {ln.title[:60]:<60} {format_money(ln.external, False):>15} {format_money(ln.internal, False):>15} {format_money(ln.total, False):>15}")
        elif kind == "revenue":
            data = {by: income_reports.revenue_by(store, a, b, by) for by in ("product", "channel", "month")}
            if args.json:
                _dump(data)
            else:
                for by, rows in data.items():
                    print(f"[{by}]")
                    for r in rows:
                        print(f"  {r['label'][:40]:<40} {format_money(r['amount'], False):>15}")
        else:  # member-income
            rows = income_reports.member_income(store, b.year)
            t = income_reports.member_income_totals(rows)
            if args.json:
                _dump({"year": b.year, "rows": rows, "totals": t})
            else:
                for r in rows + [dict(t, full_name=tr("Total"))]:
                    g = f"{r['growth_pct']}%" if r["growth_pct"] is not None else "—"
                    print(f"{r['full_name'][:34]:<34} {format_money(r['income_prev'], False):>15} {format_money(r['income'], False):>15} {g:>8}")
    finally:
        store.close()
    return 0


def _ledger_report(store, args, a, b) -> int:
    from ocop_desktop.domain.formats import format_date, format_money
    from ocop_desktop.domain.text import fold
    from ocop_desktop.exports import books_xlsx as bx
    from ocop_desktop.store import books
    if args.kind == "ledger":
        if not args.account:
            print(tr("Error: {message}", message=tr("Choose the account (--account)")), file=sys.stderr)
            return 2
        fetch = lambda after, n, c: books.ledger_page(store, args.account, a, b, after, n, carried=c)  # noqa: E731
        totals = books.ledger_totals(store, args.account, a, b)
        write = lambda: bx.write_ledger(store, args.xlsx, args.account, a, b)  # noqa: E731
    else:
        if args.member:
            kind, cid = "member", _member_id(store, args.member)
        elif args.customer or args.supplier:
            kind = "customer" if args.customer else "supplier"
            name = args.customer or args.supplier
            rows = store.query("SELECT id FROM parties WHERE kind = ? AND name_folded = ?", [kind, fold(name)])
            if not rows:
                print(tr("Error: {message}", message=tr("Customer or supplier {id} does not exist", id=name)), file=sys.stderr)
                return 2
            cid = rows[0]["id"]
        else:
            print(tr("Error: {message}", message=tr("Choose a member, customer or supplier")), file=sys.stderr)
            return 2
        fetch = lambda after, n, c: books.subsidiary_page(store, kind, cid, a, b, args.account, after, n, c)  # noqa: E731
        totals = books.subsidiary_totals(store, kind, cid, a, b, args.account)
        write = lambda: bx.write_subsidiary(store, args.xlsx, kind, cid, a, b, args.account)  # noqa: E731
    if args.xlsx:
        write()
        print(tr("Written {path}", path=str(args.xlsx)))
        return 0
    rows, after, carried = [], None, None
    while True:
        page = fetch(after, 5000, carried)
        rows += page
        if len(page) < 5000:
            break
        after, carried = page[-1]["key"], page[-1]["balance"]
    keys = ["date", "number", "description", "account", "contra", "debit", "credit", "balance"]
    if args.json:
        _dump({"from": a, "to": b, "opening": totals["opening"], "debit": totals["debit"], "credit": totals["credit"],
               "closing": totals["closing"], "rows": _rows_json(rows, keys)})
    else:
        for r in rows:
            print(f"{format_date(r['date'])} | {r['number']} | {r['description']} | {r['account']} | {r['contra']} | "
                  f"{format_money(r['debit'], False) if r['debit'] else ''} | {format_money(r['credit'], False) if r['credit'] else ''} | "
                  f"{format_money(r['balance'], False)}")
    return 0


def cmd_distribution(args) -> int:
    from ocop_desktop.domain.formats import format_money
    from ocop_desktop.exports import books_xlsx as bx
    from ocop_desktop.store import distribution as dstore
    from ocop_desktop.store.db import open_store
    from ocop_desktop.store.errors import StoreError, ValidationError
    from ocop_desktop.store.vouchers import PeriodClosedError
    store = open_store(args.db)
    try:
        try:
            d = dstore.compute_distribution(store, args.year)
        except dstore.DistributionError as err:
            return _refused(err)
        already = dstore.posted_distribution(store, args.year)
        posted = store.scalar("SELECT number FROM vouchers WHERE id = ?", [already]) if already else None
        if args.post:
            try:
                posted = dstore.post_distribution(store, args.year, args.post).number
            except (ValidationError, PeriodClosedError, StoreError) as err:
                return _refused(err)
        if args.xlsx:
            bx.write_distribution(store, args.xlsx, args.year, d)
    finally:
        store.close()
    if args.json:
        _dump({
            "year": args.year, "external_income": d.external_income, "internal_income": d.internal_income,
            "fund_external": d.fund_external, "fund_internal": d.fund_internal,
            "other_funds": [{"name": f.name, "account": f.account, "external": fe, "internal": fi} for f, fe, fi in d.other_funds],
            "internal_remainder": d.internal_remainder, "use_labour_pool": d.use_labour_pool,
            "capital_pool_internal": d.capital_pool_internal, "external_remainder": d.external_remainder,
            "capital_pool_external": d.capital_pool_external, "retained_external": d.retained_external,
            "steps": [{"label": s, "amount": amt, "how": how} for s, amt, how in d.steps],
            "members": [{"member_id": m.basis.member_id, "name": m.basis.name, "official": m.basis.official,
                         "use_value": m.basis.use_value, "labour_pay": m.basis.labour_pay, "capital": m.basis.capital,
                         "by_use_labour": m.by_use_labour, "by_capital_internal": m.by_capital_internal,
                         "by_capital_external": m.by_capital_external, "total": m.total} for m in d.members],
            "posted": posted,
        })
    else:
        for label, amount, how in d.steps:
            print(f"{label[:60]:<60} {format_money(amount, False):>15}  {how}")
        print()
        for m in d.members:
            print(f"{m.basis.name[:34]:<34} {format_money(m.by_use_labour, False):>13} {format_money(m.by_capital_internal, False):>13} "
                  f"{format_money(m.by_capital_external, False):>13} {format_money(m.total, False):>14}")
        if posted:
            print(tr("Saved {number}", number=posted))
    return 0
