<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source>&amp;Add member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>12 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A contribution must be a positive amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A member aged 15–17 can only be an associate member without capital (Law 17/2023 Art. 30)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A member must be at least 15 years old (Law 17/2023 Art. 30)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add contribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add member {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All member types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An associate member without capital cannot contribute capital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An official or capital-contributing member must commit capital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asset type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Associate member with capital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Associate member without capital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Associate members together would hold {pct} of the charter capital: at most 30% is allowed (Law 17/2023 Art. 74)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capital certificate no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capital committed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capital committed (đồng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capital contributions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capital paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capital paid ({paid}) exceeds capital committed ({committed})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash (VND)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Committed capital cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contribution date {value} is in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date of birth {value} is in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete {name} from the register? This is for entries made by mistake.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit member {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export is not available in this version yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full name is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the date the member left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number {value} is already used by {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import is not available in this version yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Individual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Individual or organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join date {value} is in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Land-use right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leading zero restored in ID number {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leading zero restored in phone number {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member {id} does not exist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members who left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Membership and capital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Official member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other asset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid {paid} of {committed} ({pct})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason for leaving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove contribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search by name, ID number or phone (accents optional)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sex is required for an individual member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Showing {shown} · Active: {official} official, {assoc} associate with capital, {assoc0} associate without capital · Capital committed {committed}, paid {paid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cooperative has {n} official members; the law requires at least 5 (Law 17/2023 Art. 4).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This member has capital contributions and cannot be deleted; record that the member left instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown asset type: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown member type: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown status: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value (đồng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>capital_paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>join_date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} has capital contributions and cannot be deleted. Open the member and set the status to "Left" with the date and reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} would hold {pct} of the charter capital: one official member may hold at most 30% (Law 17/2023 Art. 74)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
