"""Demo books of the demo cooperative, 2023 to the demo's today (issue 5 item 11).

Reads ``resources/demo/income.json`` and writes, month by month and deterministically (a
seeded ``random.Random``): sales of the three products to the supermarket chains, e-commerce
and market buyers (bank receipts for chains and e-commerce, cash for markets); purchases of
fresh cassava, bamboo shoots and fish from members (cash payments, internal); wages of the
members who work in processing; services to members (seedlings and fertiliser, internal) and
their cost; packaging and electricity; transfers between bank and cash so the cash book never
goes below zero; the year-end closing to 911 and 4211/4212 on 31 December, the surplus distribution of each closed year (posted on 31 March of the next
year with the demo charter's rates) and its payment to members. Volumes grow by ``growth``
(17%) a year, so members' income grows 15–20% a year. Months through ``locked_through`` are
locked at the end, as a cooperative closes its books.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal

from ocop_desktop import RESOURCES
from ocop_desktop.domain.income.distribution import OtherFund, Rates
from ocop_desktop.domain.income.vouchers import Voucher, validate_voucher
from ocop_desktop.store import distribution as dstore
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store
from ocop_desktop.store.books_year_end import post_year_end_closing
from ocop_desktop.store.errors import ValidationError

__all__ = ["add_income_books", "DATA_FILE"]

DATA_FILE = RESOURCES / "demo" / "income.json"
_USER = "demo"


def add_income_books(store: Store) -> None:
    """Demo step: customers, suppliers, vouchers 2023–2026, distributions, locked months."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    rng = random.Random(data["seed"])
    members = {r["full_name"]: r["id"] for r in store.query("SELECT id, full_name FROM members")}
    last_day = dt.date.fromisoformat(data["last_day"])
    r = data["rates"]
    dstore.set_rates(store, Rates(
        fund_external_pct=Decimal(r["fund_external_pct"]), fund_internal_pct=Decimal(r["fund_internal_pct"]),
        use_labour_pct=Decimal(r["use_labour_pct"]), external_capital_pct=Decimal(r["external_capital_pct"]),
        other_funds=tuple(OtherFund(f["name"], f["account"], Decimal(f["external_pct"]), Decimal(f["internal_pct"]))
                          for f in r["other_funds"])))
    codes = vstore.account_codes(store)
    with store.atomic():
        customers = [dict(c, id=vstore.save_party(store, vstore.Party("customer", c["name"]))) for c in data["customers"]]
        suppliers = [vstore.save_party(store, vstore.Party("supplier", name)) for name in data["suppliers"]]
        gen = _Generator(store, data, rng, members, customers, suppliers, codes)
        first_year = data["years"][0]
        gen.opening_transfer(dt.date(first_year, 1, 1))
        for year in data["years"]:
            for month in range(1, 13):
                if dt.date(year, month, 1) > last_day:
                    break
                if year > first_year and month == 3:
                    gen.distribution(year - 1)
                gen.month(year, month, last_day)
                if month == 12:
                    post_year_end_closing(store, year, user=_USER, today=dt.date(year + 1, 1, 1))
        vstore.link_products(store)  # when the products register is in the file (OCOP products feature)
        y, m = map(int, data["locked_through"].split("-"))
        for year in data["years"]:
            for month in range(1, 13):
                if (year, month) <= (y, m):
                    vstore.lock_month(store, f"{year}-{month:02d}", user=_USER)


class _Generator:
    def __init__(self, store, data, rng, members, customers, suppliers, codes):
        self.store, self.data, self.rng = store, data, rng
        self.members, self.customers, self.suppliers, self.codes = members, customers, suppliers, codes
        self.cash = store.scalar("SELECT COALESCE(SUM(debit - credit), 0) FROM ledger_entries WHERE account = '1111' "
                                 "AND date < ?", [f"{data['years'][0]}-01-01"]) or 0

    def _save(self, v: Voucher) -> Voucher:
        problems = validate_voucher(v, self.codes)
        if problems:
            raise ValidationError(problems)
        v.source = "demo"
        vstore.write_voucher(self.store, v, user=_USER)
        if v.vtype == "cash_receipt":
            self.cash += v.amount
        elif v.vtype == "cash_payment":
            self.cash -= v.amount
        return v

    def _noise(self, value: float, spread: float = 0.08) -> float:
        return value * (1 + self.rng.uniform(-spread, spread))

    def opening_transfer(self, day: dt.date) -> None:
        keep = 20_000_000
        if self.cash > keep:
            self._save(Voucher("cash_payment", day, self.cash - keep, "cash_to_bank",
                               "Nộp tiền vốn góp vào tài khoản ngân hàng", internal=False))

    def _cover(self, day: dt.date, outflow: int) -> None:
        need = outflow + 5_000_000 - self.cash
        if need > 0:
            amount = -(-need // 1_000_000) * 1_000_000
            self._save(Voucher("cash_receipt", day, amount, "cash_from_bank", "Rút tiền gửi ngân hàng về nhập quỹ", internal=False))

    def month(self, year: int, month: int, last_day: dt.date) -> None:
        d, g = self.data, self.data["growth"] ** (year - self.data["years"][0])
        day = lambda n: dt.date(year, month, n)  # noqa: E731
        out: list[Voucher] = []
        sales: list[Voucher] = []
        p = d["products"]
        # sales of pickled cassava, split over the active buyers by weight
        jars_total = self._noise(p["cassava"]["jars_per_month"] * g)
        active = [c for c in self.customers if c["since"] <= day(28).isoformat()]
        wsum = sum(c["weight"] for c in active)
        jars_sold = 0
        for c in active:
            jars = int(jars_total * c["weight"] / wsum)
            if jars <= 0:
                continue
            jars_sold += jars
            bank = c["channel"] in ("supermarket", "ecommerce")
            sales.append(Voucher("bank_receipt" if bank else "cash_receipt", day(20 if bank else 12),
                                 jars * p["cassava"]["price"], "sale_external",
                                 f"Bán {jars} {p['cassava']['unit']} {p['cassava']['name']} cho {c['name']}",
                                 party_id=c["id"], internal=False, product=p["cassava"]["name"], quantity=jars,
                                 unit=p["cassava"]["unit"], channel=c["channel"]))
        market = next(c for c in self.customers if c["channel"] == "shop_market")
        boxes = int(self._noise(p["fish"]["per_month"] * g))
        sales.append(Voucher("cash_receipt", day(16), boxes * p["fish"]["price"], "sale_external",
                             f"Bán {boxes} {p['fish']['unit']} {p['fish']['name']} tại {market['name']}",
                             party_id=market["id"], internal=False, product=p["fish"]["name"], quantity=boxes,
                             unit=p["fish"]["unit"], channel="shop_market"))
        bags = 0
        if month in p["bamboo"]["months"]:
            bags = int(self._noise(p["bamboo"]["per_month"] * g))
            sales.append(Voucher("cash_receipt", day(18), bags * p["bamboo"]["price"], "sale_external",
                                 f"Bán {bags} {p['bamboo']['unit']} {p['bamboo']['name']} tại {market['name']}",
                                 party_id=market["id"], internal=False, product=p["bamboo"]["name"], quantity=bags,
                                 unit=p["bamboo"]["unit"], channel="shop_market"))
        # purchases of raw material from members
        raw = d["raw"]
        for key, units in (("cassava", jars_sold * raw["cassava"]["kg_per_jar"]),
                           ("bamboo", bags * raw["bamboo"]["kg_per_bag"]), ("fish", boxes * raw["fish"]["kg_per_box"])):
            spec = raw[key]
            names = [n for n in spec["members"] if n in self.members]
            if units <= 0 or not names:
                continue
            for i, name in enumerate(names):
                kg = int(units / len(names) * self._noise(1.0, 0.1))
                if kg <= 0:
                    continue
                out.append(Voucher("cash_payment", day(5 + i % 3), kg * spec["price"], "purchase_member",
                                   f"Mua {kg} {spec['unit']} {spec['name'].lower()} của thành viên {name}",
                                   member_id=self.members[name], internal=True, product=spec["name"], quantity=kg,
                                   unit=spec["unit"]))
        # wages of members working in processing
        for name in d["workers"]["members"]:
            if name in self.members:
                out.append(Voucher("cash_payment", day(28), int(round(d["workers"]["monthly"] * g, -3)), "wages",
                                   f"Trả tiền công chế biến tháng {month:02d}/{year} cho {name}",
                                   member_id=self.members[name], internal=True))
        # electricity (cash), packaging (bank)
        out.append(Voucher("cash_payment", day(15), int(round(self._noise(d["electricity_per_month"] * g), -3)),
                           "management_expense", f"Tiền điện tháng {month:02d}/{year}", party_id=self.suppliers[1], internal=False))
        packs = jars_sold + boxes + bags
        bank_out = [Voucher("bank_payment", day(8), packs * d["packaging_per_unit"], "purchase_external",
                            f"Mua {packs} bao bì, hũ, nhãn", party_id=self.suppliers[0], internal=False,
                            product="Bao bì, hũ thủy tinh, nhãn", quantity=packs, unit="cái")]
        # services to members: seedlings and fertiliser
        ms = d["member_services"]
        if month in ms["months"]:
            official = [r for r in self.store.query(
                "SELECT id, full_name FROM members WHERE member_type = 'official' AND status = 'active' ORDER BY id")]
            total_cost = 0
            for r in official:
                amount = int(round(ms["per_member"] * g * self._noise(1.0, 0.15), -3))
                total_cost += int(amount * ms["cost_share"])
                sales.append(Voucher("cash_receipt", day(22), amount, "sale_member",
                                     f"Cung ứng {ms['name'].lower()} cho thành viên {r['full_name']}",
                                     member_id=r["id"], internal=True, product=ms["name"]))
            bank_out.append(Voucher("bank_payment", day(3), total_cost, "member_service_cost",
                                    f"Mua {ms['name'].lower()} để cung ứng cho thành viên",
                                    party_id=self.suppliers[2], internal=True))
        self._cover(day(1), sum(v.amount for v in out))
        for v in sorted(bank_out + out + sales, key=lambda v: (v.date, v.vtype)):
            if v.date <= last_day:
                self._save(v)
        if self.cash > 40_000_000 and day(28) <= last_day:
            amount = (self.cash - 20_000_000) // 1_000_000 * 1_000_000
            self._save(Voucher("cash_payment", day(28), amount, "cash_to_bank", "Nộp tiền mặt vào ngân hàng", internal=False))

    def distribution(self, year: int) -> None:
        day = dt.date(year + 1, *map(int, self.data["distribution_day"].split("-")))
        paid = dt.date(year + 1, *map(int, self.data["distribution_paid_day"].split("-")))
        d = dstore.compute_distribution(self.store, year)
        dstore.post_distribution(self.store, year, day, user=_USER)
        shares = [s for s in d.members if s.total]
        self._cover(paid, sum(s.total for s in shares))
        for s in shares:
            self._save(Voucher("cash_payment", paid, s.total, "distribution_payment",
                               f"Chi trả thu nhập được phân phối năm {year} cho {s.basis.name}",
                               member_id=s.basis.member_id, internal=True))
