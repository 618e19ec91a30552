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
      <source>(no product)</source>
      <translation>(không ghi sản phẩm)</translation>
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
      <source>Account code {code} must be 4 to 8 digits</source>
      <translation>Số hiệu tài khoản {code} phải gồm 4 đến 8 chữ số</translation>
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
      <source>Accounts of the chart (Circular 71/2024) cannot be changed or deleted; add a detail account instead</source>
      <translation>Không được sửa hoặc xóa tài khoản trong hệ thống tài khoản (Thông tư 71/2024); hãy mở thêm tài khoản chi tiết</translation>
    </message>
    <message>
      <source>Adjustment of {number} dated {date}</source>
      <translation>Điều chỉnh chứng từ {number} ngày {date}</translation>
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
      <source>Bank payment</source>
      <translation>Giấy báo Nợ (chi qua ngân hàng)</translation>
    </message>
    <message>
      <source>Bank receipt</source>
      <translation>Giấy báo Có (thu qua ngân hàng)</translation>
    </message>
    <message>
      <source>Both received and paid are filled in</source>
      <translation>Dòng này ghi cả số thu và số chi</translation>
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
      <source>Cash deposited in the bank</source>
      <translation>Nộp tiền mặt vào ngân hàng</translation>
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
      <source>Choose a member, customer or supplier</source>
      <translation>Chọn thành viên, khách hàng hoặc nhà cung cấp</translation>
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
      <source>Collection from a customer</source>
      <translation>Thu nợ khách hàng</translation>
    </message>
    <message>
      <source>Column {column} is not in {file}</source>
      <translation>Tệp {file} không có cột {column}</translation>
    </message>
    <message>
      <source>Corporate income tax paid</source>
      <translation>Nộp thuế thu nhập doanh nghiệp</translation>
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
      <source>Customer or supplier {id} does not exist</source>
      <translation>Không có khách hàng hoặc nhà cung cấp số {id}</translation>
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
      <source>Description</source>
      <translation>Diễn giải</translation>
    </message>
    <message>
      <source>Discounts and returns to buyers</source>
      <translation>Giảm giá, hàng bán bị trả lại</translation>
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
      <source>E-commerce</source>
      <translation>Thương mại điện tử</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Xuất khẩu</translation>
    </message>
    <message>
      <source>External remainder</source>
      <translation>Thu nhập từ giao dịch bên ngoài còn lại</translation>
    </message>
    <message>
      <source>General journal voucher</source>
      <translation>Phiếu kế toán</translation>
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
      <source>Internal loan to a member</source>
      <translation>Cho thành viên vay nội bộ</translation>
    </message>
    <message>
      <source>Internal remainder</source>
      <translation>Thu nhập từ giao dịch nội bộ còn lại</translation>
    </message>
    <message>
      <source>Internal/external</source>
      <translation>Nội bộ/bên ngoài</translation>
    </message>
    <message>
      <source>Kept undistributed (account 4211)</source>
      <translation>Để lại chưa phân phối (tài khoản 4211)</translation>
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
      <source>Management expenses (electricity, stationery, fees…)</source>
      <translation>Chi phí quản lý (điện, văn phòng phẩm, phí…)</translation>
    </message>
    <message>
      <source>Member repays an internal loan</source>
      <translation>Thành viên trả nợ vay nội bộ</translation>
    </message>
    <message>
      <source>Membership fee</source>
      <translation>Thu phí thành viên</translation>
    </message>
    <message>
      <source>Name is empty</source>
      <translation>Chưa nhập tên</translation>
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
      <source>Not a month (YYYY-MM): {value}</source>
      <translation>Không phải tháng (YYYY-MM): {value}</translation>
    </message>
    <message>
      <source>Not a quantity: {value}</source>
      <translation>Không phải số lượng: {value}</translation>
    </message>
    <message>
      <source>Nothing to close in {year}</source>
      <translation>Năm {year} không có số liệu để kết chuyển</translation>
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
      <source>Paid (đồng)</source>
      <translation>Số tiền chi (đồng)</translation>
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
      <source>Product</source>
      <translation>Sản phẩm</translation>
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
      <source>Quantity cannot be negative</source>
      <translation>Số lượng không được âm</translation>
    </message>
    <message>
      <source>Received (đồng)</source>
      <translation>Số tiền thu (đồng)</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Số tham chiếu</translation>
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
      <source>Sales to members</source>
      <translation>Bán cho thành viên</translation>
    </message>
    <message>
      <source>Saved {number}</source>
      <translation>Đã lưu {number}</translation>
    </message>
    <message>
      <source>Shop / market</source>
      <translation>Cửa hàng, chợ</translation>
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
      <source>Surplus distribution</source>
      <translation>Phân phối thu nhập</translation>
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
      <source>The distribution of {year} is already posted</source>
      <translation>Phân phối thu nhập năm {year} đã được ghi sổ</translation>
    </message>
    <message>
      <source>The file {file} is too large to import</source>
      <translation>Tệp {file} quá lớn, không nhập được</translation>
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
      <source>The year {year} is already closed</source>
      <translation>Năm {year} đã kết chuyển cuối năm</translation>
    </message>
    <message>
      <source>There is no income to distribute for {year}</source>
      <translation>Năm {year} không có thu nhập để phân phối</translation>
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
      <source>Total</source>
      <translation>Tổng cộng</translation>
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
      <source>Voucher {id} does not exist</source>
      <translation>Không có chứng từ số {id}</translation>
    </message>
    <message>
      <source>Wages</source>
      <translation>Trả tiền công lao động</translation>
    </message>
    <message>
      <source>Write internal or external, not {value}</source>
      <translation>Ghi “nội bộ” hoặc “bên ngoài”, không ghi {value}</translation>
    </message>
    <message>
      <source>Written {path}</source>
      <translation>Đã ghi {path}</translation>
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
      <source>customer</source>
      <translation>khách hàng</translation>
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
      <source>{new} new vouchers, {dup} duplicates skipped{dry}</source>
      <translation>{new} chứng từ mới, bỏ qua {dup} chứng từ trùng{dry}</translation>
    </message>
  </context>
</TS>
