<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source> (read-only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New cooperative…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no cooperative profile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>10 or 13 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount {value} is not a whole number of đồng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Books</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot create the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot save the copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charter capital (đồng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charter capital cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a different file name for the copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commune / ward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative files (*.ocop *.sqlite *.db)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative files (*.ocop *.sqlite *.db);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative files (*.ocop)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy saved to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a new cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Founding date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Founding date is in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Head office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number must contain digits only: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number must have 12 digits: {value} has {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number {value} is an old 9-digit number; ask for the 12-digit personal ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number {value}: birth year {yy} disagrees with the date of birth ({year})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number {value}: digit 4 ({digit}) disagrees with sex and century of birth (expected {expected})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number {value}: digit 4 ({digit}) disagrees with the century of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID number {value}: province code {code} does not exist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New cooperative file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No page {page}; pages: {pages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No screen available: the window was drawn to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No such date: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a date (dd/mm/yyyy): {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a valid Vietnamese phone number: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not an amount of đồng: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not an e-mail address: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OCOP Desktop keeps your cooperative's members, OCOP products and books on this computer. What would you like to do?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OCOP Desktop met an unexpected problem. Your saved data is safe. If it happens again, copy the details and send them to whoever supports you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a cooperative file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a cooperative file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the &amp;demo cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the demo cooperative (Liên Gia Trang)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Province / city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registration / tax code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a &amp;copy as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a copy as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size must look like 1366x768</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tax code {value} is not valid (10 or 13 digits with a correct check digit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cooperative's name is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} cannot be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} cannot be written (read-only).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} is in use by another program.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} is not a cooperative data file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} needs upgrading and is open read-only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} was made by a newer version of OCOP Desktop (data version {found}, this program reads up to {supported}). Update the program to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The legal representative is a woman or from an ethnic minority (OCOP criterion A3b)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This commune/ward is not in the chosen province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown sex: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Village / street, house number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vouchers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to OCOP Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write the year with 4 digits: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a folder, not a cooperative data file.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
