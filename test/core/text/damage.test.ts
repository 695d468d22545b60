import { encodeLegacy } from '../../../src/core/text/legacy';
import { detectDamagedText, suspiciousWords } from '../../../src/core/text/damage';

// Lines transcribed exactly from /work/shared/seeds (seed:line). Seeds 000, 002, 003 are clean
// Unicode documents (page layout spaces, tabs, an HTML fragment and a URL included); seed 001 is a
// city plan extracted through a legacy font, where many letters were lost (replaced by spaces).

const CLEAN_LINES: readonly (readonly [string, string])[] = [
  ['000:1', '    UBND TỈNH HÒA BÌNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM '],
  ['000:3', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc '],
  ['000:11', ' Số:           /KH-SGD&ĐT        Hòa Bình, ngày       tháng 02 năm 2020 '],
  ['000:14', 'KẾ HOẠCH '],
  ['000:19', '          I. CĂN CỨ XÂY DỰNG KẾ HOẠCH '],
  ['000:21', 'Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 Hội nghị lần thứ tám, '],
  ['000:67', 'dân tỉnh Hòa Bình về việc ban hành Kế hoạch chỉ đạo, điều hành thực hiện '],
  ['000:103', 'hoàn thành chương trình giáo dục tiểu học; tốt nghiệp THCS, THPT; nâng cao '],
  ['000:107', '- Tỷ lệ trường học đạt chuẩn quốc gia đạt 53,8%. '],
  ['000:121', ' - 100% các đơn vị, trường học tiếp tục thực hiện có hiệu quả Nghị quyết '],
  ['000:123', 'số 04-NQ/TW khóa XII về tăng cường xây dựng chỉnh đốn Đảng, ngăn chặn, '],
  ['000:145', '1.Tăng cường sự lãnh đạo, chỉ đạo và quản lý của cấp ủy, chính '],
  ['000:540', 'Tháng 8/2020 Chỉ thị nhiệm vụ năm học 2020-'],
  ['000:687', '2021; kế hoạch tài chính, NSNN 03 năm 2021-2023 '],
  ['000:748', 'trường THPT chuyên Hoàng Văn Thụ và PTDTNT '],
  ['000:865', '3 Tập huấn nâng cao năng lực đội ngũ CBQL,GV lớp 1 '],
  ['000:1041', '1 Đẩy mạnh tự chủ đại học Phòng GDTX&GDCN Tháng 4/2020 Các văn bản hướng dẫn '],
  ['000:1274', ' 1 Tổ chức kỳ thi trung học phổ thông quốc gia năm 2020 Phòng KT&QLCLGD Tháng 6-7/2020 Văn bản chỉ đạo; tổ chức kỳ thi '],
  ['002:3', 'Số: **3264**/KH-SGDĐT'],
  ['002:5', 'Thanh Hoá, ngày **08** tháng 10 năm 2020'],
  ['002:9', 'Triển khai, thực hiện Chỉ thị số 666/CT-BGDĐT ngày 24/8/2020 của Bộ GDĐT về nhiệm vụ và giải pháp năm học 2020 - 2021 của ngành Giáo dục'],
  ['002:15', '1. Triển khai quyết liệt, đồng bộ các giải pháp để hoàn thành các mục tiêu của kế hoạch giáo dục 5 năm (2016-2020) trong tình hình dịch bệnh COVID-19; tập trung thực hiện tốt 6 nhóm nhiệm vụ trọng tâm: Rà soát, quy hoạch, phát triển mạng lưới cơ sở giáo dục và đào tạo trên địa bàn tỉnh; nâng cao chất lượng, chuẩn hóa đội ngũ giáo viên và cán bộ quản lý giáo dục các cấp; phát triển và nâng cao chất lượng giáo dục mầm non, giáo dục phổ thông; đổi mới quản lý và nâng cao hiệu quả của giáo dục thường xuyên, giáo dục dân tộc; tăng cường giáo dục đạo đức, lối sống, kỹ năng sống, bảo đảm an toàn trường học; công tác giáo dục thể chất cho học sinh, sinh viên; nâng cao chất lượng dạy học ngoại ngữ, đặc biệt là tiếng Anh ở các cấp học; đẩy mạnh ứng dụng công nghệ thông tin trong dạy, học và quản lý giáo dục, thực hiện chuyển đổi số trong giáo dục và đào tạo; tăng cường cơ sở vật chất, bảo đảm chất lượng các hoạt động giáo dục và đào tạo.'],
  ['002:37', 'Tiếp tục thực hiện có hiệu quả Chỉ thị số 1737/CT-BGDĐT ngày 07/5/2018 của Bộ GDĐT về việc tăng cường công tác quản lý và nâng cao đạo đức nhà giáo.'],
  ['002:79', 'Khai thác hiệu quả kho học liệu số, học liệu điện tử toàn ngành, ngân hàng câu hỏi trực tuyến dùng chung, kho bài giảng e-learning, bản đồ số giáo dục trực tuyến và triển khai giải pháp dạy học kết hợp (blended learning) trong GDĐT.'],
  ['002:95', 'Xây dựng, tham mưu và triển khai thực hiện Đề án “Cơ chế, chính sách khuyến khích phát triển các trường phổ thông (tiểu học, THCS, THPT) công lập tự chủ”.'],
  ['002:137', '2. Nâng cao năng lực lãnh đạo, quản lý của CBQL giáo dục các cấp'],
  ['003:7', 'Số: 4295 /BGDDĐT-TĐKT'],
  ['003:13', 'Hà Nội, ngày 19 tháng 10 năm 2020'],
  ['003:26', "Cụm thi đua\tCụm trưởng (Sở GD&ĐT)\tCụm phó (Sở GD&ĐT)"],
  ['003:59', '- Website Bộ GDĐT;'],
  ['003:214', "\tTriển khai e-learning và dạy học trực tuyến.\t- Văn bản của Sở GDĐT hướng dẫn triển khai e-learning. - Số lượng bài giảng e-learning được tuyển chọn gửi về Bộ. - Số lượt giáo viên được tham dự lớp tập huấn về thiết kế bài giảng e-learning. - Tỷ lệ giờ học có áp dụng phương thức dạy học\t"],
  ['003:219', "\tNhân lực sử dụng công nghệ thông tin\t<ul style=\"list-style-type: none\"> - Tỷ lệ giáo viên ứng dụng Công nghệ thông tin dạy học trên lớp học so với số lượng giáo viên - Tỷ lệ giáo viên có thể soạn bài giảng e-learning và dạy học trực tuyến so với số lượng giáo viên - Tỷ lệ giáo viên đạt chứng chỉ kỹ năng sử dụng Công nghệ thông tin quy định tại Thông tư số \t10"],
  ['003:259', '- + Số lượng nhà vệ sinh đạt chuẩn (theo Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016) đạt tỷ lệ 60% trở lên.'],
  ['003:304', "10.2.3\tCập nhật dữ liệu đầy đủ, chính xác trên hệ thống báo cáo trực tuyến tại http://csdl.moet.gov.vn ; thực hiện báo cáo thống kê theo quy định.\tCập nhật đầy đủ, chính xác dữ liệu thông tin và tổng hợp nộp báo cáo thống kê giáo dục của địa phương đúng hạn; báo cáo thống kê sau khi nộp không bị trả lại vì chưa đảm bảo yêu cầu.\t10\t"],
  ['003:336', "14.1\tWebsite thường xuyên hoạt động, tương tác, cập nhật thông tin, có đường link với website Bộ.\tĐịa chỉ website, Website được cập nhật thông tin thường xuyên và link với website Bộ.\t25\t"],
];

const DAMAGED_LINES: readonly (readonly [string, string])[] = [
  ['001:3', 'Tr  n  h   thực h  n c n  t c d n vận ch nh qu  n n        '],
  ['001:9', 'và Đào tạo Hoà Bình về việc thực hiện c ng tác d n v n ch nh quyền n   2021, '],
  ['001:13', 'c ng tác d n v n ch nh quyền ngành Giáo dục và Đào tạo thành phố Hòa Bình '],
  ['001:21', 'Tiếp tục n ng cao hiệu qu  c ng tác giáo dục và  ào tạo,   y  ạnh thực '],
  ['001:25', 'phong  à  việc của cán   , c ng ch c, vi n ch c, tạo sự chuy n  iến t ch cực về '],
  ['001:27', 'nh n th c và hành   ng trong c ng tác d n v n ch nh quyền;  ề cao vai trò, '],
  ['001:29', 'trách nhiệ  của người   ng  ầu trong việc tri n khai thực hiện c ng tác d n '],
  ['001:39', 'thành t ch, ph  trư ng, hình th c,   ng ph . '],
  ['001:43', ' . N n  c o h  u lực, h  u quả quản l  Nh  n  c tron  c n  t c ch  '],
  ['001:45', 'đạo đ  u h nh v  c n  t c d n vận '],
  ['001:55', 'nhiệ  vụ c ng tác theo tháng, qu , h c k , n   h c    k p thời  iều chỉnh,    sung '],
  ['001:59', ' . Đẩ   ạnh c n  t c tru  n th n  v     o dục v  đ o tạo '],
  ['001:65', 'Đ ng, Quốc h i, Ch nh phủ về   i   i c n   n, toàn diện giáo dục và  ào tạo. '],
  ['001:76', 'H i  ồng nh n d n các cấp nhiệ  k  2021-2026. Chủ   ng cung cấp th ng tin '],
  ['001:84', 'truyền th ng, n ng cao hiệu qu  c ng tác th ng tin  áp  ng y u cầu truyền th ng '],
  ['001:88', '3. Đẩ   ạnh cả  c ch h nh ch nh v     o dục v  đ o tạo '],
  ['001:102', 'x y dựng v n   n quy phạ  pháp  u t; t ng cường rà soát, hệ thống hóa v n   n '],
  ['001:116', '4. N n  c o n n  lực lãnh đạo, quản l  củ  c n bộ quản l     o dục; '],
  ['001:118', 'đổ      c n  t c quản l ; đẩ   ạnh c n  t c      tr ,      s t; '],
  ['001:120', 'n  n chặn, đ  n hị xử l  n h ê  nhữn  t êu cực tron  hoạt độn     o dục '],
];
/** Seed 001, lines 3–32 (the opening of the plan, blank lines included). */
const EXCERPT = [
  'Tr  n  h   thực h  n c n  t c d n vận ch nh qu  n n        ',
  '',
  '          ',
  '',
  '           Thực hiện Kế hoạch số 367/KH-SGD&ĐT ngày 01/3/2021 của Sở Giáo dục ',
  '',
  'và Đào tạo Hoà Bình về việc thực hiện c ng tác d n v n ch nh quyền n   2021, ',
  '',
  'phòng Giáo dục và Đào tạo thành phố Hoà Bình x y dựng kế hoạch thực hiện ',
  '',
  'c ng tác d n v n ch nh quyền ngành Giáo dục và Đào tạo thành phố Hòa Bình ',
  '',
  'n   2021, như sau: ',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU ',
  '',
  '           . Mục đ ch ',
  '',
  'Tiếp tục n ng cao hiệu qu  c ng tác giáo dục và  ào tạo,   y  ạnh thực ',
  '',
  'hiện c i cách hành ch nh,   i   i  ề  ối  à  việc, x y dựng  ạo   c c ng vụ, tác ',
  '',
  'phong  à  việc của cán   , c ng ch c, vi n ch c, tạo sự chuy n  iến t ch cực về ',
  '',
  'nh n th c và hành   ng trong c ng tác d n v n ch nh quyền;  ề cao vai trò, ',
  '',
  'trách nhiệ  của người   ng  ầu trong việc tri n khai thực hiện c ng tác d n ',
  '',
  'v n, gắn v i x y dựng ch nh quyền trong sạch, vững  ạnh. ',
  '',
].join('\n');


describe('detectDamagedText on clean lines from seeds 000/002/003', () => {
  it('uses at least 30 clean lines', () => {
    expect(CLEAN_LINES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CLEAN_LINES)('%s is not flagged', (_where, line) => {
    expect(detectDamagedText(line)).toBeNull();
    expect(suspiciousWords(line)).toEqual([]);
  });

  it('does not flag the clean lines taken together', () => {
    expect(detectDamagedText(CLEAN_LINES.map(([, line]) => line).join('\n'))).toBeNull();
  });
});

describe('detectDamagedText on damaged lines from seed 001', () => {
  it.each(DAMAGED_LINES)('%s is flagged as damaged', (_where, line) => {
    const report = detectDamagedText(line);
    expect(report).not.toBeNull();
    expect(report?.damaged).toBe(true);
    expect(report?.reason).toMatch(/^Văn bản có dấu hiệu mất chữ do phông chữ cũ \(\d+\/\d+ từ/);
  });

  it('explains the verdict with counts and examples', () => {
    expect(detectDamagedText(DAMAGED_LINES[0][1])).toEqual({
      damaged: true,
      reason:
        'Văn bản có dấu hiệu mất chữ do phông chữ cũ (15/17 từ không phải âm tiết tiếng Việt, ' +
        'ví dụ “Tr”, “n”, “h”): không khôi phục được, cần nhập lại từ bản gốc.',
    });
  });

  it.each([
    ['001:9', ['c', 'ng', 'd', 'n', 'v', 'n', 'ch', 'nh', 'n']],
    ['001:29', ['nhiệ', 'ng', 'n', 'c', 'ng', 'd', 'n']],
    ['001:59', ['Đẩ', 'c', 'n', 't', 'c', 'n', 'th', 'n', 'v', 'v']],
  ])('%s: finds exactly the broken words', (where, words) => {
    const line = DAMAGED_LINES.find(([w]) => w === where)?.[1] ?? '';
    expect(suspiciousWords(line)).toEqual(words);
  });

  it('flags the opening of the document as a whole', () => {
    expect(detectDamagedText(EXCERPT)?.damaged).toBe(true);
  });

  it('does not flag a line of seed 001 that came through intact', () => {
    expect(detectDamagedText('Tiếp tục thực hiện Kế hoạch số 1806/KH-UBND ngày 31/7/2018 của ')).toBeNull();
  });
});

describe('detectDamagedText on other signals', () => {
  it.each([
    ['Tr\ufffdn khai th\ufffdc hi\ufffdn', 'Văn bản có 3 ký tự thay thế “\ufffd”: chữ đã bị mất khi chuyển phông/bảng mã, cần nhập lại.'],
    ['Gi\ue0b8o d\ue0f4c', 'Văn bản có 2 ký tự vùng dùng riêng (PUA) của phông chữ cũ: không khôi phục được, cần nhập lại.'],
    ['Sở Giáo dục\u0007 và\u0001 Đào tạo', 'Văn bản có 2 ký tự điều khiển lạ: dấu hiệu lỗi khi trích xuất chữ, cần kiểm tra lại.'],
  ])('%j is damaged', (text, reason) => {
    expect(detectDamagedText(text)).toEqual({ damaged: true, reason });
  });

  it('ignores a Symbol-font bullet (private use) at the head of a line', () => {
    expect(detectDamagedText('\uf0b7 Tổ chức thực hiện tốt công tác thi đua\n  \uf0a7\tBáo cáo kết quả')).toBeNull();
  });

  it.each([
    ['tcvn3', 'TCVN3 (ABC)'],
    ['vni', 'VNI'],
  ] as const)('reports %s text as convertible, not damaged', (encoding, name) => {
    const legacy = encodeLegacy('Kế hoạch thực hiện công tác dân vận chính quyền năm 2021', encoding);
    expect(detectDamagedText(legacy)).toEqual({
      damaged: false,
      reason: `Văn bản đang ở bảng mã cũ ${name}, chưa mất chữ: chuyển sang Unicode là đọc được.`,
    });
  });

  it.each([
    [''],
    ['   \n\t '],
    ['2020-2021'],
    ['12/5/2016; 53,8%; 10.2.3'],
    ['Please send the report as a pdf file to the office by email.'],
    ['Đơn vị tính: 5 km, 100 đ, 20 m, 3 x 4; xem tr. 12, v.v.'],
    ['a) Kế hoạch; b) Báo cáo; c) Tờ trình'],
    ['Gửi file baocao.xlsx qua http://csdl.moet.gov.vn hoặc www.hoabinh.edu.vn'],
    ['Mr Smith and Dr Brown visited the school.'],
    ['Số: 4295 /BGDDĐT-TĐKT'],
  ])('%j looks fine', (text) => {
    expect(detectDamagedText(text)).toBeNull();
  });

  it('needs more than one stray word to flag a line', () => {
    expect(suspiciousWords('tích hợp có ưở dữ liệu ngành GD&ĐT')).toEqual(['ưở']);
    expect(detectDamagedText('tích hợp có ưở dữ liệu ngành GD&ĐT')).toBeNull();
  });
});
