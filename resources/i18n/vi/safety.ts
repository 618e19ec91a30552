<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source>&amp;Back up to…</source>
      <translation>&amp;Sao lưu ra…</translation>
    </message>
    <message>
      <source>&amp;History of the selected record…</source>
      <translation>&amp;Lịch sử thay đổi của bản ghi đang chọn…</translation>
    </message>
    <message>
      <source>&amp;Restore from…</source>
      <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
      <source>&amp;Users…</source>
      <translation>&amp;Người dùng…</translation>
    </message>
    <message>
      <source>(details)</source>
      <translation>(chi tiết)</translation>
    </message>
    <message>
      <source>(has a password)</source>
      <translation>(có mật khẩu)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Contains:&lt;/b&gt; {counts}</source>
      <translation>&lt;b&gt;Nội dung:&lt;/b&gt; {counts}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Cooperative:&lt;/b&gt; {name}</source>
      <translation>&lt;b&gt;Hợp tác xã:&lt;/b&gt; {name}</translation>
    </message>
    <message>
      <source>&lt;b&gt;File:&lt;/b&gt; {path}</source>
      <translation>&lt;b&gt;Tệp:&lt;/b&gt; {path}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Made:&lt;/b&gt; {when}</source>
      <translation>&lt;b&gt;Thời điểm sao lưu:&lt;/b&gt; {when}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Size:&lt;/b&gt; {size}</source>
      <translation>&lt;b&gt;Dung lượng:&lt;/b&gt; {size}</translation>
    </message>
    <message>
      <source>&lt;b&gt;This backup cannot be restored:&lt;/b&gt;&lt;br&gt;{reason}</source>
      <translation>&lt;b&gt;Không thể khôi phục bản sao lưu này:&lt;/b&gt;&lt;br&gt;{reason}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Why it was made:&lt;/b&gt; {reason}</source>
      <translation>&lt;b&gt;Lý do sao lưu:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
      <source>A backup cannot be made in the middle of saving; nothing was changed.</source>
      <translation>Không thể sao lưu khi đang lưu dở; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
      <source>A user named {name} already exists</source>
      <translation>Đã có người dùng tên {name}</translation>
    </message>
    <message>
      <source>A value breaks a rule of the cooperative file ({detail}); nothing was saved.</source>
      <translation>Một giá trị vi phạm quy tắc của tệp hợp tác xã ({detail}); chưa có gì được lưu.</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Tài khoản kế toán</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Thêm người dùng</translation>
    </message>
    <message>
      <source>Added at</source>
      <translation>Thêm lúc</translation>
    </message>
    <message>
      <source>Adjusts voucher</source>
      <translation>Điều chỉnh chứng từ</translation>
    </message>
    <message>
      <source>All actions</source>
      <translation>Mọi thao tác</translation>
    </message>
    <message>
      <source>All record types</source>
      <translation>Mọi loại bản ghi</translation>
    </message>
    <message>
      <source>All users</source>
      <translation>Mọi người dùng</translation>
    </message>
    <message>
      <source>An attached file cannot be read</source>
      <translation>Không đọc được tệp đính kèm</translation>
    </message>
    <message>
      <source>Another program or another OCOP Desktop window is writing this file. Close it, wait a moment and try again.</source>
      <translation>Một chương trình khác hoặc một cửa sổ OCOP Desktop khác đang ghi vào tệp này. Hãy đóng nó, chờ một lát rồi thử lại.</translation>
    </message>
    <message>
      <source>Answers filled in from the records</source>
      <translation>Câu trả lời điền sẵn từ dữ liệu</translation>
    </message>
    <message>
      <source>App user</source>
      <translation>Người dùng</translation>
    </message>
    <message>
      <source>Assessed by</source>
      <translation>Người đánh giá</translation>
    </message>
    <message>
      <source>Assessment round</source>
      <translation>Kỳ đánh giá</translation>
    </message>
    <message>
      <source>Assessment score</source>
      <translation>Điểm đánh giá</translation>
    </message>
    <message>
      <source>Asset</source>
      <translation>Tài sản</translation>
    </message>
    <message>
      <source>Automatic backup</source>
      <translation>Sao lưu tự động</translation>
    </message>
    <message>
      <source>Automatic backup made: {path}</source>
      <translation>Đã tự động sao lưu: {path}</translation>
    </message>
    <message>
      <source>Back up to</source>
      <translation>Sao lưu ra</translation>
    </message>
    <message>
      <source>Backing up the file first: {pct}%</source>
      <translation>Đang sao lưu tệp trước: {pct}%</translation>
    </message>
    <message>
      <source>Backing up the file first…</source>
      <translation>Đang sao lưu tệp trước…</translation>
    </message>
    <message>
      <source>Backup written and checked: {path} ({size})</source>
      <translation>Đã ghi và kiểm tra bản sao lưu: {path} ({size})</translation>
    </message>
    <message>
      <source>Built in</source>
      <translation>Có sẵn</translation>
    </message>
    <message>
      <source>Cannot add the user</source>
      <translation>Không thêm được người dùng</translation>
    </message>
    <message>
      <source>Changes (old → new)</source>
      <translation>Thay đổi (cũ → mới)</translation>
    </message>
    <message>
      <source>Charter capital</source>
      <translation>Vốn điều lệ</translation>
    </message>
    <message>
      <source>Check that the file still exists and that the USB stick or network drive holding it is connected, then attach it again.</source>
      <translation>Hãy kiểm tra tệp còn đó và USB hoặc ổ mạng chứa tệp vẫn đang kết nối, rồi đính kèm lại.</translation>
    </message>
    <message>
      <source>Check the message above and try again.</source>
      <translation>Hãy xem thông báo ở trên rồi thử lại.</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
      <source>Choose a backup file, not the open cooperative file itself.</source>
      <translation>Hãy chọn một tệp sao lưu, không phải chính tệp hợp tác xã đang mở.</translation>
    </message>
    <message>
      <source>Choose another folder (for example Documents), check that the USB stick is plugged in and not full, and close the file if it is open in Excel or Word.</source>
      <translation>Hãy chọn thư mục khác (ví dụ Tài liệu), kiểm tra USB đã cắm và chưa đầy, và đóng tệp nếu nó đang mở trong Excel hoặc Word.</translation>
    </message>
    <message>
      <source>Choose the backup to bring back. The cooperative file as it is now will be backed up first, so nothing is lost.</source>
      <translation>Chọn bản sao lưu cần khôi phục. Tệp hợp tác xã ở trạng thái hiện tại sẽ được sao lưu trước, nên không mất dữ liệu nào.</translation>
    </message>
    <message>
      <source>Choose the cooperative's .ocop file. If this was your file, it may have been overwritten: restore a backup with File ▸ Restore from….</source>
      <translation>Hãy chọn tệp .ocop của hợp tác xã. Nếu đây đúng là tệp của bạn, có thể nó đã bị ghi đè: hãy khôi phục một bản sao lưu bằng Tệp ▸ Khôi phục từ bản sao lưu….</translation>
    </message>
    <message>
      <source>Choose your name. Changes you make are recorded under it.</source>
      <translation>Chọn tên của bạn. Mọi thay đổi bạn thực hiện sẽ được ghi lại dưới tên này.</translation>
    </message>
    <message>
      <source>Contract start</source>
      <translation>Ngày bắt đầu hợp đồng</translation>
    </message>
    <message>
      <source>Cooperative profile</source>
      <translation>Hồ sơ hợp tác xã</translation>
    </message>
    <message>
      <source>Correct the fields named above and save again.</source>
      <translation>Hãy sửa các trường nêu ở trên rồi lưu lại.</translation>
    </message>
    <message>
      <source>Could not write the backup {path}: {reason}</source>
      <translation>Không ghi được bản sao lưu {path}: {reason}</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}. Nothing was written there.</source>
      <translation>Không ghi được {path}: {reason}. Không có gì được ghi vào đó.</translation>
    </message>
    <message>
      <source>Council assessment</source>
      <translation>Hội đồng đánh giá</translation>
    </message>
    <message>
      <source>Created at</source>
      <translation>Tạo lúc</translation>
    </message>
    <message>
      <source>Criteria chosen</source>
      <translation>Mức đã chọn của các tiêu chí</translation>
    </message>
    <message>
      <source>Customer / supplier</source>
      <translation>Khách hàng / nhà cung cấp</translation>
    </message>
    <message>
      <source>Date ended</source>
      <translation>Ngày chấm dứt</translation>
    </message>
    <message>
      <source>Date of leaving</source>
      <translation>Ngày ra khỏi HTX</translation>
    </message>
    <message>
      <source>Date submitted</source>
      <translation>Ngày nộp</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation>Phân phối thu nhập</translation>
    </message>
    <message>
      <source>Do not save anything into it. Restore the newest good backup; the damaged file is kept as a copy for whoever supports you.</source>
      <translation>Đừng lưu thêm gì vào tệp này. Hãy khôi phục bản sao lưu tốt mới nhất; tệp bị hỏng được giữ lại một bản để người hỗ trợ kiểm tra.</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <source>Dossier file</source>
      <translation>Tệp hồ sơ</translation>
    </message>
    <message>
      <source>Dossier item</source>
      <translation>Mục hồ sơ</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Đã chấm dứt</translation>
    </message>
    <message>
      <source>Enter the user's name</source>
      <translation>Nhập tên người dùng</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>Người nhập</translation>
    </message>
    <message>
      <source>Equity</source>
      <translation>Vốn chủ sở hữu</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Minh chứng</translation>
    </message>
    <message>
      <source>Evidence notes</source>
      <translation>Ghi chú minh chứng</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Bảng tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>Expense</source>
      <translation>Chi phí</translation>
    </message>
    <message>
      <source>Expiry date</source>
      <translation>Ngày hết hạn</translation>
    </message>
    <message>
      <source>Export the history</source>
      <translation>Xuất lịch sử thay đổi</translation>
    </message>
    <message>
      <source>Exporting the history…</source>
      <translation>Đang xuất lịch sử thay đổi…</translation>
    </message>
    <message>
      <source>Field code</source>
      <translation>Mã trường dữ liệu</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Tên tệp</translation>
    </message>
    <message>
      <source>Food safety certificate date</source>
      <translation>Ngày cấp giấy chứng nhận an toàn thực phẩm</translation>
    </message>
    <message>
      <source>Food safety certificate no.</source>
      <translation>Số giấy chứng nhận an toàn thực phẩm</translation>
    </message>
    <message>
      <source>Food safety certificate valid until</source>
      <translation>Giấy chứng nhận an toàn thực phẩm có hiệu lực đến</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Lịch sử</translation>
    </message>
    <message>
      <source>History of changes</source>
      <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
      <source>History of {what}</source>
      <translation>Lịch sử của {what}</translation>
    </message>
    <message>
      <source>House no., street, village</source>
      <translation>Số nhà, đường, thôn/xóm</translation>
    </message>
    <message>
      <source>Install the newest version of OCOP Desktop on this computer, then open the file again. The file was not changed.</source>
      <translation>Hãy cài phiên bản OCOP Desktop mới nhất trên máy này rồi mở lại tệp. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <source>Internal transaction</source>
      <translation>Giao dịch nội bộ</translation>
    </message>
    <message>
      <source>Issuing level</source>
      <translation>Cấp công nhận</translation>
    </message>
    <message>
      <source>Knock-out criteria</source>
      <translation>Tiêu chí loại trừ</translation>
    </message>
    <message>
      <source>Knock-out reason</source>
      <translation>Lý do bị loại</translation>
    </message>
    <message>
      <source>Liability</source>
      <translation>Nợ phải trả</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Locked at</source>
      <translation>Khóa sổ lúc</translation>
    </message>
    <message>
      <source>Locked by</source>
      <translation>Người khóa sổ</translation>
    </message>
    <message>
      <source>Locked month</source>
      <translation>Tháng đã khóa sổ</translation>
    </message>
    <message>
      <source>Making today's automatic backup in the background; you can keep working…</source>
      <translation>Đang tự động sao lưu hôm nay ở chế độ nền; bạn vẫn làm việc bình thường…</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Tên:</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>Giá trị mới</translation>
    </message>
    <message>
      <source>New value (as stored)</source>
      <translation>Giá trị mới (dạng lưu trữ)</translation>
    </message>
    <message>
      <source>Newest good backup: {path} ({made}). Restore it with: restore "{path}" --db "{db}"</source>
      <translation>Bản sao lưu tốt mới nhất: {path} ({made}). Khôi phục bằng lệnh: restore "{path}" --db "{db}"</translation>
    </message>
    <message>
      <source>No automatic backups of this file yet. Use “Other file…” to pick one.</source>
      <translation>Tệp này chưa có bản sao lưu tự động. Bấm “Tệp khác…” để chọn một bản.</translation>
    </message>
    <message>
      <source>No backups yet. Folder: {path}</source>
      <translation>Chưa có bản sao lưu. Thư mục: {path}</translation>
    </message>
    <message>
      <source>Normal balance</source>
      <translation>Số dư thông thường</translation>
    </message>
    <message>
      <source>Nothing was saved. Free some space (empty the Recycle Bin, delete large downloads or move photos), then do it again. Your data up to the last save is safe.</source>
      <translation>Chưa có gì được lưu. Hãy giải phóng dung lượng (dọn Thùng rác, xóa các tệp tải về lớn hoặc chuyển ảnh đi nơi khác) rồi làm lại. Dữ liệu đến lần lưu gần nhất vẫn an toàn.</translation>
    </message>
    <message>
      <source>OS account</source>
      <translation>Tài khoản máy tính</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>Giá trị cũ</translation>
    </message>
    <message>
      <source>Old value (as stored)</source>
      <translation>Giá trị cũ (dạng lưu trữ)</translation>
    </message>
    <message>
      <source>Open read-only?</source>
      <translation>Mở ở chế độ chỉ đọc?</translation>
    </message>
    <message>
      <source>Open the file read-only, to look at it without saving?</source>
      <translation>Mở tệp ở chế độ chỉ đọc để xem mà không lưu?</translation>
    </message>
    <message>
      <source>Opened read-only</source>
      <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
      <source>Origin of raw materials</source>
      <translation>Nguồn gốc nguyên liệu</translation>
    </message>
    <message>
      <source>Other file…</source>
      <translation>Tệp khác…</translation>
    </message>
    <message>
      <source>Parent account</source>
      <translation>Tài khoản cấp trên</translation>
    </message>
    <message>
      <source>Part A</source>
      <translation>Phần A</translation>
    </message>
    <message>
      <source>Part B</source>
      <translation>Phần B</translation>
    </message>
    <message>
      <source>Part C</source>
      <translation>Phần C</translation>
    </message>
    <message>
      <source>Password (optional):</source>
      <translation>Mật khẩu (không bắt buộc):</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Mật khẩu:</translation>
    </message>
    <message>
      <source>Please check the data</source>
      <translation>Vui lòng kiểm tra dữ liệu</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>Đã ghi sổ</translation>
    </message>
    <message>
      <source>Product samples</source>
      <translation>Mẫu sản phẩm</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Record id</source>
      <translation>Mã bản ghi</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>Loại bản ghi</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>Xóa người đã chọn</translation>
    </message>
    <message>
      <source>Remove {name} from the list? Their past changes keep their name.</source>
      <translation>Xóa {name} khỏi danh sách? Các thay đổi trước đây vẫn giữ tên người này.</translation>
    </message>
    <message>
      <source>Replace the cooperative's data with the backup of {when}? Changes made after that time will be kept only in the backup of the current state.</source>
      <translation>Thay dữ liệu của hợp tác xã bằng bản sao lưu lúc {when}? Những thay đổi sau thời điểm đó chỉ còn trong bản sao lưu của trạng thái hiện tại.</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>Người đại diện</translation>
    </message>
    <message>
      <source>Representative is a woman or from an ethnic minority</source>
      <translation>Người đại diện là nữ hoặc người dân tộc thiểu số</translation>
    </message>
    <message>
      <source>Representative's sex</source>
      <translation>Giới tính người đại diện</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
      <source>Restore the backup of {when}</source>
      <translation>Khôi phục bản sao lưu lúc {when}</translation>
    </message>
    <message>
      <source>Restored {path} from the backup of {made}.</source>
      <translation>Đã khôi phục {path} từ bản sao lưu lúc {made}.</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Xác định kết quả</translation>
    </message>
    <message>
      <source>SHA-256 fingerprint</source>
      <translation>Mã băm SHA-256</translation>
    </message>
    <message>
      <source>Scoring form</source>
      <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
      <source>Search in values (name, number…)</source>
      <translation>Tìm trong giá trị (tên, số…)</translation>
    </message>
    <message>
      <source>Searching… %p%</source>
      <translation>Đang tìm… %p%</translation>
    </message>
    <message>
      <source>Select a record first (for example a member in the list).</source>
      <translation>Hãy chọn một bản ghi trước (ví dụ một thành viên trong danh sách).</translation>
    </message>
    <message>
      <source>Self-declaration no.</source>
      <translation>Số bản tự công bố sản phẩm</translation>
    </message>
    <message>
      <source>Sequence no.</source>
      <translation>Số thứ tự</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <source>Stars sought</source>
      <translation>Số sao đăng ký</translation>
    </message>
    <message>
      <source>Stop searching</source>
      <translation>Dừng tìm</translation>
    </message>
    <message>
      <source>Tax code</source>
      <translation>Mã số thuế</translation>
    </message>
    <message>
      <source>The action could not be done</source>
      <translation>Không thực hiện được thao tác</translation>
    </message>
    <message>
      <source>The attached file {path} cannot be read: {reason}.</source>
      <translation>Không đọc được tệp đính kèm {path}: {reason}.</translation>
    </message>
    <message>
      <source>The automatic backup failed: {reason}</source>
      <translation>Sao lưu tự động không thành công: {reason}</translation>
    </message>
    <message>
      <source>The backup failed</source>
      <translation>Sao lưu không thành công</translation>
    </message>
    <message>
      <source>The backup of {when} was restored. The damaged file is kept as {path}.</source>
      <translation>Đã khôi phục bản sao lưu lúc {when}. Tệp bị hỏng được giữ lại tại {path}.</translation>
    </message>
    <message>
      <source>The backup was not kept. Check the target disk has space and try again; your cooperative file was not changed.</source>
      <translation>Bản sao lưu không được giữ lại. Hãy kiểm tra ổ đích còn chỗ trống rồi thử lại; tệp hợp tác xã không bị thay đổi.</translation>
    </message>
    <message>
      <source>The backup was restored. The data as it was before is kept in {path}.</source>
      <translation>Đã khôi phục bản sao lưu. Dữ liệu trước khi khôi phục được giữ tại {path}.</translation>
    </message>
    <message>
      <source>The backup was stopped; nothing was changed.</source>
      <translation>Đã dừng sao lưu; không có gì bị thay đổi.</translation>
    </message>
    <message>
      <source>The backup was written and checked: {path} ({size}).</source>
      <translation>Đã ghi và kiểm tra bản sao lưu: {path} ({size}).</translation>
    </message>
    <message>
      <source>The backup {path} failed its check: {problem}</source>
      <translation>Bản sao lưu {path} không qua được bước kiểm tra: {problem}</translation>
    </message>
    <message>
      <source>The backup {path} is damaged and cannot be restored.</source>
      <translation>Bản sao lưu {path} bị hỏng, không thể khôi phục.</translation>
    </message>
    <message>
      <source>The details are also written to the log file {path}</source>
      <translation>Chi tiết cũng được ghi vào tệp nhật ký {path}</translation>
    </message>
    <message>
      <source>The disk is full</source>
      <translation>Ổ đĩa đã đầy</translation>
    </message>
    <message>
      <source>The disk, USB stick or folder is read-only, or you lack permission. Copy the file to a folder on this computer (for example Documents) and open that copy, or slide the USB stick's lock switch off.</source>
      <translation>Ổ đĩa, USB hoặc thư mục chỉ cho phép đọc, hoặc bạn không có quyền ghi. Hãy chép tệp vào một thư mục trên máy này (ví dụ Tài liệu) rồi mở bản chép đó, hoặc gạt khóa chống ghi của USB sang vị trí mở.</translation>
    </message>
    <message>
      <source>The export cannot be written there</source>
      <translation>Không ghi được tệp xuất vào đó</translation>
    </message>
    <message>
      <source>The file cannot be written</source>
      <translation>Không ghi được vào tệp</translation>
    </message>
    <message>
      <source>The file has no cooperative data yet.</source>
      <translation>Tệp chưa có dữ liệu hợp tác xã.</translation>
    </message>
    <message>
      <source>The file is damaged</source>
      <translation>Tệp bị hỏng</translation>
    </message>
    <message>
      <source>The file is damaged ({n} faults found by SQLite's integrity check). First: {first}</source>
      <translation>Tệp bị hỏng (bước kiểm tra toàn vẹn của SQLite tìm thấy {n} lỗi). Lỗi đầu tiên: {first}</translation>
    </message>
    <message>
      <source>The file is from a newer version</source>
      <translation>Tệp được tạo bởi phiên bản mới hơn</translation>
    </message>
    <message>
      <source>The file is in a cloud-synced folder ({name}). Sync programs can copy it half-written and lose data. Keep the file in a local folder and back it up with File ▸ Back up to… instead.</source>
      <translation>Tệp nằm trong thư mục đồng bộ đám mây ({name}). Chương trình đồng bộ có thể sao chép tệp khi đang ghi dở và làm mất dữ liệu. Hãy để tệp trong một thư mục trên máy này và sao lưu bằng Tệp ▸ Sao lưu ra….</translation>
    </message>
    <message>
      <source>The file is in use</source>
      <translation>Tệp đang được sử dụng</translation>
    </message>
    <message>
      <source>The file is on a network share. If the network drops while saving, data can be lost. Keep the file on this computer and back it up with File ▸ Back up to….</source>
      <translation>Tệp nằm trên thư mục chia sẻ qua mạng. Nếu mất mạng khi đang lưu, dữ liệu có thể bị mất. Hãy để tệp trên máy này và sao lưu bằng Tệp ▸ Sao lưu ra….</translation>
    </message>
    <message>
      <source>The file is open in another program and cannot be replaced now. {holder}</source>
      <translation>Tệp đang được mở trong chương trình khác nên chưa thể thay thế. {holder}</translation>
    </message>
    <message>
      <source>The file is open read-only.</source>
      <translation>Tệp đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
      <source>The file is open read-only; it cannot be replaced now.</source>
      <translation>Tệp đang mở ở chế độ chỉ đọc; chưa thể thay thế.</translation>
    </message>
    <message>
      <source>The file {path} cannot be read: {reason}</source>
      <translation>Không đọc được tệp {path}: {reason}</translation>
    </message>
    <message>
      <source>The file {path} could not be read or written (disk error). If it is on a USB stick, check that the stick is still plugged in.</source>
      <translation>Không đọc hoặc ghi được tệp {path} (lỗi ổ đĩa). Nếu tệp nằm trên USB, hãy kiểm tra USB vẫn đang cắm.</translation>
    </message>
    <message>
      <source>The file {path} is empty.</source>
      <translation>Tệp {path} trống.</translation>
    </message>
    <message>
      <source>The state before restoring was saved as {path}</source>
      <translation>Trạng thái trước khi khôi phục đã được lưu tại {path}</translation>
    </message>
    <message>
      <source>This file is being edited elsewhere, so it was opened read-only: you can look but not save. {holder} Close it there, then open it again here.</source>
      <translation>Tệp này đang được chỉnh sửa ở nơi khác nên được mở ở chế độ chỉ đọc: bạn xem được nhưng không lưu được. {holder} Hãy đóng tệp ở đó rồi mở lại ở đây.</translation>
    </message>
    <message>
      <source>This is done once and may take a few minutes; please keep the program open.</source>
      <translation>Việc này chỉ làm một lần và có thể mất vài phút; xin đừng tắt chương trình.</translation>
    </message>
    <message>
      <source>This is not a cooperative file</source>
      <translation>Đây không phải tệp dữ liệu hợp tác xã</translation>
    </message>
    <message>
      <source>Total score</source>
      <translation>Tổng điểm</translation>
    </message>
    <message>
      <source>Trademark certificate no.</source>
      <translation>Số giấy chứng nhận nhãn hiệu</translation>
    </message>
    <message>
      <source>Updated at</source>
      <translation>Sửa lúc</translation>
    </message>
    <message>
      <source>Upgrading the data file for this version of the program…</source>
      <translation>Đang nâng cấp tệp dữ liệu cho phiên bản chương trình này…</translation>
    </message>
    <message>
      <source>Upgrading {name}</source>
      <translation>Nâng cấp {name}</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Người dùng</translation>
    </message>
    <message>
      <source>Voucher</source>
      <translation>Chứng từ</translation>
    </message>
    <message>
      <source>Voucher line</source>
      <translation>Dòng chứng từ</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <source>When the list is not empty, OCOP Desktop asks who is working at start and records every change under that name. A password is optional.</source>
      <translation>Khi danh sách có tên, OCOP Desktop sẽ hỏi ai đang làm việc lúc khởi động và ghi mọi thay đổi dưới tên đó. Mật khẩu là không bắt buộc.</translation>
    </message>
    <message>
      <source>Where the file is kept</source>
      <translation>Nơi lưu tệp</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <source>Who is working?</source>
      <translation>Ai đang làm việc?</translation>
    </message>
    <message>
      <source>Why it ended</source>
      <translation>Lý do chấm dứt</translation>
    </message>
    <message>
      <source>Wrong password.</source>
      <translation>Sai mật khẩu.</translation>
    </message>
    <message>
      <source>added</source>
      <translation>thêm mới</translation>
    </message>
    <message>
      <source>assessments</source>
      <translation>phiếu đánh giá</translation>
    </message>
    <message>
      <source>automatic (daily)</source>
      <translation>tự động (hằng ngày)</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>trước khi nhập dữ liệu</translation>
    </message>
    <message>
      <source>before posting a distribution</source>
      <translation>trước khi ghi sổ phân phối thu nhập</translation>
    </message>
    <message>
      <source>before restoring a backup</source>
      <translation>trước khi khôi phục bản sao lưu</translation>
    </message>
    <message>
      <source>before upgrading the file</source>
      <translation>trước khi nâng cấp tệp</translation>
    </message>
    <message>
      <source>capital contributions</source>
      <translation>lần góp vốn</translation>
    </message>
    <message>
      <source>certificates</source>
      <translation>giấy chứng nhận</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>sửa đổi</translation>
    </message>
    <message>
      <source>copy of a damaged file</source>
      <translation>bản chép của tệp bị hỏng</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>xóa</translation>
    </message>
    <message>
      <source>disk error (was a USB stick removed?)</source>
      <translation>lỗi ổ đĩa (USB có bị rút ra không?)</translation>
    </message>
    <message>
      <source>dossiers</source>
      <translation>hồ sơ</translation>
    </message>
    <message>
      <source>history entries</source>
      <translation>mục lịch sử</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>đó là một thư mục</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>sao lưu thủ công</translation>
    </message>
    <message>
      <source>members</source>
      <translation>thành viên</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>không có quyền truy cập</translation>
    </message>
    <message>
      <source>products</source>
      <translation>sản phẩm</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
      <source>the disk or USB stick is read-only</source>
      <translation>ổ đĩa hoặc USB chỉ cho phép đọc</translation>
    </message>
    <message>
      <source>the file or folder does not exist</source>
      <translation>tệp hoặc thư mục không tồn tại</translation>
    </message>
    <message>
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <source>vouchers</source>
      <translation>chứng từ</translation>
    </message>
    <message>
      <source>{n} changes</source>
      <translation>{n} thay đổi</translation>
    </message>
    <message>
      <source>{n} changes (search stopped)</source>
      <translation>{n} thay đổi (đã dừng tìm)</translation>
    </message>
    <message>
      <source>{n} changes written to {path}</source>
      <translation>Đã ghi {n} thay đổi vào {path}</translation>
    </message>
    <message>
      <source>{n} rows point to records that do not exist (tables: {tables}).</source>
      <translation>{n} dòng trỏ tới bản ghi không tồn tại (bảng: {tables}).</translation>
    </message>
    <message>
      <source>{path} holds no cooperative data (no cooperative profile): it is not a backup to restore.</source>
      <translation>{path} không chứa dữ liệu hợp tác xã nào (chưa có thông tin hợp tác xã): đây không phải bản sao lưu để khôi phục.</translation>
    </message>
    <message>
      <source>{path}: problems found:</source>
      <translation>{path}: phát hiện vấn đề:</translation>
    </message>
    <message>
      <source>{path}: the file cannot be used.</source>
      <translation>{path}: không dùng được tệp này.</translation>
    </message>
    <message>
      <source>{path}: the file is healthy.</source>
      <translation>{path}: tệp hoạt động tốt, không có lỗi.</translation>
    </message>
    <message>
      <source>{points} points</source>
      <translation>{points} điểm</translation>
    </message>
    <message>
      <source>{who} on computer {host} (process {pid}) has had it open since {since}.</source>
      <translation>{who} trên máy {host} (tiến trình {pid}) đang mở tệp từ {since}.</translation>
    </message>
  </context>
</TS>
