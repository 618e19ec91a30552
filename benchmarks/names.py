"""Vietnamese personal names and places for generated members (full diacritics, NFC).

Surname weights follow the commonly cited shares of Vietnamese family names (Nguyễn ≈ 38 %,
Trần ≈ 11 %, Lê ≈ 9.5 %, …); given names are common ones, split by sex.
"""

SURNAMES = [
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 51), ("Phan", 45),
    ("Vũ", 39), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
    ("Lý", 5), ("Đinh", 8), ("Hà", 8), ("Trịnh", 6), ("Đào", 6), ("Cao", 5), ("Lương", 4),
    ("Mai", 4), ("Tạ", 3), ("Lã", 2), ("Kiều", 3), ("Triệu", 3), ("Đoàn", 5), ("Vương", 2),
    ("Tô", 2), ("Quách", 2), ("Khuất", 2), ("Nông", 2), ("Lò", 1), ("Hứa", 1), ("Âu", 1),
]
MIDDLE_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh", "Ngọc", "Mạnh",
            "Tiến", "Trọng", "Đình", "Bá", "Quốc", "Việt", "Hồng", "Anh"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Phương", "Thùy",
            "Bích", "Diệu", "Mỹ", "Thúy", "Hải", "Quỳnh", "Lan", "Khánh"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Cường", "Đức", "Thắng", "Quang",
           "Huy", "Khánh", "Phúc", "Trung", "Hiếu", "Toàn", "Thành", "Tùng", "Vinh", "Bình", "Hòa", "Lâm",
           "Lợi", "Hưng", "Kiên", "Quý", "Tâm", "Việt", "Ánh", "Đạt", "Điệp", "Ước", "Ưng", "Khải", "Lực",
           "Nghĩa", "Phương", "Quyết", "Sỹ", "Thuận", "Tiến", "Trường", "Tú", "Uy", "Vượng", "Xuyên", "Yên", "Ẩn"]
GIVEN_F = ["Lan", "Hương", "Hường", "Hoa", "Mai", "Linh", "Thảo", "Trang", "Ngọc", "Hạnh", "Huyền", "Nga",
           "Nhung", "Oanh", "Phượng", "Thủy", "Tuyết", "Yến", "Duyên", "Loan", "Liên", "Hằng", "Hà", "Dung",
           "Giang", "Uyên", "Ánh", "Thơm", "Đào", "Xuân", "Ân", "Ly", "My", "Nhàn", "Quyên", "Sen", "Thắm",
           "Vân", "Ước", "Ơn"]
COMMUNES = [
    "xã Tiên Lương", "xã Hiền Lương", "xã Liên Hoa", "xã Phù Ninh", "xã Thanh Ba", "xã Đoan Hùng",
    "xã Hạ Hòa", "xã Cẩm Khê", "xã Tam Nông", "xã Thanh Thủy", "xã Tân Sơn", "xã Yên Lập",
    "phường Việt Trì", "phường Phú Thọ", "phường Phong Châu", "xã Lâm Thao", "xã Xuân Lũng",
    "xã Hương Cần", "xã Khả Cửu", "xã Văn Miếu", "xã Đồng Lương", "xã Chân Mộng", "xã Tây Cốc",
]
HAMLETS = ["Khu {n}", "Thôn Đông {n}", "Xóm Mới {n}", "Thôn Thượng {n}", "Khu Ấp {n}", "Bản Mường {n}"]
#: Province-of-birth codes (Circular 59/2021/TT-BCA annex): Phú Thọ 025 most, neighbours next.
BIRTH_PROVINCES = [("025", 80), ("026", 4), ("015", 3), ("008", 3), ("019", 3), ("001", 4), ("017", 3)]
MOBILE_PREFIXES = ["090", "091", "094", "096", "097", "098", "086", "088", "032", "033", "034", "035",
                   "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083",
                   "084", "085"]
ORG_NAMES = ["Công ty TNHH Nông sản {w}", "Hộ kinh doanh Chè {w}", "Công ty cổ phần Thực phẩm {w}",
             "Tổ hợp tác Rau sạch {w}"]
ORG_WORDS = ["Đất Tổ", "Phú Thọ", "Sông Lô", "Hùng Vương", "Âu Cơ", "Trung Du", "Xuân Sơn", "Ao Châu"]
