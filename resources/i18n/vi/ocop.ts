<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source> (star minimum)</source>
      <translation> (mức tối thiểu của hạng sao)</translation>
    </message>
    <message>
      <source> months</source>
      <translation> tháng</translation>
    </message>
    <message>
      <source>"Expiring soon" = expires within</source>
      <translation>"Sắp hết hạn" = hết hiệu lực trong vòng</translation>
    </message>
    <message>
      <source>"huyện" wording</source>
      <translation>“huyện”</translation>
    </message>
    <message>
      <source>&amp;Add product</source>
      <translation>&amp;Thêm sản phẩm</translation>
    </message>
    <message>
      <source>&amp;Compare…</source>
      <translation>&amp;So sánh…</translation>
    </message>
    <message>
      <source>&amp;New assessment</source>
      <translation>Lần đánh giá &amp;mới</translation>
    </message>
    <message>
      <source>&amp;Self-assessment…</source>
      <translation>&amp;Tự đánh giá…</translation>
    </message>
    <message>
      <source>(not in the official form)</source>
      <translation>(không có trong phiếu chính thức)</translation>
    </message>
    <message>
      <source>(provisional: {count} criteria unanswered)</source>
      <translation>(tạm tính: còn {count} tiêu chí chưa chấm)</translation>
    </message>
    <message>
      <source>(star minimum)</source>
      <translation>(mức tối thiểu của hạng sao)</translation>
    </message>
    <message>
      <source>(the total is in the {band}★ band, but a star minimum is not met)</source>
      <translation>(tổng điểm thuộc khung {band}★ nhưng chưa đạt mức tối thiểu của hạng sao)</translation>
    </message>
    <message>
      <source>({count} criteria)</source>
      <translation>({count} tiêu chí)</translation>
    </message>
    <message>
      <source>3 stars</source>
      <translation>3 sao</translation>
    </message>
    <message>
      <source>4 stars</source>
      <translation>4 sao</translation>
    </message>
    <message>
      <source>5 stars</source>
      <translation>5 sao</translation>
    </message>
    <message>
      <source>5-star certificates are issued by the Ministry</source>
      <translation>Giấy chứng nhận 5 sao do Bộ cấp</translation>
    </message>
    <message>
      <source>A district issued only 3-star certificates</source>
      <translation>Cấp huyện chỉ cấp giấy chứng nhận 3 sao</translation>
    </message>
    <message>
      <source>Add a product on the Products page first.</source>
      <translation>Hãy thêm sản phẩm ở trang Sản phẩm trước.</translation>
    </message>
    <message>
      <source>Add certificate</source>
      <translation>Thêm giấy chứng nhận</translation>
    </message>
    <message>
      <source>Add channel</source>
      <translation>Thêm kênh</translation>
    </message>
    <message>
      <source>Add product</source>
      <translation>Thêm sản phẩm</translation>
    </message>
    <message>
      <source>Add product {name}</source>
      <translation>Thêm sản phẩm {name}</translation>
    </message>
    <message>
      <source>All sub-groups</source>
      <translation>Tất cả phân nhóm</translation>
    </message>
    <message>
      <source>An OCOP certificate is for 3, 4 or 5 stars</source>
      <translation>Giấy chứng nhận OCOP chỉ cấp cho hạng 3, 4 hoặc 5 sao</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Mức đạt</translation>
    </message>
    <message>
      <source>Any certificate status</source>
      <translation>Mọi tình trạng chứng nhận</translation>
    </message>
    <message>
      <source>Any rating</source>
      <translation>Mọi hạng sao</translation>
    </message>
    <message>
      <source>Assessed by the commune People's Committee (Decision 1489/QĐ-TTg).</source>
      <translation>Do UBND cấp xã đánh giá (Quyết định 1489/QĐ-TTg).</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Lần đánh giá</translation>
    </message>
    <message>
      <source>Assessment 1</source>
      <translation>Lần đánh giá 1</translation>
    </message>
    <message>
      <source>Assessment 2</source>
      <translation>Lần đánh giá 2</translation>
    </message>
    <message>
      <source>Assessment {id} does not exist</source>
      <translation>Không có lần đánh giá {id}</translation>
    </message>
    <message>
      <source>Assessor</source>
      <translation>Người đánh giá</translation>
    </message>
    <message>
      <source>Assessor's name</source>
      <translation>Họ tên người đánh giá</translation>
    </message>
    <message>
      <source>Authority name</source>
      <translation>Tên cơ quan cấp</translation>
    </message>
    <message>
      <source>Cannot save the assessment</source>
      <translation>Không lưu được lần đánh giá</translation>
    </message>
    <message>
      <source>Cannot save the certificate</source>
      <translation>Không lưu được giấy chứng nhận</translation>
    </message>
    <message>
      <source>Cannot save the product</source>
      <translation>Không lưu được sản phẩm</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Chứng nhận</translation>
    </message>
    <message>
      <source>Certificate history</source>
      <translation>Lịch sử chứng nhận</translation>
    </message>
    <message>
      <source>Certificate history — {name}</source>
      <translation>Lịch sử chứng nhận — {name}</translation>
    </message>
    <message>
      <source>Certificate no.</source>
      <translation>Số giấy chứng nhận</translation>
    </message>
    <message>
      <source>Certificate status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Certificate {id} does not exist</source>
      <translation>Không có giấy chứng nhận {id}</translation>
    </message>
    <message>
      <source>Certificates are valid 36 months; the issuing authority notifies the owner at least 30 days before expiry.</source>
      <translation>Giấy chứng nhận có hiệu lực 36 tháng; cơ quan cấp thông báo cho chủ thể ít nhất 30 ngày trước khi hết hạn.</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Thay đổi</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kênh</translation>
    </message>
    <message>
      <source>Choose the product being assessed</source>
      <translation>Chọn sản phẩm được đánh giá</translation>
    </message>
    <message>
      <source>Choose the product sub-group (one of the 26 scoring forms)</source>
      <translation>Chọn phân nhóm sản phẩm (một trong 26 phiếu chấm điểm)</translation>
    </message>
    <message>
      <source>Choose the product the certificate belongs to</source>
      <translation>Chọn sản phẩm của giấy chứng nhận</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Compare assessments</source>
      <translation>So sánh các lần đánh giá</translation>
    </message>
    <message>
      <source>Contract started</source>
      <translation>Ngày bắt đầu hợp đồng</translation>
    </message>
    <message>
      <source>Cooperative group</source>
      <translation>Tổ hợp tác</translation>
    </message>
    <message>
      <source>Criterion</source>
      <translation>Tiêu chí</translation>
    </message>
    <message>
      <source>Criterion {code} is not in scoring form {form}.</source>
      <translation>Tiêu chí {code} không có trong phiếu chấm điểm {form}.</translation>
    </message>
    <message>
      <source>Criterion {code} is split into sub-criteria ({codes}): score those instead.</source>
      <translation>Tiêu chí {code} được chia thành các tiêu chí thành phần ({codes}): hãy chấm các tiêu chí đó.</translation>
    </message>
    <message>
      <source>Criterion {code}: {points} points is not one of its options ({allowed}).</source>
      <translation>Tiêu chí {code}: {points} điểm không phải là một mức điểm của tiêu chí này ({allowed}).</translation>
    </message>
    <message>
      <source>Date of revocation or re-rating</source>
      <translation>Ngày thu hồi hoặc xếp hạng lại</translation>
    </message>
    <message>
      <source>Decision no.</source>
      <translation>Số quyết định</translation>
    </message>
    <message>
      <source>Delete assessment</source>
      <translation>Xóa lần đánh giá</translation>
    </message>
    <message>
      <source>Delete certificate</source>
      <translation>Xóa giấy chứng nhận</translation>
    </message>
    <message>
      <source>Delete product</source>
      <translation>Xóa sản phẩm</translation>
    </message>
    <message>
      <source>Delete the {stars}★ certificate issued on {date}? Use this only for an entry made by mistake; a revoked or re-rated certificate is recorded by editing it.</source>
      <translation>Xóa giấy chứng nhận {stars}★ cấp ngày {date}? Chỉ dùng khi nhập nhầm; giấy chứng nhận bị thu hồi hoặc xếp hạng lại thì ghi nhận bằng cách sửa giấy chứng nhận.</translation>
    </message>
    <message>
      <source>Delete this saved assessment from the history?</source>
      <translation>Xóa lần đánh giá đã lưu này khỏi lịch sử?</translation>
    </message>
    <message>
      <source>Delete {name} with its sales channels and self-assessments? This is for entries made by mistake.</source>
      <translation>Xóa {name} cùng các kênh bán hàng và các lần tự đánh giá? Chỉ dùng khi nhập nhầm.</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Mô tả</translation>
    </message>
    <message>
      <source>Distribution contracts: supermarket chains, e-commerce, shops and markets, export. Criterion B4a counts contracts that have run for at least 6 months.</source>
      <translation>Hợp đồng phân phối: chuỗi siêu thị, sàn thương mại điện tử, cửa hàng và chợ, xuất khẩu. Tiêu chí B4a tính các hợp đồng đã thực hiện ít nhất 6 tháng.</translation>
    </message>
    <message>
      <source>District People's Committee (before 01/07/2025)</source>
      <translation>UBND cấp huyện (trước 01/07/2025)</translation>
    </message>
    <message>
      <source>Districts were abolished on 01/07/2025; a later certificate is issued by the province</source>
      <translation>Cấp huyện đã kết thúc hoạt động từ 01/07/2025; giấy chứng nhận cấp sau ngày này do cấp tỉnh cấp</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Giấy tờ</translation>
    </message>
    <message>
      <source>E-commerce</source>
      <translation>Thương mại điện tử</translation>
    </message>
    <message>
      <source>Edit certificate</source>
      <translation>Sửa giấy chứng nhận</translation>
    </message>
    <message>
      <source>Edit product</source>
      <translation>Sửa sản phẩm</translation>
    </message>
    <message>
      <source>Edit product {name}</source>
      <translation>Sửa sản phẩm {name}</translation>
    </message>
    <message>
      <source>Enter who made the assessment</source>
      <translation>Nhập người thực hiện đánh giá</translation>
    </message>
    <message>
      <source>Evaluation stopped</source>
      <translation>Dừng đánh giá</translation>
    </message>
    <message>
      <source>Evidence note</source>
      <translation>Ghi chú minh chứng</translation>
    </message>
    <message>
      <source>Evidence: {docs}</source>
      <translation>Minh chứng: {docs}</translation>
    </message>
    <message>
      <source>Evidence: {documents}</source>
      <translation>Minh chứng: {documents}</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Hết hiệu lực</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Hết hạn</translation>
    </message>
    <message>
      <source>Expires (issue + 36 months)</source>
      <translation>Hết hạn (ngày cấp + 36 tháng)</translation>
    </message>
    <message>
      <source>Expiring soon</source>
      <translation>Sắp hết hạn</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Xuất khẩu</translation>
    </message>
    <message>
      <source>Food-safety certificate</source>
      <translation>Giấy chứng nhận cơ sở đủ điều kiện ATTP</translation>
    </message>
    <message>
      <source>Food-safety certificate date</source>
      <translation>Ngày cấp giấy chứng nhận ATTP</translation>
    </message>
    <message>
      <source>Food-safety certificate valid until</source>
      <translation>Giấy chứng nhận ATTP có hiệu lực đến</translation>
    </message>
    <message>
      <source>For {n}★: {count} improvements, {added} more points</source>
      <translation>Để đạt {n}★: cải thiện {count} tiêu chí, thêm {added} điểm</translation>
    </message>
    <message>
      <source>From the books of {year}: {summary} — {verdict} (a suggestion: choose the option yourself).</source>
      <translation>Theo sổ sách năm {year}: {summary} — {verdict} (chỉ là gợi ý: anh/chị tự chọn mức đạt).</translation>
    </message>
    <message>
      <source>Give the date of the revocation or re-rating</source>
      <translation>Nhập ngày thu hồi hoặc xếp hạng lại</translation>
    </message>
    <message>
      <source>Group {group}: answer only one of {codes}.</source>
      <translation>Nhóm {group}: chỉ chấm một trong các tiêu chí {codes}.</translation>
    </message>
    <message>
      <source>Highest level reached: the central council decides on 5★.</source>
      <translation>Đã đạt mức cao nhất: Hội đồng cấp trung ương quyết định hạng 5★.</translation>
    </message>
    <message>
      <source>In force</source>
      <translation>Còn hiệu lực</translation>
    </message>
    <message>
      <source>Issue date</source>
      <translation>Ngày cấp</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Ngày cấp</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Cơ quan cấp</translation>
    </message>
    <message>
      <source>Issuing authority</source>
      <translation>Cơ quan cấp</translation>
    </message>
    <message>
      <source>Knock-out condition {key} is not in scoring form {form}.</source>
      <translation>Điều kiện loại {key} không có trong phiếu chấm điểm {form}.</translation>
    </message>
    <message>
      <source>Knock-out conditions</source>
      <translation>Điều kiện loại</translation>
    </message>
    <message>
      <source>Knock-out conditions:</source>
      <translation>Điều kiện loại:</translation>
    </message>
    <message>
      <source>Knock-out: none</source>
      <translation>Điều kiện loại: không có</translation>
    </message>
    <message>
      <source>Knock-out: {criterion} ({effect}): {wording}</source>
      <translation>Điều kiện loại: {criterion} ({effect}): {wording}</translation>
    </message>
    <message>
      <source>Knocked out ({effect}): {reason}</source>
      <translation>Không đạt ({effect}): {reason}</translation>
    </message>
    <message>
      <source>Last self-assessment</source>
      <translation>Tự đánh giá gần nhất</translation>
    </message>
    <message>
      <source>Marks</source>
      <translation>Đánh dấu</translation>
    </message>
    <message>
      <source>Ministry of Agriculture and Environment</source>
      <translation>Bộ Nông nghiệp và Môi trường</translation>
    </message>
    <message>
      <source>Must score above 0 for {n}★.</source>
      <translation>Phải đạt trên 0 điểm để được {n}★.</translation>
    </message>
    <message>
      <source>Needs at least {n} points for {stars}★</source>
      <translation>Cần ít nhất {n} điểm để đạt {stars}★</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Cần chú ý</translation>
    </message>
    <message>
      <source>Needs attention ({n})</source>
      <translation>Cần chú ý ({n})</translation>
    </message>
    <message>
      <source>New assessment (not saved)</source>
      <translation>Lần đánh giá mới (chưa lưu)</translation>
    </message>
    <message>
      <source>None: every star minimum up to {n}★ is met</source>
      <translation>Không có: đã đạt mọi mức tối thiểu đến {n}★</translation>
    </message>
    <message>
      <source>Not certified</source>
      <translation>Chưa chứng nhận</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>OCOP certificate</source>
      <translation>Giấy chứng nhận OCOP</translation>
    </message>
    <message>
      <source>OCOP certificate — {name}</source>
      <translation>Giấy chứng nhận OCOP — {name}</translation>
    </message>
    <message>
      <source>OCOP rating</source>
      <translation>Hạng OCOP</translation>
    </message>
    <message>
      <source>OCOP sub-group (scoring form)</source>
      <translation>Phân nhóm OCOP (phiếu chấm điểm)</translation>
    </message>
    <message>
      <source>Packaging</source>
      <translation>Quy cách đóng gói</translation>
    </message>
    <message>
      <source>Part {code}</source>
      <translation>Phần {code}</translation>
    </message>
    <message>
      <source>Part {code}: {points}/{max}</source>
      <translation>Phần {code}: {points}/{max}</translation>
    </message>
    <message>
      <source>Part {code}: {title}</source>
      <translation>Phần {code}: {title}</translation>
    </message>
    <message>
      <source>Part {code}: {title} ({points} points)</source>
      <translation>Phần {code}: {title} ({points} điểm)</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <source>Potential 5 stars (the central council decides)</source>
      <translation>Tiềm năng 5 sao (Hội đồng cấp trung ương quyết định)</translation>
    </message>
    <message>
      <source>Prefilled</source>
      <translation>Tự điền</translation>
    </message>
    <message>
      <source>Prefilled from the legal representative in the cooperative profile</source>
      <translation>Tự điền theo người đại diện pháp luật trong hồ sơ HTX</translation>
    </message>
    <message>
      <source>Prefilled from the organisation type (cooperative)</source>
      <translation>Tự điền theo loại hình tổ chức (hợp tác xã)</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Giá bán</translation>
    </message>
    <message>
      <source>Price per unit (đồng)</source>
      <translation>Giá bán một đơn vị (đồng)</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Sản phẩm</translation>
    </message>
    <message>
      <source>Product name</source>
      <translation>Tên sản phẩm</translation>
    </message>
    <message>
      <source>Product story</source>
      <translation>Câu chuyện sản phẩm</translation>
    </message>
    <message>
      <source>Product {id} does not exist</source>
      <translation>Không có sản phẩm {id}</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>Sản phẩm</translation>
    </message>
    <message>
      <source>Provincial People's Committee</source>
      <translation>UBND cấp tỉnh</translation>
    </message>
    <message>
      <source>Quality self-declaration</source>
      <translation>Bản tự công bố chất lượng</translation>
    </message>
    <message>
      <source>Raw-material origin</source>
      <translation>Nguồn gốc nguyên liệu</translation>
    </message>
    <message>
      <source>Re-rated</source>
      <translation>Đã xếp hạng lại</translation>
    </message>
    <message>
      <source>Re-rated {n}★</source>
      <translation>Xếp hạng lại {n}★</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Recognition decision no.</source>
      <translation>Số quyết định công nhận</translation>
    </message>
    <message>
      <source>Record the previous {old}★ certificate (issued {date}) as re-rated on {new_date}?</source>
      <translation>Ghi nhận giấy chứng nhận {old}★ trước đó (cấp ngày {date}) đã được xếp hạng lại từ ngày {new_date}?</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Bị loại</translation>
    </message>
    <message>
      <source>Remove channel</source>
      <translation>Bỏ kênh</translation>
    </message>
    <message>
      <source>Remove the knock-out first: {reason}</source>
      <translation>Cần khắc phục điều kiện loại trước: {reason}</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Đã thu hồi</translation>
    </message>
    <message>
      <source>Revoked or re-rated</source>
      <translation>Thu hồi hoặc xếp hạng lại</translation>
    </message>
    <message>
      <source>Sales channel {n}: the contract start is in the future</source>
      <translation>Kênh bán hàng {n}: ngày bắt đầu hợp đồng ở tương lai</translation>
    </message>
    <message>
      <source>Sales channel {n}: the partner's name is required</source>
      <translation>Kênh bán hàng {n}: cần nhập tên đối tác</translation>
    </message>
    <message>
      <source>Sales channel {n}: unknown kind {value}</source>
      <translation>Kênh bán hàng {n}: loại kênh không hợp lệ {value}</translation>
    </message>
    <message>
      <source>Sales channels</source>
      <translation>Kênh bán hàng</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <source>Scoring form {code}: {group} / {sub_group}</source>
      <translation>Phiếu chấm điểm {code}: {group} / {sub_group}</translation>
    </message>
    <message>
      <source>Scoring form {title} (Decision 148/QĐ-TTg, Annex III). Double-click or press F2 on an answer to choose an option.</source>
      <translation>Phiếu chấm điểm {title} (Quyết định 148/QĐ-TTg, Phụ lục III). Nhấp đúp hoặc nhấn F2 vào ô mức đạt để chọn.</translation>
    </message>
    <message>
      <source>Search products (accents optional)…</source>
      <translation>Tìm sản phẩm (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <source>Self-assessment</source>
      <translation>Tự đánh giá</translation>
    </message>
    <message>
      <source>Self-declaration date</source>
      <translation>Ngày tự công bố</translation>
    </message>
    <message>
      <source>Shop / market</source>
      <translation>Cửa hàng / chợ</translation>
    </message>
    <message>
      <source>Showing {shown} of {total} products</source>
      <translation>Đang hiện {shown} trong {total} sản phẩm</translation>
    </message>
    <message>
      <source>Star minimums apply from 3★ (50 points)</source>
      <translation>Mức tối thiểu của hạng sao áp dụng từ 3★ (50 điểm)</translation>
    </message>
    <message>
      <source>Star minimums not met</source>
      <translation>Chưa đạt mức tối thiểu của hạng sao</translation>
    </message>
    <message>
      <source>Star minimums not met:</source>
      <translation>Tiêu chí chưa đạt mức tối thiểu của hạng sao:</translation>
    </message>
    <message>
      <source>Star minimums not met: none</source>
      <translation>Tiêu chí chưa đạt mức tối thiểu của hạng sao: không có</translation>
    </message>
    <message>
      <source>Star rating</source>
      <translation>Hạng sao</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>Hạng sao</translation>
    </message>
    <message>
      <source>Stars: {status}</source>
      <translation>Hạng sao: {status}</translation>
    </message>
    <message>
      <source>Stars: {status} (the total alone gives {band} stars)</source>
      <translation>Hạng sao: {status} (riêng tổng điểm cho {band} sao)</translation>
    </message>
    <message>
      <source>Sub-group</source>
      <translation>Phân nhóm</translation>
    </message>
    <message>
      <source>Supermarket chain</source>
      <translation>Chuỗi siêu thị</translation>
    </message>
    <message>
      <source>The Ministry issues only 5-star certificates; 3 and 4 stars are issued by the province</source>
      <translation>Bộ chỉ cấp giấy chứng nhận 5 sao; hạng 3 và 4 sao do cấp tỉnh cấp</translation>
    </message>
    <message>
      <source>The answers have not been saved. Discard them?</source>
      <translation>Các câu trả lời chưa được lưu. Bỏ các thay đổi?</translation>
    </message>
    <message>
      <source>The assessment date is in the future</source>
      <translation>Ngày đánh giá ở tương lai</translation>
    </message>
    <message>
      <source>The assessment date is required</source>
      <translation>Cần nhập ngày đánh giá</translation>
    </message>
    <message>
      <source>The commune People's Committee reports on this criterion (Decision 1489/QĐ-TTg)</source>
      <translation>UBND cấp xã báo cáo về tiêu chí này (Quyết định 1489/QĐ-TTg)</translation>
    </message>
    <message>
      <source>The food-safety certificate expires before it was issued</source>
      <translation>Ngày hết hạn giấy chứng nhận ATTP trước ngày cấp</translation>
    </message>
    <message>
      <source>The issue date is in the future</source>
      <translation>Ngày cấp ở tương lai</translation>
    </message>
    <message>
      <source>The issue date is required</source>
      <translation>Cần nhập ngày cấp</translation>
    </message>
    <message>
      <source>The official wording says "huyện" (district): pre-2025 wording; districts were abolished on 01/07/2025</source>
      <translation>Văn bản gốc ghi "huyện": cách viết trước năm 2025; cấp huyện đã kết thúc hoạt động từ 01/07/2025</translation>
    </message>
    <message>
      <source>The price cannot be negative</source>
      <translation>Giá bán không được âm</translation>
    </message>
    <message>
      <source>The product name is required</source>
      <translation>Cần nhập tên sản phẩm</translation>
    </message>
    <message>
      <source>The revocation or re-rating date is before the issue date</source>
      <translation>Ngày thu hồi hoặc xếp hạng lại trước ngày cấp</translation>
    </message>
    <message>
      <source>The scoring form file {file} is damaged: {detail}</source>
      <translation>Tệp phiếu chấm điểm {file} bị hỏng: {detail}</translation>
    </message>
    <message>
      <source>The scoring form file {file} is missing.</source>
      <translation>Thiếu tệp phiếu chấm điểm {file}.</translation>
    </message>
    <message>
      <source>The scoring form for sub-group {code} cannot be used yet: {reason}</source>
      <translation>Chưa dùng được phiếu chấm điểm của phân nhóm {code}: {reason}</translation>
    </message>
    <message>
      <source>The warning window must be between 0 and 36 months</source>
      <translation>Thời gian cảnh báo phải từ 0 đến 36 tháng</translation>
    </message>
    <message>
      <source>The wording "huyện" (district) is pre-2025: districts were abolished on 01/07/2025; read it as the local area.</source>
      <translation>Chữ "huyện" là cách viết trước năm 2025: cấp huyện đã kết thúc hoạt động từ 01/07/2025; hiểu là địa bàn địa phương.</translation>
    </message>
    <message>
      <source>There is no OCOP scoring form {code} (forms are 01 to 26).</source>
      <translation>Không có phiếu chấm điểm OCOP số {code} (các phiếu đánh số từ 01 đến 26).</translation>
    </message>
    <message>
      <source>This product has OCOP certificates and cannot be deleted.</source>
      <translation>Sản phẩm này đã có giấy chứng nhận OCOP nên không thể xóa.</translation>
    </message>
    <message>
      <source>To reach the next star</source>
      <translation>Để lên hạng sao tiếp theo</translation>
    </message>
    <message>
      <source>To reach {stars} stars (+{points} points):</source>
      <translation>Để đạt {stars} sao (thêm {points} điểm):</translation>
    </message>
    <message>
      <source>Total: {total}/100</source>
      <translation>Tổng điểm: {total}/100</translation>
    </message>
    <message>
      <source>Trademark certificate</source>
      <translation>Giấy chứng nhận đăng ký nhãn hiệu</translation>
    </message>
    <message>
      <source>Trademark certificate date</source>
      <translation>Ngày cấp giấy chứng nhận nhãn hiệu</translation>
    </message>
    <message>
      <source>Unanswered criteria ({count}): {codes}</source>
      <translation>Tiêu chí chưa chấm ({count}): {codes}</translation>
    </message>
    <message>
      <source>Unanswered criteria: none</source>
      <translation>Tiêu chí chưa chấm: không có</translation>
    </message>
    <message>
      <source>Union of cooperatives</source>
      <translation>Liên hiệp hợp tác xã</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <source>Unit / packaging</source>
      <translation>Đơn vị / quy cách</translation>
    </message>
    <message>
      <source>Unknown certificate status</source>
      <translation>Tình trạng chứng nhận không hợp lệ</translation>
    </message>
    <message>
      <source>Unknown issuing authority</source>
      <translation>Cơ quan cấp không hợp lệ</translation>
    </message>
    <message>
      <source>Unknown kind of assessment</source>
      <translation>Loại đánh giá không hợp lệ</translation>
    </message>
    <message>
      <source>Unsaved assessment</source>
      <translation>Lần đánh giá chưa lưu</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Còn hiệu lực</translation>
    </message>
    <message>
      <source>[answer one of the cases]</source>
      <translation>[chấm một trong các trường hợp]</translation>
    </message>
    <message>
      <source>[assessed by the commune]</source>
      <translation>[UBND cấp xã đánh giá]</translation>
    </message>
    <message>
      <source>[pre-2025 wording: “huyện”]</source>
      <translation>[cách ghi trước 2025: “huyện”]</translation>
    </message>
    <message>
      <source>[prefilled] {option}</source>
      <translation>[tự điền] {option}</translation>
    </message>
    <message>
      <source>[{stars}★: above 0]</source>
      <translation>[{stars}★: phải trên 0 điểm]</translation>
    </message>
    <message>
      <source>answer one of these cases</source>
      <translation>chọn một trong các trường hợp</translation>
    </message>
    <message>
      <source>commune</source>
      <translation>xã</translation>
    </message>
    <message>
      <source>does not show the criterion met</source>
      <translation>chưa cho thấy tiêu chí đạt</translation>
    </message>
    <message>
      <source>e.g. 1234/QĐ-UBND</source>
      <translation>ví dụ 1234/QĐ-UBND</translation>
    </message>
    <message>
      <source>e.g. 500 g glass jar</source>
      <translation>ví dụ hũ thủy tinh 500 g</translation>
    </message>
    <message>
      <source>e.g. UBND tỉnh Phú Thọ</source>
      <translation>ví dụ UBND tỉnh Phú Thọ</translation>
    </message>
    <message>
      <source>e.g. jar, bag, kg</source>
      <translation>ví dụ hũ, túi, kg</translation>
    </message>
    <message>
      <source>form {code}</source>
      <translation>phiếu {code}</translation>
    </message>
    <message>
      <source>max {n} pts</source>
      <translation>tối đa {n} điểm</translation>
    </message>
    <message>
      <source>not assessed</source>
      <translation>chưa đánh giá</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>chưa đạt hạng</translation>
    </message>
    <message>
      <source>suggests the criterion is met</source>
      <translation>cho thấy tiêu chí đạt</translation>
    </message>
    <message>
      <source>unanswered</source>
      <translation>chưa chấm</translation>
    </message>
    <message>
      <source>{code}: needs {required} points for {level} stars, has {actual}</source>
      <translation>{code}: cần {required} điểm để đạt {level} sao, hiện có {actual}</translation>
    </message>
    <message>
      <source>{date} — {assessor} — {total} points</source>
      <translation>{date} — {assessor} — {total} điểm</translation>
    </message>
    <message>
      <source>{date} — {assessor} — {total} points, {stars}</source>
      <translation>{date} — {assessor} — {total} điểm, {stars}</translation>
    </message>
    <message>
      <source>{field} is in the future</source>
      <translation>{field} ở tương lai</translation>
    </message>
    <message>
      <source>{file} is not UTF-8 text.</source>
      <translation>Tệp {file} không phải văn bản UTF-8.</translation>
    </message>
    <message>
      <source>{file} is not valid JSON (line {line}).</source>
      <translation>Tệp {file} không phải JSON hợp lệ (dòng {line}).</translation>
    </message>
    <message>
      <source>{file} must hold {{"form": "07", "choices": {{"A1a": 5, ...}}}}.</source>
      <translation>Tệp {file} phải có dạng {{"form": "07", "choices": {{"A1a": 5, ...}}}}.</translation>
    </message>
    <message>
      <source>{file}: "knockouts" must be a list of condition names.</source>
      <translation>Tệp {file}: "knockouts" phải là danh sách tên các điều kiện loại.</translation>
    </message>
    <message>
      <source>{name} has OCOP certificates; its history is kept and the product cannot be deleted.</source>
      <translation>{name} đã có giấy chứng nhận OCOP; lịch sử được lưu giữ nên không thể xóa sản phẩm.</translation>
    </message>
    <message>
      <source>{name}: {stars}★ certificate expired on {date} ({days} days ago) — register for re-evaluation</source>
      <translation>{name}: giấy chứng nhận {stars}★ hết hiệu lực ngày {date} ({days} ngày trước) — cần đăng ký đánh giá lại</translation>
    </message>
    <message>
      <source>{name}: {stars}★ certificate expires on {date} (in {days} days) — prepare the re-evaluation dossier</source>
      <translation>{name}: giấy chứng nhận {stars}★ hết hiệu lực ngày {date} (còn {days} ngày) — chuẩn bị hồ sơ đánh giá lại</translation>
    </message>
    <message>
      <source>{n} criteria not answered yet: {codes}</source>
      <translation>Còn {n} tiêu chí chưa trả lời: {codes}</translation>
    </message>
    <message>
      <source>{n} pts</source>
      <translation>{n} điểm</translation>
    </message>
    <message>
      <source>{n} stars</source>
      <translation>{n} sao</translation>
    </message>
    <message>
      <source>{n}★</source>
      <translation>{n}★</translation>
    </message>
    <message>
      <source>{n}★ cannot be reached with this form's options.</source>
      <translation>Không thể đạt {n}★ với các mức của phiếu này.</translation>
    </message>
    <message>
      <source>{points} pts — {option}</source>
      <translation>{points} điểm — {option}</translation>
    </message>
    <message>
      <source>{stars} stars</source>
      <translation>{stars} sao</translation>
    </message>
    <message>
      <source>{stars} stars cannot be reached with this form's options.</source>
      <translation>Không thể đạt {stars} sao với các mức điểm của phiếu này.</translation>
    </message>
    <message>
      <source>{stars}★ · {total} points ({date})</source>
      <translation>{stars}★ · {total} điểm ({date})</translation>
    </message>
    <message>
      <source>{title}: needs {need} pts for {level}★, has {have}</source>
      <translation>{title}: cần {need} điểm để đạt {level}★, hiện có {have}</translation>
    </message>
    <message>
      <source>{title}: {current} → {target} pts</source>
      <translation>{title}: {current} → {target} điểm</translation>
    </message>
    <message>
      <source>{total} / 100 points</source>
      <translation>{total} / 100 điểm</translation>
    </message>
    <message>
      <source>{total} points, not rated ({date})</source>
      <translation>{total} điểm, chưa đạt hạng ({date})</translation>
    </message>
    <message>
      <source>— below 3★, not certifiable</source>
      <translation>— dưới 3★, chưa đủ điều kiện công nhận</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— chọn —</translation>
    </message>
  </context>
</TS>
