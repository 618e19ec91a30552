<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source>&amp;Add member</source>
      <translation>&amp;Thêm thành viên</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Nhập từ tệp…</translation>
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
      <source>All member types</source>
      <translation>Mọi loại thành viên</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Mọi trạng thái</translation>
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
      <source>Committed capital cannot be negative</source>
      <translation>Vốn cam kết không được âm</translation>
    </message>
    <message>
      <source>Contact address</source>
      <translation>Địa chỉ liên hệ</translation>
    </message>
    <message>
      <source>Contribution date {value} is in the future</source>
      <translation>Ngày góp vốn {value} ở tương lai</translation>
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
      <source>Delete {name} from the register? This is for entries made by mistake.</source>
      <translation>Xóa {name} khỏi sổ đăng ký? Chỉ dùng cho trường hợp nhập nhầm.</translation>
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
      <source>Export is not available in this version yet.</source>
      <translation>Phiên bản này chưa có chức năng xuất.</translation>
    </message>
    <message>
      <source>Export members</source>
      <translation>Xuất danh sách thành viên</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Nữ</translation>
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
      <source>ID number {value} is already used by {name}</source>
      <translation>Số định danh {value} đã được dùng cho {name}</translation>
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
      <source>Left</source>
      <translation>Đã ra khỏi HTX</translation>
    </message>
    <message>
      <source>Left {date}</source>
      <translation>Ra khỏi HTX {date}</translation>
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
      <source>Member type</source>
      <translation>Loại thành viên</translation>
    </message>
    <message>
      <source>Member {id} does not exist</source>
      <translation>Không có thành viên số {id}</translation>
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
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
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
      <source>Paid</source>
      <translation>Đã góp</translation>
    </message>
    <message>
      <source>Paid {paid} of {committed} ({pct})</source>
      <translation>Đã góp {paid} / {committed} ({pct})</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
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
      <source>The cooperative has {n} official members; the law requires at least 5 (Law 17/2023 Art. 4).</source>
      <translation>Hợp tác xã có {n} thành viên chính thức; luật yêu cầu tối thiểu 5 (Luật HTX 2023, Điều 4).</translation>
    </message>
    <message>
      <source>This member has capital contributions and cannot be deleted; record that the member left instead.</source>
      <translation>Thành viên này đã góp vốn nên không được xóa; hãy ghi nhận thành viên ra khỏi HTX.</translation>
    </message>
    <message>
      <source>Unknown asset type: {value}</source>
      <translation>Loại tài sản không hợp lệ: {value}</translation>
    </message>
    <message>
      <source>Unknown member type: {value}</source>
      <translation>Loại thành viên không hợp lệ: {value}</translation>
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
      <source>{name} has capital contributions and cannot be deleted. Open the member and set the status to "Left" with the date and reason.</source>
      <translation>{name} đã góp vốn nên không được xóa. Hãy mở thành viên, chọn trạng thái "Đã ra khỏi HTX" và ghi ngày, lý do.</translation>
    </message>
    <message>
      <source>{name} would hold {pct} of the charter capital: one official member may hold at most 30% (Law 17/2023 Art. 74)</source>
      <translation>{name} sẽ nắm {pct} vốn điều lệ: mỗi thành viên chính thức chỉ được góp tối đa 30% (Luật HTX 2023, Điều 74)</translation>
    </message>
  </context>
</TS>
