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
      <source>A dossier cannot go from “{old}” to “{new}”.</source>
      <translation>Hồ sơ không thể chuyển từ “{old}” sang “{new}”.</translation>
    </message>
    <message>
      <source>A submitted dossier is a record and cannot be deleted.</source>
      <translation>Hồ sơ đã nộp là tài liệu lưu trữ, không thể xóa.</translation>
    </message>
    <message>
      <source>Assessed on {date}</source>
      <translation>Ngày tự đánh giá: {date}</translation>
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
      <source>Dossier {id} does not exist</source>
      <translation>Không có hồ sơ số {id}</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Đang soạn</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Minh chứng</translation>
    </message>
    <message>
      <source>Evidence documents for each criterion (see the list)</source>
      <translation>Các tài liệu minh chứng theo từng tiêu chí (theo danh mục)</translation>
    </message>
    <message>
      <source>First evaluation</source>
      <translation>Đánh giá lần đầu</translation>
    </message>
    <message>
      <source>General papers</source>
      <translation>Giấy tờ chung</translation>
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
      <source>No dossiers.</source>
      <translation>Chưa có hồ sơ nào.</translation>
    </message>
    <message>
      <source>No self-assessment is linked to this dossier.</source>
      <translation>Hồ sơ chưa gắn với phiếu tự đánh giá nào.</translation>
    </message>
    <message>
      <source>OCOP dossier — {product} — {unit}</source>
      <translation>Hồ sơ OCOP — {product} — {unit}</translation>
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
      <source>Points</source>
      <translation>Điểm</translation>
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
      <source>Record the result of a submitted dossier.</source>
      <translation>Chỉ ghi kết quả cho hồ sơ đã nộp.</translation>
    </message>
    <message>
      <source>Refused:</source>
      <translation>Bị từ chối:</translation>
    </message>
    <message>
      <source>Result recorded</source>
      <translation>Đã có kết quả</translation>
    </message>
    <message>
      <source>SELF-ASSESSMENT REPORT</source>
      <translation>BÁO CÁO TỰ ĐÁNH GIÁ</translation>
    </message>
    <message>
      <source>SOCIALIST REPUBLIC OF VIETNAM</source>
      <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
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
      <source>Self-assessment report against the scoring form</source>
      <translation>Báo cáo tự đánh giá theo phiếu chấm điểm</translation>
    </message>
    <message>
      <source>Star minimum not met: {detail}</source>
      <translation>Chưa đạt mức tối thiểu của hạng sao: {detail}</translation>
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
      <source>The evidence file {sha} is missing from the data file.</source>
      <translation>Tệp minh chứng {sha} không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
      <source>The expiry date {expiry} is before the document date {date}.</source>
      <translation>Ngày hết hạn {expiry} trước ngày của tài liệu {date}.</translation>
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
      <source>To: {body}</source>
      <translation>Kính gửi: {body}</translation>
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
      <source>We commit that the information in this registration form and the attached dossier is true, and we will take full responsibility before the law for its content.</source>
      <translation>Chúng tôi cam kết các thông tin trong phiếu đăng ký và hồ sơ kèm theo là đúng sự thật, và chịu hoàn toàn trách nhiệm trước pháp luật về nội dung đã kê khai.</translation>
    </message>
    <message>
      <source>date</source>
      <translation>ngày</translation>
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
      <source>not rated</source>
      <translation>chưa xếp hạng</translation>
    </message>
    <message>
      <source>the file</source>
      <translation>tệp</translation>
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
      <source>{name} is empty.</source>
      <translation>{name} là tệp rỗng.</translation>
    </message>
    <message>
      <source>{name} is {size} MB; the limit per file is {limit} MB.</source>
      <translation>{name} có dung lượng {size} MB; giới hạn mỗi tệp là {limit} MB.</translation>
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
