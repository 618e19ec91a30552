<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
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
      <source>({count} criteria)</source>
      <translation>({count} tiêu chí)</translation>
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
      <source>Evaluation stopped</source>
      <translation>Dừng đánh giá</translation>
    </message>
    <message>
      <source>Evidence: {documents}</source>
      <translation>Minh chứng: {documents}</translation>
    </message>
    <message>
      <source>Group {group}: answer only one of {codes}.</source>
      <translation>Nhóm {group}: chỉ chấm một trong các tiêu chí {codes}.</translation>
    </message>
    <message>
      <source>Knock-out condition {key} is not in scoring form {form}.</source>
      <translation>Điều kiện loại {key} không có trong phiếu chấm điểm {form}.</translation>
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
      <source>Part {code}: {points}/{max}</source>
      <translation>Phần {code}: {points}/{max}</translation>
    </message>
    <message>
      <source>Part {code}: {title} ({points} points)</source>
      <translation>Phần {code}: {title} ({points} điểm)</translation>
    </message>
    <message>
      <source>Potential 5 stars (the central council decides)</source>
      <translation>Tiềm năng 5 sao (Hội đồng cấp trung ương quyết định)</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Bị loại</translation>
    </message>
    <message>
      <source>Scoring form {code}: {group} / {sub_group}</source>
      <translation>Phiếu chấm điểm {code}: {group} / {sub_group}</translation>
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
      <source>Stars: {status}</source>
      <translation>Hạng sao: {status}</translation>
    </message>
    <message>
      <source>Stars: {status} (the total alone gives {band} stars)</source>
      <translation>Hạng sao: {status} (riêng tổng điểm cho {band} sao)</translation>
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
      <source>There is no OCOP scoring form {code} (forms are 01 to 26).</source>
      <translation>Không có phiếu chấm điểm OCOP số {code} (các phiếu đánh số từ 01 đến 26).</translation>
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
      <source>Unanswered criteria ({count}): {codes}</source>
      <translation>Tiêu chí chưa chấm ({count}): {codes}</translation>
    </message>
    <message>
      <source>Unanswered criteria: none</source>
      <translation>Tiêu chí chưa chấm: không có</translation>
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
      <source>[{stars}★: above 0]</source>
      <translation>[{stars}★: phải trên 0 điểm]</translation>
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
      <source>{stars} stars</source>
      <translation>{stars} sao</translation>
    </message>
    <message>
      <source>{stars} stars cannot be reached with this form's options.</source>
      <translation>Không thể đạt {stars} sao với các mức điểm của phiếu này.</translation>
    </message>
  </context>
</TS>
