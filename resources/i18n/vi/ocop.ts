<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ocop</name>
    <message>
      <source>(provisional: {count} criteria unanswered)</source>
      <translation>(tạm tính: còn {count} tiêu chí chưa chấm)</translation>
    </message>
    <message>
      <source>Criterion {code} is not in scoring form {form}.</source>
      <translation>Tiêu chí {code} không có trong phiếu chấm điểm {form}.</translation>
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
      <source>Group {group}: answer only one of {codes}.</source>
      <translation>Nhóm {group}: chỉ chấm một trong các tiêu chí {codes}.</translation>
    </message>
    <message>
      <source>Knock-out condition {key} is not in scoring form {form}.</source>
      <translation>Điều kiện loại {key} không có trong phiếu chấm điểm {form}.</translation>
    </message>
    <message>
      <source>Knocked out ({effect}): {reason}</source>
      <translation>Không đạt ({effect}): {reason}</translation>
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
      <source>{stars} stars</source>
      <translation>{stars} sao</translation>
    </message>
  </context>
</TS>
