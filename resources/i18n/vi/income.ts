<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source> (dry run: nothing saved)</source>
      <translation> (chạy thử: chưa lưu gì)</translation>
    </message>
    <message>
      <source>&amp;Edit voucher</source>
      <translation>&amp;Mở / sửa chứng từ</translation>
    </message>
    <message>
      <source>&amp;History…</source>
      <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
      <source>&amp;Lock month…</source>
      <translation>Khóa sổ t&amp;háng…</translation>
    </message>
    <message>
      <source>&amp;Other voucher…</source>
      <translation>Chứng từ &amp;khác…</translation>
    </message>
    <message>
      <source>&amp;Print voucher…</source>
      <translation>&amp;In chứng từ…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;In…</translation>
    </message>
    <message>
      <source>(Signature, full name)</source>
      <translation>(Ký, họ tên)</translation>
    </message>
    <message>
      <source>(Signature, full name, seal)</source>
      <translation>(Ký, họ tên, đóng dấu)</translation>
    </message>
    <message>
      <source>(journal lines only)</source>
      <translation>(chỉ thay đổi dòng định khoản)</translation>
    </message>
    <message>
      <source>(no channel)</source>
      <translation>(không có kênh)</translation>
    </message>
    <message>
      <source>(no product)</source>
      <translation>(không ghi sản phẩm)</translation>
    </message>
    <message>
      <source>(not in the file)</source>
      <translation>(không có trong tệp)</translation>
    </message>
    <message>
      <source>(numbered when saved)</source>
      <translation>(đánh số khi lưu)</translation>
    </message>
    <message>
      <source>({n} vouchers)</source>
      <translation>({n} chứng từ)</translation>
    </message>
    <message>
      <source>A detail account of {parent} must start with {parent} and be longer</source>
      <translation>Tài khoản chi tiết của {parent} phải bắt đầu bằng {parent} và dài hơn</translation>
    </message>
    <message>
      <source>A rate must be between 0% and 100%</source>
      <translation>Tỷ lệ phải từ 0% đến 100%</translation>
    </message>
    <message>
      <source>A sale to outside buyers needs the sales channel</source>
      <translation>Bán hàng cho người mua bên ngoài phải ghi kênh bán</translation>
    </message>
    <message>
      <source>A voucher needs at least two journal lines</source>
      <translation>Chứng từ phải có ít nhất hai dòng định khoản</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <source>Account code {code} must be 4 to 8 digits</source>
      <translation>Số hiệu tài khoản {code} phải gồm 4 đến 8 chữ số</translation>
    </message>
    <message>
      <source>Account name</source>
      <translation>Tên tài khoản</translation>
    </message>
    <message>
      <source>Account name is empty</source>
      <translation>Chưa nhập tên tài khoản</translation>
    </message>
    <message>
      <source>Account {code} already exists</source>
      <translation>Tài khoản {code} đã có</translation>
    </message>
    <message>
      <source>Account {code} does not exist</source>
      <translation>Không có tài khoản {code}</translation>
    </message>
    <message>
      <source>Account: {account}</source>
      <translation>Tài khoản: {account}</translation>
    </message>
    <message>
      <source>Accounting organised as the regulations require</source>
      <translation>Tổ chức công tác kế toán theo quy định</translation>
    </message>
    <message>
      <source>Accounts of the chart (Circular 71/2024) cannot be changed or deleted; add a detail account instead</source>
      <translation>Không được sửa hoặc xóa tài khoản trong hệ thống tài khoản (Thông tư 71/2024); hãy mở thêm tài khoản chi tiết</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>Thêm dòng</translation>
    </message>
    <message>
      <source>Add voucher {number}</source>
      <translation>Thêm chứng từ {number}</translation>
    </message>
    <message>
      <source>Adjusting voucher</source>
      <translation>Chứng từ điều chỉnh</translation>
    </message>
    <message>
      <source>Adjusting voucher…</source>
      <translation>Chứng từ điều chỉnh…</translation>
    </message>
    <message>
      <source>Adjustment of {number} dated {date}</source>
      <translation>Điều chỉnh chứng từ {number} ngày {date}</translation>
    </message>
    <message>
      <source>All certificates are in date.</source>
      <translation>Mọi giấy chứng nhận đều còn hiệu lực.</translation>
    </message>
    <message>
      <source>All months</source>
      <translation>Tất cả các tháng</translation>
    </message>
    <message>
      <source>All voucher types</source>
      <translation>Tất cả loại chứng từ</translation>
    </message>
    <message>
      <source>Already in the books (same date, amount and reference): skipped</source>
      <translation>Đã có trong sổ (trùng ngày, số tiền và số tham chiếu): bỏ qua</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Số tiền</translation>
    </message>
    <message>
      <source>Amount (đồng)</source>
      <translation>Số tiền (đồng)</translation>
    </message>
    <message>
      <source>Amount must be a positive whole number of đồng</source>
      <translation>Số tiền phải là số đồng nguyên dương</translation>
    </message>
    <message>
      <source>Associate</source>
      <translation>Liên kết</translation>
    </message>
    <message>
      <source>At least 51% of the internal remainder goes to official members by use of services and labour (Law 17/2023 Art. 86)</source>
      <translation>Tối thiểu 51% thu nhập còn lại từ giao dịch nội bộ phải chia cho thành viên chính thức theo mức độ sử dụng sản phẩm, dịch vụ và công sức lao động (Điều 86 Luật Hợp tác xã 2023)</translation>
    </message>
    <message>
      <source>B02-HTX line 60 (a)</source>
      <translation>Chỉ tiêu 60 cột (a) mẫu B02-HTX</translation>
    </message>
    <message>
      <source>B02-HTX line 60 (b)</source>
      <translation>Chỉ tiêu 60 cột (b) mẫu B02-HTX</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Số dư</translation>
    </message>
    <message>
      <source>Balance (credit)</source>
      <translation>Số dư Có</translation>
    </message>
    <message>
      <source>Balance (debit)</source>
      <translation>Số dư Nợ</translation>
    </message>
    <message>
      <source>Balances at the end of {date}</source>
      <translation>Số dư cuối ngày {date}</translation>
    </message>
    <message>
      <source>Bank book</source>
      <translation>Sổ tiền gửi ngân hàng</translation>
    </message>
    <message>
      <source>Bank payment</source>
      <translation>Giấy báo Nợ (chi qua ngân hàng)</translation>
    </message>
    <message>
      <source>Bank receipt</source>
      <translation>Giấy báo Có (thu qua ngân hàng)</translation>
    </message>
    <message>
      <source>Bank receipt, bank payment or general journal voucher</source>
      <translation>Giấy báo Có, giấy báo Nợ hoặc phiếu kế toán</translation>
    </message>
    <message>
      <source>Being prepared</source>
      <translation>Đang chuẩn bị</translation>
    </message>
    <message>
      <source>Book</source>
      <translation>Sổ</translation>
    </message>
    <message>
      <source>Bookkeeper</source>
      <translation>Người ghi sổ</translation>
    </message>
    <message>
      <source>Books</source>
      <translation>Sổ sách</translation>
    </message>
    <message>
      <source>Both received and paid are filled in</source>
      <translation>Dòng này ghi cả số thu và số chi</translation>
    </message>
    <message>
      <source>Business growth: profit up against the previous year</source>
      <translation>Tăng trưởng sản xuất, kinh doanh: lợi nhuận tăng so với năm trước</translation>
    </message>
    <message>
      <source>By capital (external)</source>
      <translation>Theo vốn (ngoài)</translation>
    </message>
    <message>
      <source>By capital (internal)</source>
      <translation>Theo vốn (nội bộ)</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>Theo tháng</translation>
    </message>
    <message>
      <source>By product</source>
      <translation>Theo sản phẩm</translation>
    </message>
    <message>
      <source>By sales channel</source>
      <translation>Theo kênh bán hàng</translation>
    </message>
    <message>
      <source>By use and labour</source>
      <translation>Theo sử dụng, lao động</translation>
    </message>
    <message>
      <source>Cannot adjust</source>
      <translation>Không thể điều chỉnh</translation>
    </message>
    <message>
      <source>Cannot change the voucher</source>
      <translation>Không thể sửa chứng từ</translation>
    </message>
    <message>
      <source>Cannot delete the voucher</source>
      <translation>Không thể xóa chứng từ</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>Không thể xuất tệp</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>Không thể nhập tệp</translation>
    </message>
    <message>
      <source>Cannot lock the month</source>
      <translation>Không thể khóa sổ tháng</translation>
    </message>
    <message>
      <source>Cannot save the voucher</source>
      <translation>Không thể lưu chứng từ</translation>
    </message>
    <message>
      <source>Cannot undo or redo</source>
      <translation>Không thể hoàn tác hoặc làm lại</translation>
    </message>
    <message>
      <source>Cannot unlock the month</source>
      <translation>Không thể mở khóa sổ tháng</translation>
    </message>
    <message>
      <source>Capital committed: {amount}</source>
      <translation>Vốn đăng ký góp: {amount}</translation>
    </message>
    <message>
      <source>Capital contribution</source>
      <translation>Thành viên góp vốn</translation>
    </message>
    <message>
      <source>Capital contributions are entered in the member register; they post to account 4111 by themselves</source>
      <translation>Vốn góp được nhập ở sổ đăng ký thành viên và tự động ghi vào tài khoản 4111</translation>
    </message>
    <message>
      <source>Capital paid: {amount}</source>
      <translation>Vốn đã góp: {amount}</translation>
    </message>
    <message>
      <source>Cash and bank</source>
      <translation>Tiền mặt và tiền gửi ngân hàng</translation>
    </message>
    <message>
      <source>Cash balance</source>
      <translation>Tồn quỹ</translation>
    </message>
    <message>
      <source>Cash book</source>
      <translation>Sổ quỹ tiền mặt</translation>
    </message>
    <message>
      <source>Cash deposited in the bank</source>
      <translation>Nộp tiền mặt vào ngân hàng</translation>
    </message>
    <message>
      <source>Cash on hand: {amount}</source>
      <translation>Tiền mặt tại quỹ: {amount}</translation>
    </message>
    <message>
      <source>Cash payment</source>
      <translation>Phiếu chi</translation>
    </message>
    <message>
      <source>Cash receipt</source>
      <translation>Phiếu thu</translation>
    </message>
    <message>
      <source>Cash withdrawn from the bank</source>
      <translation>Rút tiền gửi ngân hàng về quỹ</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Loại nghiệp vụ</translation>
    </message>
    <message>
      <source>Category “{category}” does not fit a {vtype}</source>
      <translation>Loại nghiệp vụ “{category}” không dùng cho {vtype}</translation>
    </message>
    <message>
      <source>Category “{category}” needs a member</source>
      <translation>Loại nghiệp vụ “{category}” phải chọn thành viên</translation>
    </message>
    <message>
      <source>Category “{category}” needs a {kind}</source>
      <translation>Loại nghiệp vụ “{category}” phải chọn {kind}</translation>
    </message>
    <message>
      <source>Category “{category}” needs the product</source>
      <translation>Loại nghiệp vụ “{category}” phải ghi sản phẩm</translation>
    </message>
    <message>
      <source>Certificates needing attention</source>
      <translation>Giấy chứng nhận cần chú ý</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <source>Chief accountant</source>
      <translation>Kế toán trưởng</translation>
    </message>
    <message>
      <source>Choose a member, customer or supplier</source>
      <translation>Chọn thành viên, khách hàng hoặc nhà cung cấp</translation>
    </message>
    <message>
      <source>Choose a member, customer or supplier.</source>
      <translation>Hãy chọn thành viên, khách hàng hoặc nhà cung cấp.</translation>
    </message>
    <message>
      <source>Choose customer or supplier</source>
      <translation>Chọn khách hàng hoặc nhà cung cấp</translation>
    </message>
    <message>
      <source>Choose either a member or a customer/supplier, not both</source>
      <translation>Chỉ chọn một đối tượng: thành viên hoặc khách hàng/nhà cung cấp</translation>
    </message>
    <message>
      <source>Choose the account (--account)</source>
      <translation>Chọn tài khoản (--account)</translation>
    </message>
    <message>
      <source>Choose the column with the amount (or the received and paid columns)</source>
      <translation>Chọn cột số tiền (hoặc cột thu và cột chi)</translation>
    </message>
    <message>
      <source>Choose the column with the date</source>
      <translation>Chọn cột ngày</translation>
    </message>
    <message>
      <source>Closing balance</source>
      <translation>Số dư cuối kỳ</translation>
    </message>
    <message>
      <source>Closing credit</source>
      <translation>Dư Có cuối kỳ</translation>
    </message>
    <message>
      <source>Closing debit</source>
      <translation>Dư Nợ cuối kỳ</translation>
    </message>
    <message>
      <source>Collection from a customer</source>
      <translation>Thu nợ khách hàng</translation>
    </message>
    <message>
      <source>Column (a): transactions with non-members; column (b): transactions with members. Transactions not marked count as external (Law 17/2023 Art. 85).</source>
      <translation>Cột (a): giao dịch với người không phải thành viên; cột (b): giao dịch với thành viên. Giao dịch chưa đánh dấu được tính là giao dịch bên ngoài (Điều 85 Luật Hợp tác xã 2023).</translation>
    </message>
    <message>
      <source>Column {column} is not in {file}</source>
      <translation>Tệp {file} không có cột {column}</translation>
    </message>
    <message>
      <source>Contra account</source>
      <translation>TK đối ứng</translation>
    </message>
    <message>
      <source>Corporate income tax paid</source>
      <translation>Nộp thuế thu nhập doanh nghiệp</translation>
    </message>
    <message>
      <source>Correct the file or the column choices: nothing is imported while a row has a problem.</source>
      <translation>Hãy sửa tệp hoặc chọn lại cột: chưa nhập gì khi còn dòng có lỗi.</translation>
    </message>
    <message>
      <source>Cost of services to members</source>
      <translation>Chi phí cung ứng dịch vụ cho thành viên</translation>
    </message>
    <message>
      <source>Could not read {file}: {reason}</source>
      <translation>Không đọc được {file}: {reason}</translation>
    </message>
    <message>
      <source>Counterparty</source>
      <translation>Đối tượng</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Có</translation>
    </message>
    <message>
      <source>Credit in period</source>
      <translation>Phát sinh Có</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Khách hàng</translation>
    </message>
    <message>
      <source>Customer or supplier {id} does not exist</source>
      <translation>Không có khách hàng hoặc nhà cung cấp số {id}</translation>
    </message>
    <message>
      <source>Day …… month …… year ……</source>
      <translation>Ngày …… tháng …… năm ……</translation>
    </message>
    <message>
      <source>Debit</source>
      <translation>Nợ</translation>
    </message>
    <message>
      <source>Debit in period</source>
      <translation>Phát sinh Nợ</translation>
    </message>
    <message>
      <source>Debit {d} · Credit {c}</source>
      <translation>Nợ {d} · Có {c}</translation>
    </message>
    <message>
      <source>Debits ({debit}) and credits ({credit}) do not balance</source>
      <translation>Tổng Nợ ({debit}) và tổng Có ({credit}) không bằng nhau</translation>
    </message>
    <message>
      <source>Delete voucher</source>
      <translation>Xóa chứng từ</translation>
    </message>
    <message>
      <source>Delete voucher {number}</source>
      <translation>Xóa chứng từ {number}</translation>
    </message>
    <message>
      <source>Delete voucher {number} of {date}, {amount}? Its number is not used again.</source>
      <translation>Xóa chứng từ {number} ngày {date}, số tiền {amount}? Số chứng từ này sẽ không được dùng lại.</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Deposited</source>
      <translation>Gửi vào</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Diễn giải</translation>
    </message>
    <message>
      <source>Detail account added</source>
      <translation>Thêm tài khoản chi tiết</translation>
    </message>
    <message>
      <source>Discounts and returns to buyers</source>
      <translation>Giảm giá, hàng bán bị trả lại</translation>
    </message>
    <message>
      <source>Distributed to them</source>
      <translation>Được phân phối</translation>
    </message>
    <message>
      <source>Distributed to {name}</source>
      <translation>Phân phối cho {name}</translation>
    </message>
    <message>
      <source>Distribution of external income {year}</source>
      <translation>Phân phối thu nhập từ giao dịch bên ngoài năm {year}</translation>
    </message>
    <message>
      <source>Distribution of internal income {year}</source>
      <translation>Phân phối thu nhập từ giao dịch nội bộ năm {year}</translation>
    </message>
    <message>
      <source>Double-click a line to open its voucher</source>
      <translation>Nhấp đúp vào một dòng để mở chứng từ của dòng đó</translation>
    </message>
    <message>
      <source>E-commerce</source>
      <translation>Thương mại điện tử</translation>
    </message>
    <message>
      <source>Edit voucher {number}</source>
      <translation>Sửa chứng từ {number}</translation>
    </message>
    <message>
      <source>Enter a general journal voucher dated {date} that reverses {number} ({amount})? Then enter the correct voucher as a new one.</source>
      <translation>Lập phiếu kế toán ngày {date} ghi đảo chứng từ {number} ({amount})? Sau đó nhập chứng từ đúng như một chứng từ mới.</translation>
    </message>
    <message>
      <source>Entered</source>
      <translation>Nhập mới</translation>
    </message>
    <message>
      <source>Entry date</source>
      <translation>Ngày ghi sổ</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Xuất khẩu</translation>
    </message>
    <message>
      <source>Export &amp;XLSX…</source>
      <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
      <source>Export the book to XLSX</source>
      <translation>Xuất sổ ra tệp XLSX</translation>
    </message>
    <message>
      <source>Export the report to XLSX</source>
      <translation>Xuất báo cáo ra tệp XLSX</translation>
    </message>
    <message>
      <source>Export to a file</source>
      <translation>Xuất ra tệp</translation>
    </message>
    <message>
      <source>External</source>
      <translation>Bên ngoài</translation>
    </message>
    <message>
      <source>External (not marked)</source>
      <translation>Bên ngoài (chưa đánh dấu)</translation>
    </message>
    <message>
      <source>External only (incl. not marked)</source>
      <translation>Bên ngoài (kể cả chưa đánh dấu)</translation>
    </message>
    <message>
      <source>External remainder</source>
      <translation>Thu nhập từ giao dịch bên ngoài còn lại</translation>
    </message>
    <message>
      <source>External transactions (a)</source>
      <translation>Giao dịch bên ngoài (a)</translation>
    </message>
    <message>
      <source>Figures from the books</source>
      <translation>Số liệu từ sổ sách</translation>
    </message>
    <message>
      <source>From {start} to {end}</source>
      <translation>Từ ngày {start} đến ngày {end}</translation>
    </message>
    <message>
      <source>Fund: Vietnamese đồng cash</source>
      <translation>Loại quỹ: tiền Việt Nam</translation>
    </message>
    <message>
      <source>General journal</source>
      <translation>Sổ nhật ký chung</translation>
    </message>
    <message>
      <source>General journal voucher</source>
      <translation>Phiếu kế toán</translation>
    </message>
    <message>
      <source>Growth</source>
      <translation>Tăng trưởng</translation>
    </message>
    <message>
      <source>History of the vouchers</source>
      <translation>Lịch sử thay đổi chứng từ</translation>
    </message>
    <message>
      <source>History of voucher {number}</source>
      <translation>Lịch sử chứng từ {number}</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Trang chủ</translation>
    </message>
    <message>
      <source>How it is computed</source>
      <translation>Cách tính</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập từ tệp</translation>
    </message>
    <message>
      <source>Import receipts and payments</source>
      <translation>Nhập các khoản thu, chi</translation>
    </message>
    <message>
      <source>Import receipts and payments from an XLSX or CSV file (a bank statement or your own spreadsheet)</source>
      <translation>Nhập các khoản thu, chi từ tệp XLSX hoặc CSV (sao kê ngân hàng hoặc bảng tính của hợp tác xã)</translation>
    </message>
    <message>
      <source>Import receipts and payments — {file}</source>
      <translation>Nhập các khoản thu, chi — {file}</translation>
    </message>
    <message>
      <source>Import vouchers</source>
      <translation>Nhập chứng từ</translation>
    </message>
    <message>
      <source>Import {n} vouchers</source>
      <translation>Nhập {n} chứng từ</translation>
    </message>
    <message>
      <source>In the bank: {amount}</source>
      <translation>Tiền gửi ngân hàng: {amount}</translation>
    </message>
    <message>
      <source>Income from external transactions after tax</source>
      <translation>Thu nhập từ giao dịch bên ngoài sau thuế</translation>
    </message>
    <message>
      <source>Income from internal transactions after tax</source>
      <translation>Thu nhập từ giao dịch nội bộ sau thuế</translation>
    </message>
    <message>
      <source>Income statement (B02-HTX)</source>
      <translation>Kết quả hoạt động (B02-HTX)</translation>
    </message>
    <message>
      <source>Income statement (form B02-HTX)</source>
      <translation>Báo cáo kết quả hoạt động sản xuất, kinh doanh (Mẫu B02-HTX)</translation>
    </message>
    <message>
      <source>Income {year}</source>
      <translation>Thu nhập năm {year}</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>Nội bộ</translation>
    </message>
    <message>
      <source>Internal (with members)</source>
      <translation>Nội bộ (với thành viên)</translation>
    </message>
    <message>
      <source>Internal and external</source>
      <translation>Nội bộ và bên ngoài</translation>
    </message>
    <message>
      <source>Internal loan to a member</source>
      <translation>Cho thành viên vay nội bộ</translation>
    </message>
    <message>
      <source>Internal only</source>
      <translation>Nội bộ</translation>
    </message>
    <message>
      <source>Internal remainder</source>
      <translation>Thu nhập từ giao dịch nội bộ còn lại</translation>
    </message>
    <message>
      <source>Internal transactions (b)</source>
      <translation>Giao dịch nội bộ (b)</translation>
    </message>
    <message>
      <source>Internal/external</source>
      <translation>Nội bộ/bên ngoài</translation>
    </message>
    <message>
      <source>Invoice or bank transaction number (optional)</source>
      <translation>Số hóa đơn hoặc số giao dịch ngân hàng (không bắt buộc)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Chỉ tiêu</translation>
    </message>
    <message>
      <source>Journal lines (debit = credit)</source>
      <translation>Các dòng định khoản (Nợ = Có)</translation>
    </message>
    <message>
      <source>Kept undistributed (account 4211)</source>
      <translation>Để lại chưa phân phối (tài khoản 4211)</translation>
    </message>
    <message>
      <source>Kind of member</source>
      <translation>Loại thành viên</translation>
    </message>
    <message>
      <source>Labour pay</source>
      <translation>Tiền công lao động</translation>
    </message>
    <message>
      <source>Last locked month: {month}</source>
      <translation>Tháng khóa sổ gần nhất: {month}</translation>
    </message>
    <message>
      <source>Law on Cooperatives 17/2023/QH15, Articles 84–86</source>
      <translation>Luật Hợp tác xã số 17/2023/QH15, Điều 84–86</translation>
    </message>
    <message>
      <source>Ledger of an account</source>
      <translation>Sổ cái tài khoản</translation>
    </message>
    <message>
      <source>Legal representative under the law</source>
      <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
      <source>Line {n}: account is empty</source>
      <translation>Dòng {n}: chưa nhập tài khoản</translation>
    </message>
    <message>
      <source>Line {n}: amounts must be whole đồng</source>
      <translation>Dòng {n}: số tiền phải là số đồng nguyên</translation>
    </message>
    <message>
      <source>Line {n}: enter either a debit or a credit amount</source>
      <translation>Dòng {n}: chỉ nhập số tiền Nợ hoặc số tiền Có</translation>
    </message>
    <message>
      <source>Loan received</source>
      <translation>Vay vốn</translation>
    </message>
    <message>
      <source>Loan repayment</source>
      <translation>Trả nợ vay</translation>
    </message>
    <message>
      <source>Lock month</source>
      <translation>Khóa sổ tháng</translation>
    </message>
    <message>
      <source>Lock {month}? Its {n} vouchers can then no longer be added, changed or deleted; corrections go in an open month as adjusting vouchers.</source>
      <translation>Khóa sổ tháng {month}? Sau khi khóa, không thể thêm, sửa hoặc xóa {n} chứng từ của tháng này; sai sót được sửa bằng chứng từ điều chỉnh trong một tháng chưa khóa.</translation>
    </message>
    <message>
      <source>Looks met</source>
      <translation>Có vẻ đạt</translation>
    </message>
    <message>
      <source>Management expenses (electricity, stationery, fees…)</source>
      <translation>Chi phí quản lý (điện, văn phòng phẩm, phí…)</translation>
    </message>
    <message>
      <source>Member income</source>
      <translation>Thu nhập thành viên</translation>
    </message>
    <message>
      <source>Member income statement {year} compared with {prev}</source>
      <translation>Bảng thu nhập của thành viên năm {year} so với năm {prev}</translation>
    </message>
    <message>
      <source>Member name</source>
      <translation>Họ và tên thành viên</translation>
    </message>
    <message>
      <source>Member of the cooperative</source>
      <translation>Thành viên</translation>
    </message>
    <message>
      <source>Member repays an internal loan</source>
      <translation>Thành viên trả nợ vay nội bộ</translation>
    </message>
    <message>
      <source>Members and capital</source>
      <translation>Thành viên và vốn góp</translation>
    </message>
    <message>
      <source>Members' income from the cooperative: {now} in {year}, {before} in {prev} ({growth}). Income = products sold to the cooperative + labour pay + distributions.</source>
      <translation>Thu nhập của thành viên từ hợp tác xã: {now} năm {year}, {before} năm {prev} ({growth}). Thu nhập = tiền bán sản phẩm cho hợp tác xã + tiền công lao động + thu nhập được phân phối.</translation>
    </message>
    <message>
      <source>Membership fee</source>
      <translation>Thu phí thành viên</translation>
    </message>
    <message>
      <source>Modern sales channels with contracts of 6 months or more</source>
      <translation>Kênh phân phối hiện đại có hợp đồng từ 6 tháng trở lên</translation>
    </message>
    <message>
      <source>Month locked</source>
      <translation>Khóa sổ tháng</translation>
    </message>
    <message>
      <source>Month unlocked</source>
      <translation>Mở khóa sổ tháng</translation>
    </message>
    <message>
      <source>Month {month}</source>
      <translation>Tháng {month}</translation>
    </message>
    <message>
      <source>Month {month} is locked</source>
      <translation>Tháng {month} đã khóa sổ</translation>
    </message>
    <message>
      <source>Month {month} is locked: vouchers in it cannot be added, changed or deleted. Enter an adjusting voucher in an open month.</source>
      <translation>Tháng {month} đã khóa sổ: không thể thêm, sửa hoặc xóa chứng từ trong tháng này. Hãy lập chứng từ điều chỉnh trong một tháng chưa khóa.</translation>
    </message>
    <message>
      <source>Month {month} is open</source>
      <translation>Tháng {month} chưa khóa sổ</translation>
    </message>
    <message>
      <source>Name is empty</source>
      <translation>Chưa nhập tên</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Mới</translation>
    </message>
    <message>
      <source>New cash &amp;payment</source>
      <translation>&amp;Phiếu chi mới</translation>
    </message>
    <message>
      <source>New cash &amp;receipt</source>
      <translation>Phiếu th&amp;u mới</translation>
    </message>
    <message>
      <source>New voucher</source>
      <translation>Chứng từ mới</translation>
    </message>
    <message>
      <source>No member named {name}</source>
      <translation>Không có thành viên tên {name}</translation>
    </message>
    <message>
      <source>No single member named {name}</source>
      <translation>Không xác định được một thành viên tên {name}</translation>
    </message>
    <message>
      <source>No transactions with members in {year} or {prev}.</source>
      <translation>Không có giao dịch với thành viên trong năm {year} và năm {prev}.</translation>
    </message>
    <message>
      <source>Not a month (YYYY-MM): {value}</source>
      <translation>Không phải tháng (YYYY-MM): {value}</translation>
    </message>
    <message>
      <source>Not a quantity: {value}</source>
      <translation>Không phải số lượng: {value}</translation>
    </message>
    <message>
      <source>Not marked (counts as external)</source>
      <translation>Chưa đánh dấu (tính là bên ngoài)</translation>
    </message>
    <message>
      <source>Not posted yet. To members: {members}; undivided common fund: {fund}.</source>
      <translation>Chưa ghi sổ. Chia cho thành viên: {members}; quỹ chung không chia: {fund}.</translation>
    </message>
    <message>
      <source>Not shown by the books</source>
      <translation>Sổ sách chưa cho thấy</translation>
    </message>
    <message>
      <source>Nothing to close in {year}</source>
      <translation>Năm {year} không có số liệu để kết chuyển</translation>
    </message>
    <message>
      <source>Nothing was imported:</source>
      <translation>Chưa nhập chứng từ nào:</translation>
    </message>
    <message>
      <source>Number of vouchers</source>
      <translation>Số chứng từ</translation>
    </message>
    <message>
      <source>OCOP dossiers</source>
      <translation>Hồ sơ OCOP</translation>
    </message>
    <message>
      <source>OCOP suggestions</source>
      <translation>Gợi ý OCOP</translation>
    </message>
    <message>
      <source>Old → new</source>
      <translation>Cũ → mới</translation>
    </message>
    <message>
      <source>Opening balance</source>
      <translation>Số dư đầu kỳ</translation>
    </message>
    <message>
      <source>Opening balance: {amount}</source>
      <translation>Số dư đầu kỳ: {amount}</translation>
    </message>
    <message>
      <source>Opening credit</source>
      <translation>Dư Có đầu kỳ</translation>
    </message>
    <message>
      <source>Opening date: {date}</source>
      <translation>Ngày mở sổ: {date}</translation>
    </message>
    <message>
      <source>Opening debit</source>
      <translation>Dư Nợ đầu kỳ</translation>
    </message>
    <message>
      <source>Other entry (lines typed one by one)</source>
      <translation>Bút toán khác (nhập từng dòng)</translation>
    </message>
    <message>
      <source>Other expense</source>
      <translation>Chi phí khác</translation>
    </message>
    <message>
      <source>Other income</source>
      <translation>Thu nhập khác</translation>
    </message>
    <message>
      <source>P&amp;ost distribution…</source>
      <translation>&amp;Ghi sổ phân phối…</translation>
    </message>
    <message>
      <source>Page {n}/{count}</source>
      <translation>Trang {n}/{count}</translation>
    </message>
    <message>
      <source>Paid (đồng)</source>
      <translation>Số tiền chi (đồng)</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Chi</translation>
    </message>
    <message>
      <source>Paid-in capital</source>
      <translation>Vốn góp</translation>
    </message>
    <message>
      <source>Paid: {amount}</source>
      <translation>Đã chi: {amount}</translation>
    </message>
    <message>
      <source>Particulars</source>
      <translation>Diễn giải</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Chi</translation>
    </message>
    <message>
      <source>Payment no.</source>
      <translation>Số phiếu chi</translation>
    </message>
    <message>
      <source>Payment of a supplier's invoice</source>
      <translation>Trả nợ người bán</translation>
    </message>
    <message>
      <source>Payment of distributed income to a member</source>
      <translation>Chi trả thu nhập được phân phối cho thành viên</translation>
    </message>
    <message>
      <source>Per member</source>
      <translation>Chia cho từng thành viên</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Kỳ</translation>
    </message>
    <message>
      <source>Post distribution</source>
      <translation>Ghi sổ phân phối thu nhập</translation>
    </message>
    <message>
      <source>Post the distribution of {year} as a general journal voucher dated {date}? {members} to {n} members, {fund} to the undivided common fund. The amounts are credited to each member (account 338) to be paid out later.</source>
      <translation>Ghi sổ phân phối thu nhập năm {year} bằng phiếu kế toán ngày {date}? {members} chia cho {n} thành viên, {fund} vào quỹ chung không chia. Số tiền được ghi Có cho từng thành viên (tài khoản 338) để chi trả sau.</translation>
    </message>
    <message>
      <source>Posted as general journal voucher {number} of {date}.</source>
      <translation>Đã ghi sổ bằng phiếu kế toán {number} ngày {date}.</translation>
    </message>
    <message>
      <source>Posted as {number}.</source>
      <translation>Đã ghi sổ: {number}.</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Người lập biểu</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Print preview — {title}</source>
      <translation>Xem trước khi in — {title}</translation>
    </message>
    <message>
      <source>Print voucher</source>
      <translation>In chứng từ</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Sản phẩm</translation>
    </message>
    <message>
      <source>Product / channel / month</source>
      <translation>Sản phẩm / kênh / tháng</translation>
    </message>
    <message>
      <source>Products by stars</source>
      <translation>Sản phẩm theo số sao</translation>
    </message>
    <message>
      <source>Products sold to the coop</source>
      <translation>Bán sản phẩm cho HTX</translation>
    </message>
    <message>
      <source>Profit after tax {year}: {now}; {prev_year}: {before}; growth {growth}</source>
      <translation>Lợi nhuận sau thuế năm {year}: {now}; năm {prev_year}: {before}; tăng {growth}</translation>
    </message>
    <message>
      <source>Purchase from members on credit</source>
      <translation>Mua chịu của thành viên</translation>
    </message>
    <message>
      <source>Purchase from outside suppliers</source>
      <translation>Mua hàng của nhà cung cấp bên ngoài</translation>
    </message>
    <message>
      <source>Purchase of a fixed asset</source>
      <translation>Mua tài sản cố định</translation>
    </message>
    <message>
      <source>Purchase of raw material from members</source>
      <translation>Mua nguyên liệu của thành viên</translation>
    </message>
    <message>
      <source>Quantity and unit</source>
      <translation>Số lượng, đơn vị tính</translation>
    </message>
    <message>
      <source>Quantity cannot be negative</source>
      <translation>Số lượng không được âm</translation>
    </message>
    <message>
      <source>Quantity sold</source>
      <translation>Số lượng bán</translation>
    </message>
    <message>
      <source>Quarter {q}/{year}</source>
      <translation>Quý {q}/{year}</translation>
    </message>
    <message>
      <source>Ready to submit</source>
      <translation>Sẵn sàng nộp</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>Receipt no.</source>
      <translation>Số phiếu thu</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>Received (đồng)</source>
      <translation>Số tiền thu (đồng)</translation>
    </message>
    <message>
      <source>Received and paid amounts cannot be negative: write the amount in the other column</source>
      <translation>Số tiền thu và chi không được âm: hãy ghi số tiền vào cột bên kia</translation>
    </message>
    <message>
      <source>Received: {amount}</source>
      <translation>Đã thu: {amount}</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Số tham chiếu</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>Bỏ dòng</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <source>Result received</source>
      <translation>Đã có kết quả</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Doanh thu</translation>
    </message>
    <message>
      <source>Revenue (million đồng)</source>
      <translation>Doanh thu (triệu đồng)</translation>
    </message>
    <message>
      <source>Reverse the selected voucher in an open month (for corrections of a locked month)</source>
      <translation>Ghi đảo chứng từ đang chọn trong một tháng chưa khóa (để sửa sai sót của tháng đã khóa sổ)</translation>
    </message>
    <message>
      <source>Row {row}: the month {month} is locked</source>
      <translation>Dòng {row}: tháng {month} đã khóa sổ</translation>
    </message>
    <message>
      <source>Row {row}: {message}</source>
      <translation>Dòng {row}: {message}</translation>
    </message>
    <message>
      <source>Sale of goods or services to members</source>
      <translation>Bán hàng, cung ứng dịch vụ cho thành viên</translation>
    </message>
    <message>
      <source>Sale of products to outside buyers</source>
      <translation>Bán sản phẩm cho người mua bên ngoài</translation>
    </message>
    <message>
      <source>Sale to outside buyers on credit</source>
      <translation>Bán chịu cho người mua bên ngoài</translation>
    </message>
    <message>
      <source>Sales channel</source>
      <translation>Kênh bán</translation>
    </message>
    <message>
      <source>Sales revenue</source>
      <translation>Doanh thu bán hàng</translation>
    </message>
    <message>
      <source>Sales to members</source>
      <translation>Bán cho thành viên</translation>
    </message>
    <message>
      <source>Save voucher</source>
      <translation>Lưu chứng từ</translation>
    </message>
    <message>
      <source>Saved {number}</source>
      <translation>Đã lưu {number}</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Đã lưu {path}</translation>
    </message>
    <message>
      <source>Search by number, description, reference or counterparty…</source>
      <translation>Tìm số, diễn giải, tham chiếu, đối tượng…</translation>
    </message>
    <message>
      <source>Select a voucher first.</source>
      <translation>Hãy chọn một chứng từ trước.</translation>
    </message>
    <message>
      <source>Services used</source>
      <translation>Sử dụng dịch vụ</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Tỷ trọng</translation>
    </message>
    <message>
      <source>Shop / market</source>
      <translation>Cửa hàng, chợ</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
      <translation>Bảng tính (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Bước</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <source>Subsidiary ledger of a member, customer or supplier</source>
      <translation>Sổ chi tiết theo thành viên, khách hàng, nhà cung cấp</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Gợi ý</translation>
    </message>
    <message>
      <source>Suggestions for the OCOP self-assessment from the books of {year}</source>
      <translation>Gợi ý cho tự đánh giá OCOP từ sổ sách năm {year}</translation>
    </message>
    <message>
      <source>Supermarket chain</source>
      <translation>Chuỗi siêu thị</translation>
    </message>
    <message>
      <source>Supermarket chains {s}, e-commerce {e}; {n} buyers with sales in 6 months or more</source>
      <translation>Chuỗi siêu thị {s}, thương mại điện tử {e}; {n} người mua có giao dịch từ 6 tháng trở lên</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Nhà cung cấp</translation>
    </message>
    <message>
      <source>Surplus distribution</source>
      <translation>Phân phối thu nhập</translation>
    </message>
    <message>
      <source>Surplus distribution of {year}</source>
      <translation>Bảng phân phối thu nhập năm {year}</translation>
    </message>
    <message>
      <source>Surplus distribution of {year} (Law 17/2023 Art. 84–86)</source>
      <translation>Phân phối thu nhập năm {year} (Điều 84–86 Luật Hợp tác xã 2023)</translation>
    </message>
    <message>
      <source>Surplus distribution {year} (Law 17/2023 Art. 86)</source>
      <translation>Phân phối thu nhập năm {year} (Điều 86 Luật Hợp tác xã 2023)</translation>
    </message>
    <message>
      <source>The amount must equal the total of the debit lines</source>
      <translation>Số tiền phải bằng tổng các dòng ghi Nợ</translation>
    </message>
    <message>
      <source>The audit trail cannot be changed</source>
      <translation>Không được sửa nhật ký thay đổi</translation>
    </message>
    <message>
      <source>The audit trail cannot be changed. Corrections of locked months appear as adjusting vouchers.</source>
      <translation>Nhật ký thay đổi không sửa được. Việc sửa sai của tháng đã khóa sổ được ghi bằng chứng từ điều chỉnh.</translation>
    </message>
    <message>
      <source>The computation</source>
      <translation>Cách tính</translation>
    </message>
    <message>
      <source>The distribution of {year} is already posted</source>
      <translation>Phân phối thu nhập năm {year} đã được ghi sổ</translation>
    </message>
    <message>
      <source>The file {file} is too large to import</source>
      <translation>Tệp {file} quá lớn, không nhập được</translation>
    </message>
    <message>
      <source>The file {path} could not be written: {reason}</source>
      <translation>Không ghi được tệp {path}: {reason}</translation>
    </message>
    <message>
      <source>The funds take more than 100% of external income</source>
      <translation>Các quỹ trích vượt quá 100% thu nhập từ giao dịch bên ngoài</translation>
    </message>
    <message>
      <source>The funds take more than 100% of internal income</source>
      <translation>Các quỹ trích vượt quá 100% thu nhập từ giao dịch nội bộ</translation>
    </message>
    <message>
      <source>The lines of a saved voucher change only together with the voucher</source>
      <translation>Chỉ sửa được các dòng định khoản cùng với chứng từ</translation>
    </message>
    <message>
      <source>The month {month} is locked</source>
      <translation>Tháng {month} đã khóa sổ</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>Ngày kết thúc kỳ trước ngày bắt đầu.</translation>
    </message>
    <message>
      <source>The record is still in use by vouchers and cannot be deleted</source>
      <translation>Đối tượng này đã có chứng từ nên không xóa được</translation>
    </message>
    <message>
      <source>The start date is after the end date</source>
      <translation>Ngày bắt đầu sau ngày kết thúc</translation>
    </message>
    <message>
      <source>The undivided common fund must be at least {pct}% of external income (Law 17/2023 Art. 86)</source>
      <translation>Quỹ chung không chia phải trích tối thiểu {pct}% thu nhập từ giao dịch bên ngoài (Điều 86 Luật Hợp tác xã 2023)</translation>
    </message>
    <message>
      <source>The voucher's debit and credit lines do not balance</source>
      <translation>Các dòng Nợ và Có của chứng từ không cân</translation>
    </message>
    <message>
      <source>The year {year} has not ended yet: close it after 31/12/{year}.</source>
      <translation>Năm {year} chưa kết thúc: chỉ kết chuyển sau ngày 31/12/{year}.</translation>
    </message>
    <message>
      <source>The year {year} is already closed</source>
      <translation>Năm {year} đã kết chuyển cuối năm</translation>
    </message>
    <message>
      <source>The year {year} is not over yet; post its distribution after 31/12/{year}.</source>
      <translation>Năm {year} chưa kết thúc; hãy ghi sổ phân phối sau ngày 31/12/{year}.</translation>
    </message>
    <message>
      <source>There is no income to distribute for {year}</source>
      <translation>Năm {year} không có thu nhập để phân phối</translation>
    </message>
    <message>
      <source>These are bank transactions (bank receipts and payments, account 1121)</source>
      <translation>Đây là giao dịch qua ngân hàng (giấy báo Có, giấy báo Nợ, tài khoản 1121)</translation>
    </message>
    <message>
      <source>These are suggestions computed from the books, with the figures behind them; choose the option in the self-assessment yourself.</source>
      <translation>Đây là gợi ý tính từ sổ sách, kèm số liệu làm căn cứ; người tự đánh giá tự chọn mức điểm trong phiếu.</translation>
    </message>
    <message>
      <source>This book has {n} lines in the period (about {pages} pages). Print it anyway? A shorter period prints faster.</source>
      <translation>Sổ có {n} dòng trong kỳ (khoảng {pages} trang). Vẫn in? Chọn kỳ ngắn hơn sẽ in nhanh hơn.</translation>
    </message>
    <message>
      <source>This book has {pages} pages, numbered from page 01 to page {last}</source>
      <translation>Sổ này có {pages} trang, đánh số từ trang 01 đến trang {last}</translation>
    </message>
    <message>
      <source>This book has …… pages, numbered from page 01 to page ……</source>
      <translation>Sổ này có …… trang, đánh số từ trang 01 đến trang ……</translation>
    </message>
    <message>
      <source>This category is created by the app only</source>
      <translation>Loại nghiệp vụ này do phần mềm tự tạo</translation>
    </message>
    <message>
      <source>This month is locked: vouchers in it cannot be added, changed or deleted. Enter an adjusting voucher in an open month.</source>
      <translation>Tháng này đã khóa sổ: không được thêm, sửa hoặc xóa chứng từ. Hãy lập chứng từ điều chỉnh trong tháng chưa khóa.</translation>
    </message>
    <message>
      <source>This month's receipts and payments</source>
      <translation>Thu chi tháng này</translation>
    </message>
    <message>
      <source>This voucher's month is locked</source>
      <translation>Tháng của chứng từ này đã khóa sổ</translation>
    </message>
    <message>
      <source>To members by capital (external, per the charter)</source>
      <translation>Chia cho thành viên theo vốn góp (giao dịch bên ngoài, theo điều lệ)</translation>
    </message>
    <message>
      <source>To members by capital (internal)</source>
      <translation>Chia cho thành viên theo vốn góp (giao dịch nội bộ)</translation>
    </message>
    <message>
      <source>To official members by use of services and labour</source>
      <translation>Chia cho thành viên chính thức theo mức độ sử dụng dịch vụ và công sức lao động</translation>
    </message>
    <message>
      <source>Today {date}</source>
      <translation>Hôm nay {date}</translation>
    </message>
    <message>
      <source>Today's month {month} is locked too; unlock it first.</source>
      <translation>Tháng hiện tại {month} cũng đã khóa sổ; hãy mở khóa trước.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Tổng cộng</translation>
    </message>
    <message>
      <source>Total movements in the period</source>
      <translation>Cộng số phát sinh trong kỳ</translation>
    </message>
    <message>
      <source>Total sales revenue: {amount}</source>
      <translation>Tổng doanh thu bán hàng: {amount}</translation>
    </message>
    <message>
      <source>Transaction</source>
      <translation>Giao dịch</translation>
    </message>
    <message>
      <source>Transaction with</source>
      <translation>Giao dịch</translation>
    </message>
    <message>
      <source>Transfers between cash and bank are not counted.</source>
      <translation>Không tính tiền chuyển giữa quỹ tiền mặt và ngân hàng.</translation>
    </message>
    <message>
      <source>Trial balance</source>
      <translation>Bảng cân đối tài khoản</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Type a name, ID number or phone…</source>
      <translation>Gõ họ tên, số CCCD hoặc số điện thoại…</translation>
    </message>
    <message>
      <source>Type part of the name…</source>
      <translation>Gõ một phần tên…</translation>
    </message>
    <message>
      <source>Type to search the members</source>
      <translation>Gõ để tìm thành viên</translation>
    </message>
    <message>
      <source>Type to search, then Down and Enter to choose</source>
      <translation>Gõ để tìm, rồi bấm mũi tên xuống và Enter để chọn</translation>
    </message>
    <message>
      <source>Type to search; a new customer or supplier name is added</source>
      <translation>Gõ để tìm; tên khách hàng hoặc nhà cung cấp mới sẽ được thêm vào danh sách</translation>
    </message>
    <message>
      <source>Undivided common fund</source>
      <translation>Quỹ chung không chia</translation>
    </message>
    <message>
      <source>Undivided common fund from external income</source>
      <translation>Quỹ chung không chia trích từ thu nhập giao dịch bên ngoài</translation>
    </message>
    <message>
      <source>Undivided common fund from internal income</source>
      <translation>Quỹ chung không chia trích từ thu nhập giao dịch nội bộ</translation>
    </message>
    <message>
      <source>Unit: đồng</source>
      <translation>Đơn vị tính: đồng</translation>
    </message>
    <message>
      <source>Unknown category {code}</source>
      <translation>Không có loại nghiệp vụ {code}</translation>
    </message>
    <message>
      <source>Unknown sales channel {code}</source>
      <translation>Không có kênh bán {code}</translation>
    </message>
    <message>
      <source>Unknown voucher type {code}</source>
      <translation>Không có loại chứng từ {code}</translation>
    </message>
    <message>
      <source>Unlock month</source>
      <translation>Mở khóa sổ tháng</translation>
    </message>
    <message>
      <source>Unlock month…</source>
      <translation>Mở khóa sổ…</translation>
    </message>
    <message>
      <source>Unlock {month}? Its vouchers can then be changed again; the unlocking is recorded in the audit trail.</source>
      <translation>Mở khóa sổ tháng {month}? Chứng từ của tháng này sẽ sửa được trở lại; việc mở khóa được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
      <source>Use of products and services</source>
      <translation>Giá trị sử dụng</translation>
    </message>
    <message>
      <source>Voucher date</source>
      <translation>Ngày chứng từ</translation>
    </message>
    <message>
      <source>Voucher no.</source>
      <translation>Số chứng từ</translation>
    </message>
    <message>
      <source>Voucher or month</source>
      <translation>Chứng từ hoặc tháng</translation>
    </message>
    <message>
      <source>Voucher type</source>
      <translation>Loại chứng từ</translation>
    </message>
    <message>
      <source>Voucher {id} does not exist</source>
      <translation>Không có chứng từ số {id}</translation>
    </message>
    <message>
      <source>Voucher {number}</source>
      <translation>Chứng từ {number}</translation>
    </message>
    <message>
      <source>Voucher {number} has journal lines made by the app or typed one by one ({category}); the voucher form cannot change them. Delete it and enter it again, or correct it with an adjusting voucher.</source>
      <translation>Chứng từ {number} có các dòng định khoản do chương trình lập hoặc nhập từng dòng ({category}); biểu mẫu chứng từ không sửa được các dòng này. Hãy xóa rồi nhập lại, hoặc sửa bằng chứng từ điều chỉnh.</translation>
    </message>
    <message>
      <source>Voucher {number} is in {month}, a locked month: it cannot be changed or deleted. Correct it with an adjusting voucher in an open month (button “Adjusting voucher…”), or unlock the month first.</source>
      <translation>Chứng từ {number} thuộc tháng {month} đã khóa sổ: không thể sửa hoặc xóa. Hãy sửa sai bằng chứng từ điều chỉnh trong một tháng chưa khóa (nút “Chứng từ điều chỉnh…”), hoặc mở khóa sổ tháng đó trước.</translation>
    </message>
    <message>
      <source>Vouchers</source>
      <translation>Chứng từ thu chi</translation>
    </message>
    <message>
      <source>Wages</source>
      <translation>Trả tiền công lao động</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Nội dung nghiệp vụ</translation>
    </message>
    <message>
      <source>What it asks</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <source>Which column holds what</source>
      <translation>Cột nào chứa thông tin gì</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <source>Who changed the selected voucher and when (all vouchers when none is selected)</source>
      <translation>Ai đã sửa chứng từ đang chọn và vào lúc nào (mọi chứng từ khi không chọn)</translation>
    </message>
    <message>
      <source>With whom</source>
      <translation>Đối tượng</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Rút ra</translation>
    </message>
    <message>
      <source>Without a valid certificate: {n}</source>
      <translation>Chưa có giấy chứng nhận còn hiệu lực: {n}</translation>
    </message>
    <message>
      <source>Write internal or external, not {value}</source>
      <translation>Ghi “nội bộ” hoặc “bên ngoài”, không ghi {value}</translation>
    </message>
    <message>
      <source>Writing {file}…</source>
      <translation>Đang ghi {file}…</translation>
    </message>
    <message>
      <source>Written {path}</source>
      <translation>Đã ghi {path}</translation>
    </message>
    <message>
      <source>XLSX export cancelled.</source>
      <translation>Đã hủy xuất tệp XLSX.</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Year {year}</source>
      <translation>Năm {year}</translation>
    </message>
    <message>
      <source>Year-end closing to account 911</source>
      <translation>Kết chuyển cuối năm sang tài khoản 911</translation>
    </message>
    <message>
      <source>Year-end closing {year}</source>
      <translation>Kết chuyển xác định kết quả kinh doanh năm {year}</translation>
    </message>
    <message>
      <source>after the funds</source>
      <translation>sau khi trích quỹ</translation>
    </message>
    <message>
      <source>certificates expiring soon or expired</source>
      <translation>giấy chứng nhận sắp hết hạn hoặc đã hết hạn</translation>
    </message>
    <message>
      <source>customer</source>
      <translation>khách hàng</translation>
    </message>
    <message>
      <source>e.g. Sold 200 jars of pickled cassava to WinMart</source>
      <translation>ví dụ: Bán 200 hũ sắn muối chua cho WinMart</translation>
    </message>
    <message>
      <source>from</source>
      <translation>từ</translation>
    </message>
    <message>
      <source>jar, kg, box…</source>
      <translation>hũ, kg, hộp…</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>đã khóa sổ</translation>
    </message>
    <message>
      <source>million đồng</source>
      <translation>triệu đồng</translation>
    </message>
    <message>
      <source>payment</source>
      <translation>phiếu chi</translation>
    </message>
    <message>
      <source>receipt</source>
      <translation>phiếu thu</translation>
    </message>
    <message>
      <source>supplier</source>
      <translation>nhà cung cấp</translation>
    </message>
    <message>
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <source>{amount} (credit)</source>
      <translation>{amount} (dư Có)</translation>
    </message>
    <message>
      <source>{file} is not a readable XLSX file</source>
      <translation>{file} không phải tệp XLSX đọc được</translation>
    </message>
    <message>
      <source>{file}: no header row with a date and an amount was found</source>
      <translation>{file}: không tìm thấy dòng tiêu đề có cột ngày và cột số tiền</translation>
    </message>
    <message>
      <source>{file}: only XLSX and CSV files can be imported</source>
      <translation>{file}: chỉ nhập được tệp XLSX và CSV</translation>
    </message>
    <message>
      <source>{file}: unknown text encoding</source>
      <translation>{file}: không nhận ra bảng mã văn bản</translation>
    </message>
    <message>
      <source>{months} of {last} months have vouchers; {unmarked} of {n} vouchers lack the internal/external mark; {locked} months locked</source>
      <translation>{months}/{last} tháng có chứng từ; {unmarked}/{n} chứng từ chưa đánh dấu nội bộ/bên ngoài; {locked} tháng đã khóa sổ</translation>
    </message>
    <message>
      <source>{name} is not an active member</source>
      <translation>{name} không phải là thành viên đang hoạt động</translation>
    </message>
    <message>
      <source>{new} new vouchers, {dup} duplicates skipped{dry}</source>
      <translation>{new} chứng từ mới, bỏ qua {dup} chứng từ trùng{dry}</translation>
    </message>
    <message>
      <source>{n} accounts · total debit movements {debit}, total credit movements {credit}</source>
      <translation>{n} tài khoản · tổng phát sinh Nợ {debit}, tổng phát sinh Có {credit}</translation>
    </message>
    <message>
      <source>{n} dossiers</source>
      <translation>{n} hồ sơ</translation>
    </message>
    <message>
      <source>{n} lines · debit movements {debit} · credit movements {credit} · closing balance {closing}</source>
      <translation>{n} dòng · phát sinh Nợ {debit} · phát sinh Có {credit} · số dư cuối kỳ {closing}</translation>
    </message>
    <message>
      <source>{n} lines · total debit {debit}, total credit {credit}</source>
      <translation>{n} dòng · tổng Nợ {debit}, tổng Có {credit}</translation>
    </message>
    <message>
      <source>{n} members</source>
      <translation>{n} thành viên</translation>
    </message>
    <message>
      <source>{n} products</source>
      <translation>{n} sản phẩm</translation>
    </message>
    <message>
      <source>{n} vouchers imported: {first} … {last}.</source>
      <translation>Đã nhập {n} chứng từ: {first} … {last}.</translation>
    </message>
    <message>
      <source>{n} vouchers shown</source>
      <translation>Đang hiển thị {n} chứng từ</translation>
    </message>
    <message>
      <source>{official} official · {assoc} associate with capital · {assoc0} associate without capital</source>
      <translation>{official} chính thức · {assoc} liên kết góp vốn · {assoc0} liên kết không góp vốn</translation>
    </message>
    <message>
      <source>{rows} rows: {new} new, {dup} already in the books, {bad} with problems.</source>
      <translation>{rows} dòng: {new} dòng mới, {dup} dòng đã có trong sổ, {bad} dòng có lỗi.</translation>
    </message>
  </context>
</TS>
