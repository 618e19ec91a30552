<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source> (read-only)</source>
      <translation> (chỉ đọc)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Sửa</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <source>&amp;New cooperative…</source>
      <translation>&amp;Tạo hợp tác xã mới…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Mở…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Thoát</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Cài đặt</translation>
    </message>
    <message>
      <source>(no cooperative profile)</source>
      <translation>(chưa có thông tin hợp tác xã)</translation>
    </message>
    <message>
      <source>10 or 13 digits</source>
      <translation>10 hoặc 13 chữ số</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Amount is empty</source>
      <translation>Chưa nhập số tiền</translation>
    </message>
    <message>
      <source>Amount {value} is not a whole number of đồng</source>
      <translation>Số tiền {value} không phải số đồng chẵn</translation>
    </message>
    <message>
      <source>Amount {value} is too large</source>
      <translation>Số tiền {value} quá lớn</translation>
    </message>
    <message>
      <source>Backing up the file before upgrading it…</source>
      <translation>Đang sao lưu tệp trước khi nâng cấp…</translation>
    </message>
    <message>
      <source>Cannot create the file</source>
      <translation>Không tạo được tệp</translation>
    </message>
    <message>
      <source>Cannot open the file</source>
      <translation>Không mở được tệp</translation>
    </message>
    <message>
      <source>Cannot save the copy</source>
      <translation>Không lưu được bản sao</translation>
    </message>
    <message>
      <source>Charter capital (đồng)</source>
      <translation>Vốn điều lệ (đồng)</translation>
    </message>
    <message>
      <source>Charter capital cannot be negative</source>
      <translation>Vốn điều lệ không được âm</translation>
    </message>
    <message>
      <source>Choose a different file name for the copy.</source>
      <translation>Hãy chọn tên tệp khác cho bản sao.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Commune / ward</source>
      <translation>Xã / phường</translation>
    </message>
    <message>
      <source>Cooperative</source>
      <translation>Hợp tác xã</translation>
    </message>
    <message>
      <source>Cooperative files (*.ocop *.sqlite *.db)</source>
      <translation>Tệp dữ liệu hợp tác xã (*.ocop *.sqlite *.db)</translation>
    </message>
    <message>
      <source>Cooperative files (*.ocop *.sqlite *.db);;All files (*)</source>
      <translation>Tệp dữ liệu hợp tác xã (*.ocop *.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Cooperative files (*.ocop)</source>
      <translation>Tệp dữ liệu hợp tác xã (*.ocop)</translation>
    </message>
    <message>
      <source>Cooperative name</source>
      <translation>Tên hợp tác xã</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Sao chép chi tiết</translation>
    </message>
    <message>
      <source>Copy saved to {path}</source>
      <translation>Đã lưu bản sao vào {path}</translation>
    </message>
    <message>
      <source>Could not use {path}: {reason}</source>
      <translation>Không dùng được {path}: {reason}</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}</source>
      <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
      <source>Create a new cooperative</source>
      <translation>Tạo hợp tác xã mới</translation>
    </message>
    <message>
      <source>Created {path}</source>
      <translation>Đã tạo {path}</translation>
    </message>
    <message>
      <source>Date is empty</source>
      <translation>Chưa nhập ngày</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Lỗi: {message}</translation>
    </message>
    <message>
      <source>Founding date</source>
      <translation>Ngày thành lập</translation>
    </message>
    <message>
      <source>Founding date is in the future</source>
      <translation>Ngày thành lập ở tương lai</translation>
    </message>
    <message>
      <source>Head office</source>
      <translation>Trụ sở chính</translation>
    </message>
    <message>
      <source>ID number must contain digits only: {value}</source>
      <translation>Số định danh chỉ gồm chữ số: {value}</translation>
    </message>
    <message>
      <source>ID number must have 12 digits: {value} has {n}</source>
      <translation>Số định danh phải có 12 chữ số: {value} có {n} chữ số</translation>
    </message>
    <message>
      <source>ID number {value} is an old 9-digit number; ask for the 12-digit personal ID</source>
      <translation>Số {value} là số CMND cũ 9 chữ số; hãy xin số định danh cá nhân 12 chữ số</translation>
    </message>
    <message>
      <source>ID number {value}: birth year {yy} disagrees with the date of birth ({year})</source>
      <translation>Số định danh {value}: năm sinh {yy} không khớp với ngày sinh ({year})</translation>
    </message>
    <message>
      <source>ID number {value}: digit 4 ({digit}) disagrees with sex and century of birth (expected {expected})</source>
      <translation>Số định danh {value}: chữ số thứ 4 ({digit}) không khớp với giới tính và thế kỷ sinh (phải là {expected})</translation>
    </message>
    <message>
      <source>ID number {value}: digit 4 ({digit}) disagrees with the century of birth</source>
      <translation>Số định danh {value}: chữ số thứ 4 ({digit}) không khớp với thế kỷ sinh</translation>
    </message>
    <message>
      <source>ID number {value}: province code {code} does not exist</source>
      <translation>Số định danh {value}: mã tỉnh {code} không tồn tại</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Legal representative</source>
      <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Thành viên</translation>
    </message>
    <message>
      <source>Name of the cooperative:</source>
      <translation>Tên hợp tác xã:</translation>
    </message>
    <message>
      <source>New cooperative</source>
      <translation>Hợp tác xã mới</translation>
    </message>
    <message>
      <source>New cooperative file</source>
      <translation>Tệp hợp tác xã mới</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>No page {page}; pages: {pages}</source>
      <translation>Không có trang {page}; các trang: {pages}</translation>
    </message>
    <message>
      <source>No permission to use {path}.</source>
      <translation>Không có quyền sử dụng {path}.</translation>
    </message>
    <message>
      <source>No screen available: cannot ask "{title}". {text}</source>
      <translation>Máy không có màn hình: không thể hỏi "{title}". {text}</translation>
    </message>
    <message>
      <source>No screen available: the window was drawn to {path}</source>
      <translation>Máy không có màn hình: cửa sổ đã được vẽ ra tệp {path}</translation>
    </message>
    <message>
      <source>No such date: {value}</source>
      <translation>Không có ngày này: {value}</translation>
    </message>
    <message>
      <source>Not a date (dd/mm/yyyy): {value}</source>
      <translation>Không phải ngày (dd/mm/yyyy): {value}</translation>
    </message>
    <message>
      <source>Not a valid Vietnamese phone number: {value}</source>
      <translation>Không phải số điện thoại Việt Nam hợp lệ: {value}</translation>
    </message>
    <message>
      <source>Not an amount of đồng: {value}</source>
      <translation>Không phải số tiền (đồng): {value}</translation>
    </message>
    <message>
      <source>Not an e-mail address: {value}</source>
      <translation>Không phải địa chỉ thư điện tử: {value}</translation>
    </message>
    <message>
      <source>Nothing was saved: this file is open read-only because another program is writing it. {holder} Close the file there, then open it here again.</source>
      <translation>Chưa lưu được gì: tệp này đang mở ở chế độ chỉ đọc vì một chương trình khác đang ghi vào tệp. {holder} Hãy đóng tệp ở đó rồi mở lại tệp ở đây.</translation>
    </message>
    <message>
      <source>OCOP Desktop keeps your cooperative's members, OCOP products and books on this computer. What would you like to do?</source>
      <translation>OCOP Desktop lưu thành viên, sản phẩm OCOP và sổ sách của hợp tác xã ngay trên máy tính này. Anh/chị muốn làm gì?</translation>
    </message>
    <message>
      <source>OCOP Desktop met an unexpected problem. Your saved data is safe. If it happens again, copy the details and send them to whoever supports you.</source>
      <translation>OCOP Desktop gặp sự cố ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Nếu lỗi lặp lại, hãy sao chép chi tiết và gửi cho người hỗ trợ.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Open a cooperative file</source>
      <translation>Mở tệp hợp tác xã</translation>
    </message>
    <message>
      <source>Open a cooperative file…</source>
      <translation>Mở tệp hợp tác xã…</translation>
    </message>
    <message>
      <source>Open the &amp;demo cooperative</source>
      <translation>Mở hợp tác xã &amp;mẫu</translation>
    </message>
    <message>
      <source>Open the demo cooperative (Liên Gia Trang)</source>
      <translation>Mở hợp tác xã mẫu (Liên Gia Trang)</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <source>Province / city</source>
      <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Làm lại</translation>
    </message>
    <message>
      <source>Registration / tax code</source>
      <translation>Mã số hợp tác xã / mã số thuế</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Hoàn tác thay đổi</translation>
    </message>
    <message>
      <source>Save a &amp;copy as…</source>
      <translation>Lưu &amp;bản sao thành…</translation>
    </message>
    <message>
      <source>Save a copy as</source>
      <translation>Lưu bản sao thành</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <source>Size must look like 1366x768</source>
      <translation>Kích thước phải có dạng 1366x768</translation>
    </message>
    <message>
      <source>Size must look like 1366x768 (from 640x480 to 7680x4320)</source>
      <translation>Kích thước phải có dạng 1366x768 (từ 640x480 đến 7680x4320)</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
      <source>Start with --demo to open the demo cooperative or --db FILE to open a file.</source>
      <translation>Hãy chạy với --demo để mở hợp tác xã mẫu hoặc --db TỆP để mở một tệp.</translation>
    </message>
    <message>
      <source>Tax code {value} is not valid (10 or 13 digits with a correct check digit)</source>
      <translation>Mã số thuế {value} không hợp lệ (10 hoặc 13 chữ số, chữ số kiểm tra đúng)</translation>
    </message>
    <message>
      <source>The cooperative's name is required</source>
      <translation>Phải nhập tên hợp tác xã</translation>
    </message>
    <message>
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>Ổ đĩa đã đầy: chưa có gì được lưu. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
      <source>The file is open read-only: nothing can be changed.</source>
      <translation>Tệp đang mở ở chế độ chỉ đọc: không thể thay đổi gì.</translation>
    </message>
    <message>
      <source>The file {path} already exists.</source>
      <translation>Tệp {path} đã tồn tại.</translation>
    </message>
    <message>
      <source>The file {path} cannot be opened.</source>
      <translation>Không mở được tệp {path}.</translation>
    </message>
    <message>
      <source>The file {path} cannot be written (read-only).</source>
      <translation>Không ghi được vào tệp {path} (chỉ đọc).</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
      <source>The file {path} is damaged.</source>
      <translation>Tệp {path} bị hỏng.</translation>
    </message>
    <message>
      <source>The file {path} is empty (0 bytes): its data is missing.</source>
      <translation>Tệp {path} trống (0 byte): dữ liệu trong tệp đã mất.</translation>
    </message>
    <message>
      <source>The file {path} is in use by another program.</source>
      <translation>Tệp {path} đang được chương trình khác sử dụng.</translation>
    </message>
    <message>
      <source>The file {path} is not a cooperative data file.</source>
      <translation>Tệp {path} không phải tệp dữ liệu hợp tác xã.</translation>
    </message>
    <message>
      <source>The file {path} needs upgrading and is open read-only.</source>
      <translation>Tệp {path} cần nâng cấp nhưng đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
      <source>The file {path} was made by a newer version of OCOP Desktop (data version {found}, this program reads up to {supported}). Update the program to open it.</source>
      <translation>Tệp {path} được tạo bởi phiên bản mới hơn của OCOP Desktop (phiên bản dữ liệu {found}, chương trình này chỉ đọc được đến {supported}). Hãy cập nhật chương trình để mở tệp.</translation>
    </message>
    <message>
      <source>The folder for {path} does not exist.</source>
      <translation>Thư mục để ghi {path} không tồn tại.</translation>
    </message>
    <message>
      <source>The legal representative is a woman or from an ethnic minority (OCOP criterion A3b)</source>
      <translation>Người đại diện theo pháp luật là nữ hoặc người dân tộc thiểu số (tiêu chí OCOP A3b)</translation>
    </message>
    <message>
      <source>The picture must be a .png file: {path}</source>
      <translation>Ảnh phải là tệp .png: {path}</translation>
    </message>
    <message>
      <source>This commune/ward is not in the chosen province</source>
      <translation>Xã/phường này không thuộc tỉnh đã chọn</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <source>Unknown sex: {value}</source>
      <translation>Giới tính không hợp lệ: {value}</translation>
    </message>
    <message>
      <source>Upgrading the data: step {n} of {total}…</source>
      <translation>Đang nâng cấp dữ liệu: bước {n}/{total}…</translation>
    </message>
    <message>
      <source>Village / street, house number</source>
      <translation>Thôn / đường phố, số nhà</translation>
    </message>
    <message>
      <source>Welcome to OCOP Desktop</source>
      <translation>Chào mừng đến với OCOP Desktop</translation>
    </message>
    <message>
      <source>Write the year with 4 digits: {value}</source>
      <translation>Hãy ghi năm đủ 4 chữ số: {value}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <source>not a writable PNG file</source>
      <translation>không ghi được tệp PNG</translation>
    </message>
    <message>
      <source>{path} is a folder, not a cooperative data file.</source>
      <translation>{path} là thư mục, không phải tệp dữ liệu hợp tác xã.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a file.</source>
      <translation>{path} là thư mục, không phải tệp.</translation>
    </message>
  </context>
</TS>
