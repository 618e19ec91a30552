<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source>(Decision 148/QĐ-TTg of 24/02/2023, Annex II)</source>
      <translation>(Theo Phụ lục II Quyết định số 148/QĐ-TTg ngày 24/02/2023)</translation>
    </message>
    <message>
      <source>(no evidence)</source>
      <translation>(chưa có minh chứng)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(không có)</translation>
    </message>
    <message>
      <source>(not chosen)</source>
      <translation>(chưa chọn)</translation>
    </message>
    <message>
      <source>(signature, full name, seal)</source>
      <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
      <source>1. Unit name</source>
      <translation>1. Tên chủ thể</translation>
    </message>
    <message>
      <source>10. Registration type</source>
      <translation>10. Hình thức đăng ký</translation>
    </message>
    <message>
      <source>11. Star rating sought</source>
      <translation>11. Hạng sao đề nghị</translation>
    </message>
    <message>
      <source>12. Number of product samples</source>
      <translation>12. Số lượng mẫu sản phẩm</translation>
    </message>
    <message>
      <source>13. Attached documents:</source>
      <translation>13. Hồ sơ kèm theo:</translation>
    </message>
    <message>
      <source>14. Commitment:</source>
      <translation>14. Cam kết:</translation>
    </message>
    <message>
      <source>2. Legal representative</source>
      <translation>2. Người đại diện theo pháp luật</translation>
    </message>
    <message>
      <source>3. Position</source>
      <translation>3. Chức vụ</translation>
    </message>
    <message>
      <source>4. Address</source>
      <translation>4. Địa chỉ</translation>
    </message>
    <message>
      <source>5. Phone</source>
      <translation>5. Điện thoại</translation>
    </message>
    <message>
      <source>6. Email</source>
      <translation>6. Thư điện tử</translation>
    </message>
    <message>
      <source>7. Tax code</source>
      <translation>7. Mã số thuế</translation>
    </message>
    <message>
      <source>8. Product name</source>
      <translation>8. Tên sản phẩm</translation>
    </message>
    <message>
      <source>9. Product group</source>
      <translation>9. Nhóm sản phẩm</translation>
    </message>
    <message>
      <source>&lt;b&gt;Complete: {pct} %&lt;/b&gt; — {done} of {total} documents in order; {missing} missing; {blockers} problems block submission.</source>
      <translation>&lt;b&gt;Hoàn thiện: {pct} %&lt;/b&gt; — {done}/{total} tài liệu đạt yêu cầu; thiếu {missing}; {blockers} vấn đề cản trở việc nộp hồ sơ.</translation>
    </message>
    <message>
      <source>A dossier cannot go from “{old}” to “{new}”.</source>
      <translation>Hồ sơ không thể chuyển từ “{old}” sang “{new}”.</translation>
    </message>
    <message>
      <source>A submitted dossier is a record and cannot be deleted.</source>
      <translation>Hồ sơ đã nộp là tài liệu lưu trữ, không thể xóa.</translation>
    </message>
    <message>
      <source>All checksums verified ({count} files).</source>
      <translation>Đã kiểm tra mã băm của tất cả {count} tệp.</translation>
    </message>
    <message>
      <source>Assessed on {date}</source>
      <translation>Ngày tự đánh giá: {date}</translation>
    </message>
    <message>
      <source>Attach evidence</source>
      <translation>Đính kèm minh chứng</translation>
    </message>
    <message>
      <source>Attach evidence: {label}</source>
      <translation>Đính kèm minh chứng: {label}</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>Đính kèm…</translation>
    </message>
    <message>
      <source>Back to draft</source>
      <translation>Trả về đang soạn</translation>
    </message>
    <message>
      <source>Certificate number</source>
      <translation>Số giấy chứng nhận</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <source>Checks that nothing blocks submission</source>
      <translation>Kiểm tra không còn vấn đề nào cản trở việc nộp</translation>
    </message>
    <message>
      <source>Choose the product of the dossier</source>
      <translation>Chọn sản phẩm của hồ sơ</translation>
    </message>
    <message>
      <source>Choose the registration type</source>
      <translation>Chọn hình thức đăng ký</translation>
    </message>
    <message>
      <source>Chosen option</source>
      <translation>Mức đã chọn</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Commune People's Committee that receives the dossier</source>
      <translation>UBND cấp xã tiếp nhận hồ sơ</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Hoàn thiện</translation>
    </message>
    <message>
      <source>Copy of the cooperative registration certificate</source>
      <translation>Bản sao Giấy chứng nhận đăng ký hợp tác xã</translation>
    </message>
    <message>
      <source>Could not read {path}: {reason}</source>
      <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
      <source>Criterion</source>
      <translation>Tiêu chí</translation>
    </message>
    <message>
      <source>Date of signing</source>
      <translation>Ngày ký</translation>
    </message>
    <message>
      <source>Dates…</source>
      <translation>Ngày tháng…</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation>Ngày quyết định</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Số quyết định</translation>
    </message>
    <message>
      <source>Delete dossier</source>
      <translation>Xóa hồ sơ</translation>
    </message>
    <message>
      <source>Delete this dossier and its attached files? This cannot be undone.</source>
      <translation>Xóa hồ sơ này cùng các tệp đính kèm? Không thể hoàn tác.</translation>
    </message>
    <message>
      <source>Document date</source>
      <translation>Ngày tài liệu</translation>
    </message>
    <message>
      <source>Document details</source>
      <translation>Thông tin tài liệu</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;All files (*)</source>
      <translation>Tài liệu (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <source>Dossier refused</source>
      <translation>Hồ sơ bị từ chối</translation>
    </message>
    <message>
      <source>Dossier status</source>
      <translation>Trạng thái hồ sơ</translation>
    </message>
    <message>
      <source>Dossier {id} does not exist</source>
      <translation>Không có hồ sơ số {id}</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Hồ sơ OCOP</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Đang soạn</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Sửa…</translation>
    </message>
    <message>
      <source>Enter the decision number</source>
      <translation>Nhập số quyết định</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Minh chứng</translation>
    </message>
    <message>
      <source>Evidence checklist</source>
      <translation>Danh mục minh chứng</translation>
    </message>
    <message>
      <source>Evidence document</source>
      <translation>Tài liệu minh chứng</translation>
    </message>
    <message>
      <source>Evidence documents for each criterion (see the list)</source>
      <translation>Các tài liệu minh chứng theo từng tiêu chí (theo danh mục)</translation>
    </message>
    <message>
      <source>Expiry</source>
      <translation>Hết hạn</translation>
    </message>
    <message>
      <source>Export ZIP…</source>
      <translation>Xuất tệp ZIP…</translation>
    </message>
    <message>
      <source>Export cancelled.</source>
      <translation>Đã hủy xuất hồ sơ.</translation>
    </message>
    <message>
      <source>Export the dossier</source>
      <translation>Xuất hồ sơ</translation>
    </message>
    <message>
      <source>Exported to {path}</source>
      <translation>Đã xuất ra {path}</translation>
    </message>
    <message>
      <source>Exporting the dossier…</source>
      <translation>Đang xuất hồ sơ…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Số tệp</translation>
    </message>
    <message>
      <source>Files of the selected document</source>
      <translation>Các tệp của tài liệu đang chọn</translation>
    </message>
    <message>
      <source>Fill again from the profile</source>
      <translation>Điền lại từ hồ sơ HTX</translation>
    </message>
    <message>
      <source>First evaluation</source>
      <translation>Đánh giá lần đầu</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Chung</translation>
    </message>
    <message>
      <source>General papers</source>
      <translation>Giấy tờ chung</translation>
    </message>
    <message>
      <source>In order</source>
      <translation>Đạt</translation>
    </message>
    <message>
      <source>Independence - Freedom - Happiness</source>
      <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
      <source>LEGAL REPRESENTATIVE</source>
      <translation>NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT</translation>
    </message>
    <message>
      <source>Mark ready</source>
      <translation>Đánh dấu sẵn sàng</translation>
    </message>
    <message>
      <source>Mark submitted</source>
      <translation>Đánh dấu đã nộp</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Thiếu</translation>
    </message>
    <message>
      <source>New dossier</source>
      <translation>Hồ sơ mới</translation>
    </message>
    <message>
      <source>New dossier…</source>
      <translation>Hồ sơ mới…</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Chưa có ngày</translation>
    </message>
    <message>
      <source>No dossier selected. Create one with “New dossier…”.</source>
      <translation>Chưa chọn hồ sơ. Tạo hồ sơ bằng nút “Hồ sơ mới…”.</translation>
    </message>
    <message>
      <source>No dossiers.</source>
      <translation>Chưa có hồ sơ nào.</translation>
    </message>
    <message>
      <source>No file</source>
      <translation>Chưa có tệp</translation>
    </message>
    <message>
      <source>No self-assessment is linked to this dossier.</source>
      <translation>Hồ sơ chưa gắn với phiếu tự đánh giá nào.</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Ghi chú: {note}</translation>
    </message>
    <message>
      <source>Nothing blocks submission.</source>
      <translation>Không còn vấn đề nào cản trở việc nộp hồ sơ.</translation>
    </message>
    <message>
      <source>Number of samples</source>
      <translation>Số lượng mẫu</translation>
    </message>
    <message>
      <source>OCOP dossier — {product} — {unit}</source>
      <translation>Hồ sơ OCOP — {product} — {unit}</translation>
    </message>
    <message>
      <source>One ZIP for the council: PDF, DOCX, evidence, manifest</source>
      <translation>Một tệp ZIP gửi hội đồng: PDF, DOCX, minh chứng, bản kê</translation>
    </message>
    <message>
      <source>One document per line</source>
      <translation>Mỗi dòng một tài liệu</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Open a dossier ZIP</source>
      <translation>Mở tệp ZIP hồ sơ</translation>
    </message>
    <message>
      <source>Open a dossier ZIP…</source>
      <translation>Mở tệp ZIP hồ sơ…</translation>
    </message>
    <message>
      <source>Open with the system viewer</source>
      <translation>Mở bằng trình xem của hệ thống</translation>
    </message>
    <message>
      <source>PDF preview needs the QtPdf module, which this installation does not have. Use “Open” to see it in the system viewer.</source>
      <translation>Xem trước PDF cần mô-đun QtPdf, bản cài đặt này không có. Bấm “Mở” để xem bằng trình xem của hệ thống.</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Trang</translation>
    </message>
    <message>
      <source>Page {page}/{pages}</source>
      <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
      <source>Part {letter}: {title}</source>
      <translation>Phần {letter}: {title}</translation>
    </message>
    <message>
      <source>Place of signing</source>
      <translation>Nơi ký</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <source>Product: {name} — {unit}</source>
      <translation>Sản phẩm: {name} — {unit}</translation>
    </message>
    <message>
      <source>REGISTRATION FORM FOR A PRODUCT IN THE OCOP PROGRAMME</source>
      <translation>PHIẾU ĐĂNG KÝ SẢN PHẨM THAM GIA CHƯƠNG TRÌNH OCOP</translation>
    </message>
    <message>
      <source>Re-evaluation</source>
      <translation>Đánh giá lại</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Sẵn sàng nộp</translation>
    </message>
    <message>
      <source>Receiving body</source>
      <translation>Nơi tiếp nhận</translation>
    </message>
    <message>
      <source>Record result…</source>
      <translation>Ghi kết quả…</translation>
    </message>
    <message>
      <source>Record the result</source>
      <translation>Ghi kết quả đánh giá</translation>
    </message>
    <message>
      <source>Record the result of a submitted dossier.</source>
      <translation>Chỉ ghi kết quả cho hồ sơ đã nộp.</translation>
    </message>
    <message>
      <source>Refused:</source>
      <translation>Bị từ chối:</translation>
    </message>
    <message>
      <source>Registration form</source>
      <translation>Phiếu đăng ký</translation>
    </message>
    <message>
      <source>Registration form saved.</source>
      <translation>Đã lưu phiếu đăng ký.</translation>
    </message>
    <message>
      <source>Registration type</source>
      <translation>Hình thức đăng ký</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Gỡ bỏ</translation>
    </message>
    <message>
      <source>Remove file</source>
      <translation>Gỡ tệp</translation>
    </message>
    <message>
      <source>Remove {name} from the dossier?</source>
      <translation>Gỡ {name} khỏi hồ sơ?</translation>
    </message>
    <message>
      <source>Replace your edits with the data of the cooperative profile and the product?</source>
      <translation>Thay các chỉnh sửa của bạn bằng thông tin từ hồ sơ HTX và sản phẩm?</translation>
    </message>
    <message>
      <source>Result recorded</source>
      <translation>Đã có kết quả</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Đợt</translation>
    </message>
    <message>
      <source>SELF-ASSESSMENT REPORT</source>
      <translation>BÁO CÁO TỰ ĐÁNH GIÁ</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>SOCIALIST REPUBLIC OF VIETNAM</source>
      <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
      <source>Save the form</source>
      <translation>Lưu phiếu</translation>
    </message>
    <message>
      <source>Scoring form {code}: {title}</source>
      <translation>Phiếu chấm điểm số {code}: {title}</translation>
    </message>
    <message>
      <source>Self-assessed rating</source>
      <translation>Hạng sao tự đánh giá</translation>
    </message>
    <message>
      <source>Self-assessment</source>
      <translation>Tự đánh giá</translation>
    </message>
    <message>
      <source>Self-assessment report against the scoring form</source>
      <translation>Báo cáo tự đánh giá theo phiếu chấm điểm</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <source>Star minimum not met: {detail}</source>
      <translation>Chưa đạt mức tối thiểu của hạng sao: {detail}</translation>
    </message>
    <message>
      <source>Stars awarded</source>
      <translation>Số sao được công nhận</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <source>TOTAL SCORE</source>
      <translation>TỔNG ĐIỂM</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Hạng đề nghị</translation>
    </message>
    <message>
      <source>Target rating</source>
      <translation>Hạng sao đề nghị</translation>
    </message>
    <message>
      <source>The ZIP has {count} entries; at most {limit} are accepted.</source>
      <translation>Tệp ZIP có {count} mục; chỉ chấp nhận tối đa {limit}.</translation>
    </message>
    <message>
      <source>The decision date is required</source>
      <translation>Cần nhập ngày quyết định</translation>
    </message>
    <message>
      <source>The dossier is not ready:</source>
      <translation>Hồ sơ chưa sẵn sàng:</translation>
    </message>
    <message>
      <source>The evidence file {name} is damaged in the data file (its content no longer matches its fingerprint); attach it again.</source>
      <translation>Tệp minh chứng {name} trong tệp dữ liệu đã bị hỏng (nội dung không còn khớp với mã kiểm tra); hãy đính kèm lại tệp này.</translation>
    </message>
    <message>
      <source>The evidence file {sha} is missing from the data file.</source>
      <translation>Tệp minh chứng {sha} không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
      <source>The expiry date {expiry} is before the document date {date}.</source>
      <translation>Ngày hết hạn {expiry} trước ngày của tài liệu {date}.</translation>
    </message>
    <message>
      <source>The export failed: {reason}</source>
      <translation>Xuất hồ sơ không thành công: {reason}</translation>
    </message>
    <message>
      <source>The files total {size} MB uncompressed, over the limit of {limit} MB</source>
      <translation>Tổng dung lượng khi giải nén là {size} MB, vượt giới hạn {limit} MB</translation>
    </message>
    <message>
      <source>The folder {path} is not empty.</source>
      <translation>Thư mục {path} không trống.</translation>
    </message>
    <message>
      <source>The linked self-assessment must be one of this product's assessments</source>
      <translation>Phiếu tự đánh giá được gắn phải là của chính sản phẩm này</translation>
    </message>
    <message>
      <source>The number of samples cannot be negative</source>
      <translation>Số lượng mẫu không được âm</translation>
    </message>
    <message>
      <source>The result is 0 to 5 stars</source>
      <translation>Kết quả là từ 0 đến 5 sao</translation>
    </message>
    <message>
      <source>The self-assessed total is {total} points; {stars}★ needs at least {band}.</source>
      <translation>Tổng điểm tự đánh giá là {total} điểm; hạng {stars}★ cần ít nhất {band} điểm.</translation>
    </message>
    <message>
      <source>The target rating is 3, 4 or 5 stars</source>
      <translation>Hạng sao đề nghị là 3, 4 hoặc 5 sao</translation>
    </message>
    <message>
      <source>The year must have four digits (2000–2100)</source>
      <translation>Năm phải có bốn chữ số (2000–2100)</translation>
    </message>
    <message>
      <source>This dossier ZIP was refused:</source>
      <translation>Tệp ZIP hồ sơ này bị từ chối:</translation>
    </message>
    <message>
      <source>To: {body}</source>
      <translation>Kính gửi: {body}</translation>
    </message>
    <message>
      <source>Too old</source>
      <translation>Quá cũ</translation>
    </message>
    <message>
      <source>Unknown dossier format version {version}; this program reads version {supported}.</source>
      <translation>Phiên bản định dạng hồ sơ {version} không được hỗ trợ; chương trình này đọc phiên bản {supported}.</translation>
    </message>
    <message>
      <source>Unknown dossier status</source>
      <translation>Trạng thái hồ sơ không hợp lệ</translation>
    </message>
    <message>
      <source>Upgrade</source>
      <translation>Nâng hạng</translation>
    </message>
    <message>
      <source>Valid dossier: {product} — {coop}; {count} files, checksums verified.</source>
      <translation>Hồ sơ hợp lệ: {product} — {coop}; {count} tệp, đã kiểm tra mã băm.</translation>
    </message>
    <message>
      <source>Verified dossier (read-only)</source>
      <translation>Hồ sơ đã kiểm tra (chỉ xem)</translation>
    </message>
    <message>
      <source>Verify a dossier ZIP and view it read-only</source>
      <translation>Kiểm tra tệp ZIP hồ sơ và xem ở chế độ chỉ đọc</translation>
    </message>
    <message>
      <source>We commit that the information in this registration form and the attached dossier is true, and we will take full responsibility before the law for its content.</source>
      <translation>Chúng tôi cam kết các thông tin trong phiếu đăng ký và hồ sơ kèm theo là đúng sự thật, và chịu hoàn toàn trách nhiệm trước pháp luật về nội dung đã kê khai.</translation>
    </message>
    <message>
      <source>With 3 stars or more a certificate valid 36 months is added to the product.</source>
      <translation>Từ 3 sao trở lên, một giấy chứng nhận có hiệu lực 36 tháng được thêm cho sản phẩm.</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>ZIP files (*.zip)</source>
      <translation>Tệp ZIP (*.zip)</translation>
    </message>
    <message>
      <source>damaged content (checksum does not match)</source>
      <translation>nội dung bị hỏng (mã kiểm tra không khớp)</translation>
    </message>
    <message>
      <source>date</source>
      <translation>ngày</translation>
    </message>
    <message>
      <source>e.g. Round 2</source>
      <translation>ví dụ: Đợt 2</translation>
    </message>
    <message>
      <source>manifest.json cannot be read: {reason}</source>
      <translation>Không đọc được manifest.json: {reason}</translation>
    </message>
    <message>
      <source>manifest.json has an invalid file entry.</source>
      <translation>manifest.json có một mục tệp không hợp lệ.</translation>
    </message>
    <message>
      <source>manifest.json has no file list.</source>
      <translation>manifest.json không có danh sách tệp.</translation>
    </message>
    <message>
      <source>manifest.json is missing: this is not an OCOP Desktop dossier.</source>
      <translation>Thiếu manifest.json: đây không phải hồ sơ của OCOP Desktop.</translation>
    </message>
    <message>
      <source>manifest.json is not an OCOP Desktop dossier manifest.</source>
      <translation>manifest.json không phải bản kê hồ sơ của OCOP Desktop.</translation>
    </message>
    <message>
      <source>no permission to read it</source>
      <translation>không có quyền đọc</translation>
    </message>
    <message>
      <source>none</source>
      <translation>chưa có</translation>
    </message>
    <message>
      <source>not UTF-8 text</source>
      <translation>không phải văn bản UTF-8</translation>
    </message>
    <message>
      <source>not a JSON object</source>
      <translation>không phải một đối tượng JSON</translation>
    </message>
    <message>
      <source>not a ZIP file or damaged</source>
      <translation>không phải tệp ZIP hoặc đã bị hỏng</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>chưa xếp hạng</translation>
    </message>
    <message>
      <source>not valid JSON (line {line}, column {col})</source>
      <translation>không đúng định dạng JSON (dòng {line}, cột {col})</translation>
    </message>
    <message>
      <source>the file</source>
      <translation>tệp</translation>
    </message>
    <message>
      <source>the file does not exist</source>
      <translation>tệp không tồn tại</translation>
    </message>
    <message>
      <source>the file ends too early (incomplete copy)</source>
      <translation>tệp bị cụt (sao chép chưa hết)</translation>
    </message>
    <message>
      <source>unreadable ({kind})</source>
      <translation>không đọc được ({kind})</translation>
    </message>
    <message>
      <source>{code} ({title}) scores {have} points; {stars}★ needs at least {need}</source>
      <translation>{code} ({title}) đạt {have} điểm; hạng {stars}★ cần ít nhất {need} điểm</translation>
    </message>
    <message>
      <source>{count} files, {blockers} problems</source>
      <translation>{count} tệp, {blockers} vấn đề</translation>
    </message>
    <message>
      <source>{date}: {points} points, {stars}★</source>
      <translation>{date}: {points} điểm, {stars}★</translation>
    </message>
    <message>
      <source>{kind} document: use “Open” to see it.</source>
      <translation>Tài liệu {kind}: bấm “Mở” để xem.</translation>
    </message>
    <message>
      <source>{kind}, {size} KB, SHA-256 {sha}</source>
      <translation>{kind}, {size} KB, SHA-256 {sha}</translation>
    </message>
    <message>
      <source>{name} is already attached to this item (as {existing}).</source>
      <translation>Tệp {name} đã có trong mục này (tên {existing}), không đính kèm lần nữa.</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} là tệp rỗng.</translation>
    </message>
    <message>
      <source>{name} is incomplete: the end of the PDF is missing (the download or copy was cut off). Open it to check, then download or copy it again.</source>
      <translation>Tệp {name} không đầy đủ: thiếu phần cuối của tệp PDF (việc tải xuống hoặc sao chép bị ngắt giữa chừng). Bạn hãy mở tệp để kiểm tra, rồi tải xuống hoặc sao chép lại.</translation>
    </message>
    <message>
      <source>{name} is {size} MB; the limit per file is {limit} MB.</source>
      <translation>{name} có dung lượng {size} MB; giới hạn mỗi tệp là {limit} MB.</translation>
    </message>
    <message>
      <source>{name}: a name Windows reserves for devices (CON, PRN, AUX, NUL, COM1…, LPT1…)</source>
      <translation>{name}: tên mà Windows dành cho thiết bị (CON, PRN, AUX, NUL, COM1…, LPT1…), không giải nén được</translation>
    </message>
    <message>
      <source>{name}: absolute path</source>
      <translation>{name}: đường dẫn tuyệt đối</translation>
    </message>
    <message>
      <source>{name}: cannot be read ({reason})</source>
      <translation>{name}: không đọc được ({reason})</translation>
    </message>
    <message>
      <source>{name}: checksum (SHA-256) does not match the manifest; the file was changed or damaged</source>
      <translation>{name}: mã băm (SHA-256) không khớp với bản kê; tệp đã bị sửa hoặc hỏng</translation>
    </message>
    <message>
      <source>{name}: compressed {ratio}:1, typical of a zip bomb</source>
      <translation>{name}: tỉ lệ nén {ratio}:1, dấu hiệu của “bom zip”</translation>
    </message>
    <message>
      <source>{name}: duplicate name in the ZIP</source>
      <translation>{name}: tên bị trùng trong tệp ZIP</translation>
    </message>
    <message>
      <source>{name}: encrypted entries are not accepted</source>
      <translation>{name}: không chấp nhận mục được mã hóa</translation>
    </message>
    <message>
      <source>{name}: in the ZIP but not listed in manifest.json</source>
      <translation>{name}: có trong tệp ZIP nhưng không có trong manifest.json</translation>
    </message>
    <message>
      <source>{name}: invalid character in the name</source>
      <translation>{name}: tên có ký tự không hợp lệ</translation>
    </message>
    <message>
      <source>{name}: links are not accepted</source>
      <translation>{name}: không chấp nhận liên kết (link)</translation>
    </message>
    <message>
      <source>{name}: listed in manifest.json but missing from the ZIP</source>
      <translation>{name}: có trong manifest.json nhưng thiếu trong tệp ZIP</translation>
    </message>
    <message>
      <source>{name}: listed twice in manifest.json</source>
      <translation>{name}: được kê hai lần trong manifest.json</translation>
    </message>
    <message>
      <source>{name}: path goes outside the folder (..)</source>
      <translation>{name}: đường dẫn ra ngoài thư mục (..)</translation>
    </message>
    <message>
      <source>{name}: size {actual} bytes, manifest says {expected}</source>
      <translation>{name}: dung lượng {actual} byte, bản kê ghi {expected}</translation>
    </message>
    <message>
      <source>{name}: this file is not a PDF, JPEG, PNG, DOCX or XLSX document (checked by its content).</source>
      <translation>{name}: tệp này không phải tài liệu PDF, JPEG, PNG, DOCX hay XLSX (kiểm tra theo nội dung).</translation>
    </message>
    <message>
      <source>{name}: {size} MB uncompressed, over the limit of {limit} MB per file</source>
      <translation>{name}: {size} MB khi giải nén, vượt giới hạn {limit} MB mỗi tệp</translation>
    </message>
    <message>
      <source>{n} stars</source>
      <translation>{n} sao</translation>
    </message>
    <message>
      <source>{path} is not a readable ZIP file ({reason}).</source>
      <translation>{path} không phải tệp ZIP đọc được ({reason}).</translation>
    </message>
    <message>
      <source>{points} points, {stars}★</source>
      <translation>{points} điểm, {stars}★</translation>
    </message>
    <message>
      <source>{points}/100 points</source>
      <translation>{points}/100 điểm</translation>
    </message>
    <message>
      <source>{where}{label}: enter the date of the test report</source>
      <translation>{where}{label}: cần nhập ngày của phiếu kiểm nghiệm</translation>
    </message>
    <message>
      <source>{where}{label}: expired on {date}</source>
      <translation>{where}{label}: đã hết hạn ngày {date}</translation>
    </message>
    <message>
      <source>{where}{label}: no file attached</source>
      <translation>{where}{label}: chưa đính kèm tệp</translation>
    </message>
    <message>
      <source>{where}{label}: the newest test report is dated {date}, older than {months} months</source>
      <translation>{where}{label}: phiếu kiểm nghiệm mới nhất ngày {date}, đã quá {months} tháng</translation>
    </message>
  </context>
</TS>
