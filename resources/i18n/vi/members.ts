<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source>&amp;Add member</source>
      <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
      <source>&amp;Open / edit</source>
      <translation>&amp;Mở / sửa</translation>
    </message>
    <message>
      <source>(as of {date})</source>
      <translation>(tính đến ngày {date})</translation>
    </message>
    <message>
      <source>(do not import)</source>
      <translation>(không nhập)</translation>
    </message>
    <message>
      <source>(signature, full name)</source>
      <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
      <source>(signature, full name, seal)</source>
      <translation>(ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
      <source>12 digits</source>
      <translation>12 chữ số</translation>
    </message>
    <message>
      <source>A contribution must be a positive amount</source>
      <translation>Lần góp vốn phải có giá trị lớn hơn 0</translation>
    </message>
    <message>
      <source>A member aged 15–17 can only be an associate member without capital (Law 17/2023 Art. 30)</source>
      <translation>Người từ đủ 15 đến dưới 18 tuổi chỉ được là thành viên liên kết không góp vốn (Luật HTX 2023, Điều 30)</translation>
    </message>
    <message>
      <source>A member must be at least 15 years old (Law 17/2023 Art. 30)</source>
      <translation>Thành viên phải từ đủ 15 tuổi (Luật HTX 2023, Điều 30)</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Đang hoạt động</translation>
    </message>
    <message>
      <source>Active member</source>
      <translation>Đang là thành viên</translation>
    </message>
    <message>
      <source>Active members</source>
      <translation>Thành viên đang hoạt động</translation>
    </message>
    <message>
      <source>Add contribution</source>
      <translation>Thêm lần góp vốn</translation>
    </message>
    <message>
      <source>Add member</source>
      <translation>Thêm thành viên</translation>
    </message>
    <message>
      <source>Add member {name}</source>
      <translation>Thêm thành viên {name}</translation>
    </message>
    <message>
      <source>Address: {address}</source>
      <translation>Địa chỉ: {address}</translation>
    </message>
    <message>
      <source>After the import the cooperative would have {n} official members; the law requires at least 5 (Law 17/2023 Art. 4).</source>
      <translation>Sau khi nhập, hợp tác xã sẽ có {n} thành viên chính thức; luật yêu cầu tối thiểu 5 (Luật HTX 2023, Điều 4).</translation>
    </message>
    <message>
      <source>All member types</source>
      <translation>Mọi loại thành viên</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Mọi trạng thái</translation>
    </message>
    <message>
      <source>Amount cannot be negative: {value}</source>
      <translation>Số tiền không được âm: {value}</translation>
    </message>
    <message>
      <source>An associate member without capital cannot contribute capital</source>
      <translation>Thành viên liên kết không góp vốn thì không góp vốn</translation>
    </message>
    <message>
      <source>An official or capital-contributing member must commit capital</source>
      <translation>Thành viên chính thức hoặc liên kết góp vốn phải cam kết góp vốn</translation>
    </message>
    <message>
      <source>Asset type</source>
      <translation>Loại tài sản</translation>
    </message>
    <message>
      <source>Associate member with capital</source>
      <translation>Thành viên liên kết góp vốn</translation>
    </message>
    <message>
      <source>Associate member without capital</source>
      <translation>Thành viên liên kết không góp vốn</translation>
    </message>
    <message>
      <source>Associate members together would hold {pct} of the charter capital ({amount}): at most 30% is allowed, that is {limit} (Law 17/2023 Art. 74)</source>
      <translation>Các thành viên liên kết góp vốn sẽ cùng nắm {pct} vốn điều lệ ({amount}): tối đa chỉ được 30%, tức là {limit} (Luật HTX 2023, Điều 74)</translation>
    </message>
    <message>
      <source>Associate members together would hold {pct} of the charter capital: at most 30% is allowed (Law 17/2023 Art. 74)</source>
      <translation>Các thành viên liên kết góp vốn sẽ cùng nắm {pct} vốn điều lệ: tối đa chỉ được 30% (Luật HTX 2023, Điều 74)</translation>
    </message>
    <message>
      <source>Associate, capital</source>
      <translation>Liên kết góp vốn</translation>
    </message>
    <message>
      <source>Associate, no capital</source>
      <translation>Liên kết không góp vốn</translation>
    </message>
    <message>
      <source>Backing up the file, then importing the members…</source>
      <translation>Đang sao lưu tệp, sau đó nhập danh sách thành viên…</translation>
    </message>
    <message>
      <source>CSV text (*.csv)</source>
      <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
      <source>CSV text (.csv, UTF-8), for other programs</source>
      <translation>Tệp CSV (.csv, UTF-8), dùng cho phần mềm khác</translation>
    </message>
    <message>
      <source>CSV text, {encoding}, separated by {separator}</source>
      <translation>tệp CSV, mã {encoding}, phân cách bằng {separator}</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>Không xóa được</translation>
    </message>
    <message>
      <source>Capital certificate no.</source>
      <translation>Số giấy chứng nhận góp vốn</translation>
    </message>
    <message>
      <source>Capital committed</source>
      <translation>Vốn góp cam kết</translation>
    </message>
    <message>
      <source>Capital committed (VND)</source>
      <translation>Vốn góp cam kết (đồng)</translation>
    </message>
    <message>
      <source>Capital committed (đồng)</source>
      <translation>Vốn góp cam kết (đồng)</translation>
    </message>
    <message>
      <source>Capital contributions</source>
      <translation>Các lần góp vốn</translation>
    </message>
    <message>
      <source>Capital paid</source>
      <translation>Vốn đã góp</translation>
    </message>
    <message>
      <source>Capital paid (VND)</source>
      <translation>Vốn đã góp (đồng)</translation>
    </message>
    <message>
      <source>Capital paid ({paid}) exceeds capital committed ({committed})</source>
      <translation>Vốn đã góp ({paid}) vượt vốn cam kết ({committed})</translation>
    </message>
    <message>
      <source>Cash (VND)</source>
      <translation>Tiền mặt (VNĐ)</translation>
    </message>
    <message>
      <source>Certificate date</source>
      <translation>Ngày cấp giấy chứng nhận</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
      <source>Checking was cancelled; change a column to check again.</source>
      <translation>Đã dừng kiểm tra; đổi một cột để kiểm tra lại.</translation>
    </message>
    <message>
      <source>Choose a file name ending in .xlsx or .csv: {path}</source>
      <translation>Hãy chọn tên tệp có đuôi .xlsx hoặc .csv: {path}</translation>
    </message>
    <message>
      <source>Column "{column}" is mapped to both {a} and {b}: choose one field per column.</source>
      <translation>Cột "{column}" đang được gán cho cả {a} và {b}: mỗi cột chỉ gán một trường.</translation>
    </message>
    <message>
      <source>Column {n}</source>
      <translation>Cột {n}</translation>
    </message>
    <message>
      <source>Columns of the file → fields of the register</source>
      <translation>Cột trong tệp → trường của sổ đăng ký thành viên</translation>
    </message>
    <message>
      <source>Committed capital cannot be negative</source>
      <translation>Vốn cam kết không được âm</translation>
    </message>
    <message>
      <source>Contact address</source>
      <translation>Địa chỉ liên hệ</translation>
    </message>
    <message>
      <source>Contribution date {value} is before the join date {join}</source>
      <translation>Ngày góp vốn {value} trước ngày vào HTX {join}</translation>
    </message>
    <message>
      <source>Contribution date {value} is in the future</source>
      <translation>Ngày góp vốn {value} ở tương lai</translation>
    </message>
    <message>
      <source>Correct the problems listed below in the file, then open it again.</source>
      <translation>Hãy sửa các lỗi liệt kê bên dưới trong tệp rồi mở lại.</translation>
    </message>
    <message>
      <source>Could not read {path}: {reason}</source>
      <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
      <source>DIRECTOR OF THE COOPERATIVE</source>
      <translation>GIÁM ĐỐC HỢP TÁC XÃ</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Date left</source>
      <translation>Ngày ra khỏi HTX</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Date of birth {value} is in the future</source>
      <translation>Ngày sinh {value} ở tương lai</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Delete member</source>
      <translation>Xóa thành viên</translation>
    </message>
    <message>
      <source>Delete member {name}</source>
      <translation>Xóa thành viên {name}</translation>
    </message>
    <message>
      <source>Delete {name} from the register? This is for entries made by mistake.</source>
      <translation>Xóa {name} khỏi sổ đăng ký? Chỉ dùng cho trường hợp nhập nhầm.</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>Chạy thử: không ghi gì vào dữ liệu.</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>&amp;Xuất ra tệp…</translation>
    </message>
    <message>
      <source>Edit member</source>
      <translation>Sửa thành viên</translation>
    </message>
    <message>
      <source>Edit member {name}</source>
      <translation>Sửa thành viên {name}</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <source>Excel workbook</source>
      <translation>tệp Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx), ready to print</source>
      <translation>Tệp Excel (.xlsx), sẵn sàng để in</translation>
    </message>
    <message>
      <source>Export cancelled: nothing was written.</source>
      <translation>Đã hủy xuất: không ghi tệp nào.</translation>
    </message>
    <message>
      <source>Export is not available in this version yet.</source>
      <translation>Phiên bản này chưa có chức năng xuất.</translation>
    </message>
    <message>
      <source>Export members</source>
      <translation>Xuất danh sách thành viên</translation>
    </message>
    <message>
      <source>Exported {n} members to {path}.</source>
      <translation>Đã xuất {n} thành viên ra {path}.</translation>
    </message>
    <message>
      <source>Exporting the member register…</source>
      <translation>Đang xuất sổ đăng ký thành viên…</translation>
    </message>
    <message>
      <source>Exporting the member register… {done} / {total}</source>
      <translation>Đang xuất sổ đăng ký thành viên… {done} / {total}</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Xuất…</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Trường</translation>
    </message>
    <message>
      <source>Field of the register that column "{column}" holds</source>
      <translation>Trường của sổ thành viên mà cột "{column}" chứa</translation>
    </message>
    <message>
      <source>File {file}: {format}; column titles found in row {row}. Check which field each column holds, then import.</source>
      <translation>Tệp {file}: {format}; tiêu đề cột nằm ở dòng {row}. Kiểm tra mỗi cột ứng với trường nào rồi bấm nhập.</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Định dạng</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Full name is required</source>
      <translation>Phải nhập họ và tên</translation>
    </message>
    <message>
      <source>Give the date the member left</source>
      <translation>Hãy nhập ngày thành viên ra khỏi HTX</translation>
    </message>
    <message>
      <source>Give the join date: the capital paid is recorded on that date</source>
      <translation>Cần có ngày vào HTX: vốn đã góp được ghi vào ngày đó</translation>
    </message>
    <message>
      <source>Gold</source>
      <translation>Vàng</translation>
    </message>
    <message>
      <source>ID no.</source>
      <translation>Số CCCD</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>Số định danh (CCCD)</translation>
    </message>
    <message>
      <source>ID number {value} is already used by row {row} ({name})</source>
      <translation>Số định danh {value} đã dùng ở dòng {row} ({name})</translation>
    </message>
    <message>
      <source>ID number {value} is already used by {name}</source>
      <translation>Số định danh {value} đã được dùng cho {name}</translation>
    </message>
    <message>
      <source>ID numbers and phones were left out (use --include-personal to include them).</source>
      <translation>Không xuất số định danh và số điện thoại (thêm --include-personal để xuất kèm).</translation>
    </message>
    <message>
      <source>ID numbers and phones were left out.</source>
      <translation>Không xuất số định danh và số điện thoại.</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was written.</source>
      <translation>Đã hủy nhập: không ghi gì vào dữ liệu.</translation>
    </message>
    <message>
      <source>Import is not available in this version yet.</source>
      <translation>Phiên bản này chưa có chức năng nhập.</translation>
    </message>
    <message>
      <source>Import members</source>
      <translation>Nhập danh sách thành viên</translation>
    </message>
    <message>
      <source>Import members — {file}</source>
      <translation>Nhập danh sách thành viên — {file}</translation>
    </message>
    <message>
      <source>Import {n} members</source>
      <translation>Nhập {n} thành viên</translation>
    </message>
    <message>
      <source>Imported {n} members from {path}.</source>
      <translation>Đã nhập {n} thành viên từ {path}.</translation>
    </message>
    <message>
      <source>Imported {n} members.</source>
      <translation>Đã nhập {n} thành viên.</translation>
    </message>
    <message>
      <source>Importing members…</source>
      <translation>Đang nhập thành viên…</translation>
    </message>
    <message>
      <source>Include personal ID numbers and phone numbers</source>
      <translation>Xuất kèm số định danh cá nhân (CCCD) và số điện thoại</translation>
    </message>
    <message>
      <source>Individual</source>
      <translation>Cá nhân</translation>
    </message>
    <message>
      <source>Individual or organisation</source>
      <translation>Cá nhân hay tổ chức</translation>
    </message>
    <message>
      <source>Join date</source>
      <translation>Ngày vào HTX</translation>
    </message>
    <message>
      <source>Join date {value} is in the future</source>
      <translation>Ngày vào HTX {value} ở tương lai</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Land-use right</source>
      <translation>Quyền sử dụng đất</translation>
    </message>
    <message>
      <source>Leading zero restored in ID number {value}</source>
      <translation>Đã khôi phục số 0 đầu của số định danh {value}</translation>
    </message>
    <message>
      <source>Leading zero restored in phone number {value}</source>
      <translation>Đã khôi phục số 0 đầu của số điện thoại {value}</translation>
    </message>
    <message>
      <source>Leading zero restored in {ids} ID numbers and {phones} phone numbers ({n} values in all) that the spreadsheet had stored as numbers.</source>
      <translation>Đã khôi phục số 0 đầu của {ids} số định danh và {phones} số điện thoại (tổng cộng {n} giá trị) mà bảng tính đã lưu thành số.</translation>
    </message>
    <message>
      <source>Leave this unticked when the list leaves the cooperative: ID numbers and phones are personal data.</source>
      <translation>Không đánh dấu mục này khi danh sách được gửi ra ngoài hợp tác xã: số định danh và số điện thoại là dữ liệu cá nhân.</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Đã ra khỏi HTX</translation>
    </message>
    <message>
      <source>Left the cooperative</source>
      <translation>Đã ra khỏi HTX</translation>
    </message>
    <message>
      <source>Left the cooperative on {date}</source>
      <translation>Đã ra khỏi HTX ngày {date}</translation>
    </message>
    <message>
      <source>Left {date}</source>
      <translation>Đã ra {date}</translation>
    </message>
    <message>
      <source>MEMBER REGISTER</source>
      <translation>SỔ ĐĂNG KÝ THÀNH VIÊN</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Thành viên</translation>
    </message>
    <message>
      <source>Member lists (*.xlsx *.csv *.txt);;All files (*)</source>
      <translation>Danh sách thành viên (*.xlsx *.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Member type</source>
      <translation>Loại thành viên</translation>
    </message>
    <message>
      <source>Member type is empty</source>
      <translation>Chưa ghi loại thành viên</translation>
    </message>
    <message>
      <source>Member {id} does not exist</source>
      <translation>Không có thành viên số {id}</translation>
    </message>
    <message>
      <source>Members have committed {committed} in all, more than the charter capital of {charter}: update the charter capital in the cooperative profile.</source>
      <translation>Tổng vốn thành viên cam kết góp là {committed}, lớn hơn vốn điều lệ {charter}: hãy cập nhật vốn điều lệ trong thông tin hợp tác xã.</translation>
    </message>
    <message>
      <source>Members who left</source>
      <translation>Thành viên đã ra khỏi HTX</translation>
    </message>
    <message>
      <source>Membership and capital</source>
      <translation>Tư cách thành viên và vốn góp</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <source>No column "{column}" in the file</source>
      <translation>Tệp không có cột "{column}"</translation>
    </message>
    <message>
      <source>No column is mapped to the full name.</source>
      <translation>Chưa có cột nào được gán cho họ và tên.</translation>
    </message>
    <message>
      <source>No header row found in {path}: the member list needs a row with column titles such as "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD".</source>
      <translation>Không tìm thấy dòng tiêu đề trong {path}: danh sách thành viên cần một dòng tiêu đề cột như "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD".</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <source>Not imported: {reason}</source>
      <translation>Không nhập: {reason}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Không nhập thành viên nào.</translation>
    </message>
    <message>
      <source>Official</source>
      <translation>Chính thức</translation>
    </message>
    <message>
      <source>Official member</source>
      <translation>Thành viên chính thức</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Tổ chức</translation>
    </message>
    <message>
      <source>Other asset</source>
      <translation>Tài sản khác</translation>
    </message>
    <message>
      <source>PREPARED BY</source>
      <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
      <source>Page &amp;P of &amp;N</source>
      <translation>Trang &amp;P/&amp;N</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Đã góp</translation>
    </message>
    <message>
      <source>Paid capital on the imported member list</source>
      <translation>Vốn đã góp theo danh sách thành viên được nhập</translation>
    </message>
    <message>
      <source>Paid share</source>
      <translation>Tỷ lệ đã góp</translation>
    </message>
    <message>
      <source>Paid {paid} of {committed} ({pct})</source>
      <translation>Đã góp {paid} / {committed} ({pct})</translation>
    </message>
    <message>
      <source>Personal ID number</source>
      <translation>Số CCCD</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Press Save again to save anyway.</source>
      <translation>Bấm Lưu lần nữa nếu vẫn muốn lưu.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Vấn đề</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Reason for leaving</source>
      <translation>Lý do ra khỏi HTX</translation>
    </message>
    <message>
      <source>Remove contribution</source>
      <translation>Bỏ lần góp vốn</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Row {row}, {field}: {message}</source>
      <translation>Dòng {row}, {field}: {message}</translation>
    </message>
    <message>
      <source>Row {row}: {message}</source>
      <translation>Dòng {row}: {message}</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Search by name, ID number or phone (accents optional)…</source>
      <translation>Tìm theo tên, số định danh hoặc số điện thoại (có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Sex is required for an individual member</source>
      <translation>Phải chọn giới tính cho thành viên cá nhân</translation>
    </message>
    <message>
      <source>Showing {shown} · Active: {official} official, {assoc} associate with capital, {assoc0} associate without capital · Capital committed {committed}, paid {paid}</source>
      <translation>Đang hiện {shown} · Đang hoạt động: {official} chính thức, {assoc} liên kết góp vốn, {assoc0} liên kết không góp vốn · Vốn cam kết {committed}, đã góp {paid}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Tax code: {code}</source>
      <translation>Mã số thuế: {code}</translation>
    </message>
    <message>
      <source>The cooperative has {n} official members; the law requires at least 5 (Law 17/2023 Art. 4).</source>
      <translation>Hợp tác xã có {n} thành viên chính thức; luật yêu cầu tối thiểu 5 (Luật HTX 2023, Điều 4).</translation>
    </message>
    <message>
      <source>The file has no member rows below the header row.</source>
      <translation>Tệp không có dòng thành viên nào dưới dòng tiêu đề.</translation>
    </message>
    <message>
      <source>The file {path} is not an Excel workbook that can be read ({reason}).</source>
      <translation>Tệp {path} không phải tệp Excel đọc được ({reason}).</translation>
    </message>
    <message>
      <source>The file {path} is not text in UTF-8 or Windows-1258: save it from Excel as "CSV UTF-8".</source>
      <translation>Tệp {path} không phải văn bản mã UTF-8 hay Windows-1258: hãy lưu lại từ Excel dưới dạng "CSV UTF-8".</translation>
    </message>
    <message>
      <source>The file {path} is too large for a member list ({mb} MB).</source>
      <translation>Tệp {path} quá lớn đối với một danh sách thành viên ({mb} MB).</translation>
    </message>
    <message>
      <source>The register has {n} members, more than an Excel sheet holds; export it as CSV.</source>
      <translation>Sổ đăng ký có {n} thành viên, nhiều hơn số dòng một trang tính Excel chứa được; hãy xuất ra tệp CSV.</translation>
    </message>
    <message>
      <source>The register is empty: press "Add member" (Insert key) or "Import…" to bring in a member list from Excel or CSV.</source>
      <translation>Sổ đăng ký chưa có thành viên: bấm "Thêm thành viên" (phím Insert) hoặc "Nhập từ tệp…" để đưa danh sách từ Excel hoặc CSV vào.</translation>
    </message>
    <message>
      <source>This member appears in vouchers or other records and cannot be deleted; record that the member left instead.</source>
      <translation>Thành viên này có trong chứng từ hoặc hồ sơ khác nên không thể xóa; hãy ghi nhận thành viên ra khỏi HTX.</translation>
    </message>
    <message>
      <source>This member has capital contributions and cannot be deleted; record that the member left instead.</source>
      <translation>Thành viên này đã góp vốn nên không được xóa; hãy ghi nhận thành viên ra khỏi HTX.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Tổng cộng</translation>
    </message>
    <message>
      <source>Totals cover active members only.</source>
      <translation>Dòng tổng cộng chỉ tính các thành viên đang hoạt động.</translation>
    </message>
    <message>
      <source>UTF-8 with BOM</source>
      <translation>UTF-8 có BOM</translation>
    </message>
    <message>
      <source>Unknown asset type: {value}</source>
      <translation>Loại tài sản không hợp lệ: {value}</translation>
    </message>
    <message>
      <source>Unknown member type "{value}": write Chính thức, Liên kết góp vốn or Liên kết không góp vốn</source>
      <translation>Loại thành viên "{value}" không rõ: ghi Chính thức, Liên kết góp vốn hoặc Liên kết không góp vốn</translation>
    </message>
    <message>
      <source>Unknown member type: {value}</source>
      <translation>Loại thành viên không hợp lệ: {value}</translation>
    </message>
    <message>
      <source>Unknown sex "{value}": write Nam or Nữ</source>
      <translation>Giới tính "{value}" không rõ: ghi Nam hoặc Nữ</translation>
    </message>
    <message>
      <source>Unknown status "{value}": write Đang hoạt động, or Đã ra khỏi HTX ngày dd/mm/yyyy</source>
      <translation>Trạng thái "{value}" không rõ: ghi Đang hoạt động, hoặc Đã ra khỏi HTX ngày dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Unknown status: {value}</source>
      <translation>Trạng thái không hợp lệ: {value}</translation>
    </message>
    <message>
      <source>Value (đồng)</source>
      <translation>Giá trị (đồng)</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Cảnh báo</translation>
    </message>
    <message>
      <source>Warning: {message}</source>
      <translation>Cảnh báo: {message}</translation>
    </message>
    <message>
      <source>Windows-1258 (old Vietnamese code page)</source>
      <translation>Windows-1258 (bảng mã tiếng Việt cũ)</translation>
    </message>
    <message>
      <source>Write --map FIELD=COLUMN with FIELD one of: {fields}</source>
      <translation>Viết --map TRƯỜNG=CỘT, với TRƯỜNG là một trong: {fields}</translation>
    </message>
    <message>
      <source>below the totals row</source>
      <translation>nằm dưới dòng tổng cộng</translation>
    </message>
    <message>
      <source>blank row</source>
      <translation>dòng trống</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>dấu phẩy</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>dấu chấm phẩy</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>dấu tab</translation>
    </message>
    <message>
      <source>totals row</source>
      <translation>dòng tổng cộng</translation>
    </message>
    <message>
      <source>{name} has capital contributions and cannot be deleted. Open the member and set the status to "Left" with the date and reason.</source>
      <translation>{name} đã góp vốn nên không được xóa. Hãy mở thành viên, chọn trạng thái "Đã ra khỏi HTX" và ghi ngày, lý do.</translation>
    </message>
    <message>
      <source>{name} would hold {pct} of the charter capital ({amount}): one official member may hold at most 30%, that is {limit} (Law 17/2023 Art. 74)</source>
      <translation>{name} sẽ nắm {pct} vốn điều lệ ({amount}): mỗi thành viên chính thức chỉ được góp tối đa 30%, tức là {limit} (Luật HTX 2023, Điều 74)</translation>
    </message>
    <message>
      <source>{name} would hold {pct} of the charter capital: one official member may hold at most 30% (Law 17/2023 Art. 74)</source>
      <translation>{name} sẽ nắm {pct} vốn điều lệ: mỗi thành viên chính thức chỉ được góp tối đa 30% (Luật HTX 2023, Điều 74)</translation>
    </message>
    <message>
      <source>{n} member rows read.</source>
      <translation>Đã đọc {n} dòng thành viên.</translation>
    </message>
    <message>
      <source>{n} members: {official} official, {assoc} associate with capital, {assoc0} associate without capital; capital committed {committed}, paid {paid}.</source>
      <translation>{n} thành viên: {official} chính thức, {assoc} liên kết góp vốn, {assoc0} liên kết không góp vốn; vốn góp cam kết {committed}, đã góp {paid}.</translation>
    </message>
    <message>
      <source>{n} problems: nothing can be imported until they are corrected.</source>
      <translation>{n} lỗi: chưa thể nhập cho đến khi sửa hết.</translation>
    </message>
    <message>
      <source>{n} rows ignored (blank rows, totals row and below).</source>
      <translation>Bỏ qua {n} dòng (dòng trống, dòng tổng cộng và phần bên dưới).</translation>
    </message>
    <message>
      <source>{path} is an old Excel 97–2003 file: open it in Excel and save it as .xlsx or CSV UTF-8.</source>
      <translation>{path} là tệp Excel 97–2003 cũ: hãy mở bằng Excel và lưu lại dạng .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
      <source>{what} {value} is not a whole number</source>
      <translation>{what} {value} không phải số nguyên</translation>
    </message>
    <message>
      <source>{what} {value} was shortened by Excel (scientific notation); format the column as Text and type it again</source>
      <translation>{what} {value} đã bị Excel rút gọn (dạng số mũ); hãy định dạng cột là Văn bản (Text) rồi nhập lại</translation>
    </message>
  </context>
</TS>
