/**
 * "Danh mục nhiệm vụ Giáo dục và Đào tạo năm 2020" — the annex of the plan
 * "Kế hoạch chỉ đạo, điều hành thực hiện nhiệm vụ Giáo dục và Đào tạo năm 2020"
 * of Sở GD&ĐT Hòa Bình (seed 000, from "DANH MỤC NHIỆM VỤ …" to the end).
 *
 * Transcription notes:
 * - The plan is dated "ngày … tháng 02 năm 2020" with the day (and the number)
 *   left blank, so `issueDate` is the first day of that month, 2020-02-01.
 * - Cells wrapped over several lines are joined with one space; a word split
 *   at its hyphen by the wrap ("2020-" + "2025", "51-" + "KL/TW",
 *   "1501/QĐ-" + "TTg") is joined without a space.
 * - Products the cell lists on separate lines are joined with "\n".
 * - Numbering is kept as in the source: section VII goes 1–7 then 10.
 * - Only obvious typos are corrected; each is listed in `fixes`.
 */
import type {
  CatalogueRow,
  CatalogueSection,
  CatalogueTemplate,
  TranscriptionFix,
  Unit,
} from '../types';

type RowText = Omit<CatalogueRow, 'section' | 'sectionTitle'>;

function inSection(section: CatalogueSection, rows: readonly RowText[]): CatalogueRow[] {
  return rows.map((row) => ({ section: section.section, sectionTitle: section.title, ...row }));
}

const SECTIONS: readonly CatalogueSection[] = [
  { section: 'I', title: 'Văn phòng' },
  { section: 'II', title: 'Phòng Kế hoạch Tài chính' },
  { section: 'III', title: 'Phòng Tổ chức Cán bộ' },
  { section: 'IV', title: 'Phòng Giáo dục Mầm non' },
  { section: 'V', title: 'Phòng Giáo dục Tiểu học' },
  { section: 'VI', title: 'Phòng Giáo dục Trung học' },
  { section: 'VII', title: 'Phòng Giáo dục Thường xuyên và Giáo dục chuyên nghiệp' },
  { section: 'VIII', title: 'Phòng Chính trị tư tưởng' },
  { section: 'IX', title: 'Thanh tra' },
  { section: 'X', title: 'Phòng Khảo thí và Quản lý chất lượng giáo dục' },
  { section: 'XI', title: 'Tổ Công nghệ thông tin' },
];

function sectionOf(numeral: string): CatalogueSection {
  const found = SECTIONS.find((s) => s.section === numeral);
  if (found === undefined) {
    throw new Error(`Không có mục ${numeral} (unknown section ${numeral})`);
  }
  return found;
}

const UNITS: readonly Unit[] = [
  { name: 'Văn phòng', aliases: ['Văn phòng Sở', 'VP'] },
  {
    name: 'Phòng Kế hoạch Tài chính',
    aliases: ['Phòng KHTC', 'Phòng Kế hoạch - Tài chính', 'Phòng KH-TC'],
  },
  { name: 'Phòng Tổ chức Cán bộ', aliases: ['Phòng TCCB', 'Phòng TC-CB'] },
  { name: 'Phòng Giáo dục Mầm non', aliases: ['Phòng GDMN'] },
  { name: 'Phòng Giáo dục Tiểu học', aliases: ['Phòng GDTH'] },
  { name: 'Phòng Giáo dục Trung học', aliases: ['Phòng GDTrH'] },
  {
    name: 'Phòng Giáo dục Thường xuyên và Giáo dục chuyên nghiệp',
    aliases: ['Phòng GDTX&GDCN', 'Phòng GDTX-GDCN', 'GDTX&GDCN'],
  },
  { name: 'Phòng Chính trị tư tưởng', aliases: ['Phòng CTTT'] },
  { name: 'Thanh tra', aliases: ['Thanh tra Sở'] },
  {
    name: 'Phòng Khảo thí và Quản lý chất lượng giáo dục',
    aliases: ['Phòng KT&QLCLGD', 'Phòng KT-QLCLGD', 'Phòng Khảo thí và QLCLGD', 'KT&QLCLGD'],
  },
  { name: 'Tổ Công nghệ thông tin', aliases: ['Tổ CNTT'] },
];

const ROWS: readonly CatalogueRow[] = [
  ...inSection(sectionOf('I'), [
    {
      tt: '1',
      task: 'Tham mưu ban hành Chỉ thị nhiệm vụ chủ yếu của ngành năm học 2020-2021',
      unit: 'Văn phòng',
      deadline: 'Tháng 8/2020',
      product: 'Chỉ thị nhiệm vụ năm học 2020-2021',
    },
    {
      tt: '2',
      task: 'Xây dựng Kế hoạch và tổ chức truyền thông năm 2020',
      unit: 'Văn phòng',
      deadline: 'Tháng 2/2020',
      product: 'Kế hoạch truyền thông',
    },
    {
      tt: '3',
      task:
        'Xây dựng Kế hoạch và triển khai thực hiện Kế hoạch của Bộ GD&ĐT, Tỉnh ủy Hòa Bình ' +
        'thực hiện Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện ' +
        'Nghị quyết Trung ương 8 khóa XI',
      unit: 'Văn phòng',
      deadline: 'Sau khi có Kế hoạch của Bộ GD&ĐT',
      product: 'Kế hoạch thực hiện Kết luận số 51-KL/TW',
    },
    {
      tt: '4',
      task: 'Tổng kết năm học 2019-2020, triển khai nhiệm vụ năm học 2020-2021',
      unit: 'Văn phòng',
      deadline: 'Tháng 8/2020',
      product: 'Hội nghị tổng kết năm học\nBáo cáo tổng kết năm học',
    },
    {
      tt: '5',
      task: 'Xây dựng Kế hoạch tự kiểm tra, rà soát văn bản quy phạm pháp luật có liên quan đến GD&ĐT',
      unit: 'Văn phòng',
      deadline: 'Tháng 1/2020',
      product: 'Kế hoạch tự kiểm tra, rà soát VBQPPL',
    },
    {
      tt: '6',
      task: 'Công tác tuyên truyền phổ biến giáo dục pháp luật và Luật Giáo dục năm 2020',
      unit: 'Văn phòng',
      deadline: 'Tháng 4/2020',
      product: 'Hội nghị tuyên truyền, phổ biến Luật Giáo dục',
    },
    {
      tt: '7',
      task:
        'Xây dựng và tổ chức thực hiện Kế hoạch Cải cách hành chính; Kế hoạch kiểm soát thủ tục ' +
        'hành chính; Kế hoạch rà soát thủ tục hành chính',
      unit: 'Văn phòng',
      deadline: 'Tháng 1/2020',
      product:
        'Kế hoạch Cải cách hành chính; Kế hoạch kiểm soát thủ tục hành chính; ' +
        'Kế hoạch rà soát thủ tục hành chính',
    },
    {
      tt: '8',
      task: 'Tổ chức Hội nghị điển hình tiên tiến ngành GD&ĐT giai đoạn 2015-2020',
      unit: 'Văn phòng',
      deadline: 'Tháng 3/2020',
      product: 'Hội nghị điển hình tiên tiến',
    },
    {
      tt: '9',
      task: 'Tuyên truyền, phổ biến nhân rộng điển hình tiên tiến trong ngành giáo dục',
      unit: 'Văn phòng',
      deadline: 'Trong năm 2020',
      product: 'Gương tập thể, cá nhân điển hình; gương người tốt việc tốt được nhân rộng',
    },
    {
      tt: '10',
      task: 'Xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo ưu tú',
      unit: 'Văn phòng',
      deadline: 'Tháng 9/2020',
      product: 'Văn bản trình Bộ GD&ĐT',
    },
    {
      tt: '11',
      task:
        'Thực hiện phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” năm 2020 và hướng dẫn ' +
        'tổng kết phong trào thi đua giai đoạn 2016-2020',
      unit: 'Văn phòng',
      deadline: 'Tháng 12/2020',
      product:
        'Văn bản hướng dẫn tổng kết phong trào thi đua “Đổi mới sáng tạo trong dạy và học” ' +
        'giai đoạn 2016-2020',
    },
  ]),
  ...inSection(sectionOf('II'), [
    {
      tt: '1',
      task: 'Xây dựng Chiến lược phát triển giáo dục giai đoạn 2021-2030 và tầm nhìn 2045',
      unit: 'Phòng Kế hoạch tài chính',
      deadline: 'Tháng 11/2020',
      product: 'Chiến lược phát triển giáo dục giai đoạn 2021-2030 và tầm nhìn 2045',
    },
    {
      tt: '2',
      task:
        'Xây dựng, tổng hợp dự toán, bảo vệ dự toán năm 2021; kế hoạch tài chính, NSNN 03 năm ' +
        '2021-2023 với Bộ GD&ĐT, Sở Tài chính; phân bổ, quản lý sử dụng kinh phí chi thường ' +
        'xuyên năm 2021.',
      unit: 'Phòng Kế hoạch tài chính',
      deadline: 'Tháng 11/2020',
      product:
        'Báo cáo tình hình thực hiện dự toán năm 2020, dự toán ngân sách năm 2021, kế hoạch ' +
        'tài chính – NSNN 3 năm 2021-2023; báo cáo quyết toán năm 2019',
    },
    {
      tt: '3',
      task:
        'Xây dựng, tổng hợp dự toán, bảo vệ kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 ' +
        'với Sở Kế hoạch Đầu tư, Bộ GD&ĐT',
      unit: 'Phòng Kế hoạch tài chính',
      deadline: 'Tháng 11/2020',
      product: 'Báo cáo tổng hợp kế hoạch đầu tư trung hạn giai đoạn 2021-2025',
    },
    {
      tt: '4',
      task: 'Xây dựng, tổng hợp dự toán, bảo vệ kế hoạch đầu tư công năm 2021',
      unit: 'Phòng Kế hoạch tài chính',
      deadline: 'Tháng 11/2020',
      product: 'Báo cáo tổng hợp kế hoạch đầu tư công năm 2021',
    },
    {
      tt: '5',
      task: 'Báo cáo kế hoạch phát triển giáo dục và đào tạo và dự toán ngân sách năm 2021',
      unit: 'Phòng Kế hoạch tài chính',
      deadline: 'Tháng 8/2020',
      product: 'Kế hoạch phát triển giáo dục và đào tạo và dự toán ngân sách năm 2021',
    },
  ]),
  ...inSection(sectionOf('III'), [
    {
      tt: '1',
      task: 'Thực hiện quy trình tuyển dụng viên chức năm 2019',
      unit: 'Phòng Tổ chức Cán bộ',
      deadline: 'Tháng 2/2020',
      product: 'Quyết định phân công công tác',
    },
    {
      tt: '2',
      task: 'Xây dựng đề án tinh giản biên chế giai đoạn 2020-2025',
      unit: 'Phòng Tổ chức Cán bộ',
      deadline: 'Tháng 10/2020',
      product: 'Đề án tinh giản biên chế',
    },
    {
      tt: '3',
      task:
        'Xây dựng Kế hoạch và tổ chức thi tuyển giáo viên về trường THPT chuyên Hoàng Văn Thụ ' +
        'và PTDTNT tỉnh',
      unit: 'Phòng Tổ chức Cán bộ',
      deadline: 'Tháng 2/2020',
      product: 'Kế hoạch thi tuyển',
    },
    {
      tt: '4',
      task: 'Thực hiện quy trình bổ nhiệm cán bộ quản lý các đơn vị, trường học',
      unit: 'Phòng Tổ chức Cán bộ',
      deadline: 'Trong năm 2020',
      product: 'Quyết định bổ nhiệm\nHồ sơ bổ nhiệm',
    },
    {
      tt: '5',
      task:
        'Rà soát, kiểm tra công tác quản lý biên chế, tuyển dụng, sử dụng, đánh giá và thực hiện ' +
        'chế độ chính sách đối với giáo viên, cán bộ quản lý giáo dục',
      unit: 'Phòng Tổ chức Cán bộ',
      deadline: 'Tháng 12/2020',
      product: 'Báo cáo kết quả',
    },
    {
      tt: '6',
      task:
        'Sơ kết việc triển khai thực hiện Đề án đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý ' +
        'cơ sở giáo dục đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục phổ thông',
      unit: 'Phòng Tổ chức Cán bộ',
      deadline: 'Tháng 10/2020',
      product: 'Báo cáo sơ kết',
    },
    {
      tt: '7',
      task:
        'Triển khai thực hiện Đề án đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý giáo dục ' +
        'mầm non giai đoạn 2018-2025',
      unit: 'Phòng Tổ chức Cán bộ',
      deadline: 'Tháng 11/2020',
      product: 'Báo cáo kết quả thực hiện',
    },
  ]),
  ...inSection(sectionOf('IV'), [
    {
      tt: '1',
      task:
        'Hướng dẫn, chỉ đạo thực hiện các điều kiện đảm bảo an toàn cho trẻ trong các cơ sở ' +
        'giáo dục mầm non',
      unit: 'Phòng Giáo dục Mầm non',
      deadline: 'Tháng 4/2020',
      product: 'Văn bản hướng dẫn',
    },
    {
      tt: '2',
      task:
        'Tổng kết 5 năm triển khai thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm ' +
        'trung tâm”',
      unit: 'Phòng Giáo dục Mầm non',
      deadline: 'Tháng 8/2020',
      product: 'Báo cáo tổng kết 5 năm thực hiện Chuyên đề',
    },
    {
      tt: '3',
      task:
        'Xây dựng nội dung tích hợp giáo dục quyền con người trong chương trình giáo dục mầm non',
      unit: 'Phòng Giáo dục Mầm non',
      deadline: 'Tháng 8/2020',
      product: 'Văn bản hướng dẫn',
    },
    {
      tt: '4',
      task:
        'Tổng kết giai đoạn 1 và triển khai hoạt động giai đoạn 2 của Kế hoạch Tăng cường ' +
        'tiếng Việt cho trẻ mầm non, học sinh tiểu học vùng dân tộc thiểu số',
      unit: 'Phòng Giáo dục Mầm non',
      deadline: 'Tháng 10/2020',
      product: 'Báo cáo tổng kết thực hiện Kế hoạch',
    },
    {
      tt: '5',
      task:
        'Hướng dẫn giáo dục dinh dưỡng và sức khỏe lồng ghép với phát triển vận động cho trẻ ' +
        'mầm non; hướng dẫn, hỗ trợ triển khai bữa ăn dinh dưỡng tại các lớp học, điểm trường, ' +
        'trường mầm non',
      unit: 'Phòng Giáo dục Mầm non',
      deadline: 'Tháng 8/2020',
      product: 'Văn bản hướng dẫn',
    },
  ]),
  ...inSection(sectionOf('V'), [
    {
      tt: '1',
      task: 'Hội nghị hướng dẫn lựa chọn sách giáo khoa',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Tháng 2/2020',
      product: 'Hội nghị hướng dẫn;\nBáo cáo kết quả',
    },
    {
      tt: '2',
      task:
        'Thẩm định và triển khai tài liệu giáo dục địa phương trong Chương trình GDPT năm 2018 ' +
        'đối với lớp 1',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Tháng 2/2020',
      product: 'Văn bản triển khai',
    },
    {
      tt: '3',
      task: 'Tập huấn nâng cao năng lực đội ngũ CBQL,GV lớp 1 thực hiện Chương trình GDPT mới năm 2018',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Trong năm 2020',
      product: 'Báo cáo kết quả',
    },
    {
      tt: '4',
      task:
        'Hướng dẫn và kiểm tra công tác chuẩn bị của các địa phương về đội ngũ giáo viên cho ' +
        'Chương trình giáo dục phổ thông năm 2018, nhất là những môn học mới, bắt buộc và giáo ' +
        'viên lớp 1',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Tháng 8/2020',
      product: 'Văn bản hướng dẫn;\nBáo cáo kết quả',
    },
    {
      tt: '5',
      task: 'Kiểm tra, hỗ trợ thực hiện Chương trình giáo dục phổ thông mới ( đặc biệt đối với lớp 1)',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Trong năm 2020',
      product: 'Báo cáo kết quả',
    },
    {
      tt: '6',
      task:
        'Hướng dẫn tổ chức các hoạt động tăng cường tiếng Việt cho học sinh tiểu học vùng dân ' +
        'tộc thiểu số theo Chương trình giáo dục phổ thông năm 2018',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Tháng 5/2020',
      product: 'Văn bản hướng dẫn',
    },
    {
      tt: '7',
      task:
        'Sơ kết 3 năm thực hiện chủ đề “An toàn-Sáng tạo-Hiệu quả” trong các cơ sở giáo dục ' +
        'tiểu học',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Tháng 4/2020',
      product: 'Báo cáo kết quả',
    },
    {
      tt: '8',
      task: 'Xây dựng tài liệu về nội dung giáo dục địa phương đối với lớp 2',
      unit: 'Phòng Giáo dục Tiểu học',
      deadline: 'Tháng 8/2020',
      product: 'Văn bản, tài liệu đề nghị phê duyệt',
    },
  ]),
  ...inSection(sectionOf('VI'), [
    {
      tt: '1',
      task: 'Xây dựng tài liệu về nội dung giáo dục địa phương đối với lớp 6',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 12/2020',
      product: 'Văn bản, tài liệu đề nghị phê duyệt',
    },
    {
      tt: '2',
      task:
        'Xây dựng Kế hoạch thực hiện Đề án đảm bảo sách giáo khoa thực hiện Chương trình giáo ' +
        'dục phổ thông 2018',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 6/2020',
      product: 'Kế hoạch thực hiện',
    },
    {
      tt: '3',
      task: 'Xây dựng Đề án về chương trình học song ngữ trong các cấp học phổ thông',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Sau khi có Đề án của Thủ tướng Chính phủ',
      product: 'Đề án trình UBND tỉnh',
    },
    {
      tt: '4',
      task:
        'Chỉ đạo tổ chức cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh và tổ ' +
        'chức đội tuyển dự thi cấp quốc gia',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 3/2020',
      product: 'Văn bản hướng dẫn;\nBáo cáo kết quả cuộc thi',
    },
    {
      tt: '5',
      task: 'Phối hợp chỉ đạo tổ chức thi THPT quốc gia năm 2020',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 6/2020',
      product: 'Văn bản hướng dẫn',
    },
    {
      tt: '6',
      task:
        'Sơ kết 5 năm (2014-2019) thực hiện Nghị quyết số 88 của Quốc hội về đổi mới chương ' +
        'trình, sách giáo khoa và xây dựng Kế hoạch tiếp tục triển khai Nghị quyết 88 giai đoạn ' +
        '2020-2025',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 1/2020',
      product: 'Báo cáo sơ kết 5 năm',
    },
    {
      tt: '7',
      task: 'Tham gia diễn đàn hợp tác, đầu tư với nước ngoài trong giáo dục phổ thông',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 10/2020',
      product: 'Tham gia Diễn đàn',
    },
    {
      tt: '8',
      task: 'Nhiệm vụ thực hiện năm Việt Nam đảm nhận Chủ tịch ASEAN 2020',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 10/2020',
      product: 'Các nhiệm vụ được Bộ GD&ĐT, UBND tỉnh phân công thực hiện',
    },
    {
      tt: '9',
      task:
        'Tổng kết tình hình thực hiện “Đề án hội nhập quốc tế về giáo dục và dạy nghề đến năm ' +
        '2020”',
      unit: 'Phòng Giáo dục Trung học',
      deadline: 'Tháng 9/2020',
      product:
        'Báo cáo tổng kết Quyết định số 2448/QĐ-TTg ngày 16/12/2013 của Thủ tướng Chính phủ',
    },
  ]),
  ...inSection(sectionOf('VII'), [
    {
      tt: '1',
      task: 'Đẩy mạnh tự chủ đại học',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 4/2020',
      product: 'Các văn bản hướng dẫn',
    },
    {
      tt: '2',
      task: 'Kế hoạch triển khai Khung trình độ quốc gia Việt Nam giai đoạn 2020-2025',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 4/2020',
      product: 'Kế hoạch triển khai',
    },
    {
      tt: '3',
      task:
        'Triển khai Đề án nâng cao năng lực đội ngũ giảng viên, cán bộ quản lý các cơ sở giáo ' +
        'dục đại học đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục và đào tạo giai đoạn ' +
        '2019-2030',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 12/2020',
      product: 'Báo cáo kết quả thực hiện Đề án của trường CĐSP',
    },
    {
      tt: '4',
      task: 'Triển khai công tác tuyển sinh Đại học, Cao đẳng năm 2020',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 3/2020',
      product: 'Văn bản hướng dẫn',
    },
    {
      tt: '5',
      task:
        'Tổng kết triển khai thực hiện Kế hoạch “Xây dựng xã hội học tập giai đoạn 2012-2020”; ' +
        '“Kế hoạch xóa mù chữ giai đoạn 2012-2020”; Xây dựng các Kế hoạch giai đoạn 2021-2030',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 12/2020',
      product: 'Báo cáo tổng kết;\nKế hoạch triển khai.',
    },
    {
      tt: '6',
      task:
        'Hướng dẫn Chương trình giáo dục thường xuyên cấp trung học kết hợp với dạy nghề trong ' +
        'các cơ sở giáo dục thường xuyên',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 8/2020',
      product: 'Văn bản hướng dẫn',
    },
    {
      tt: '7',
      task:
        'Tham gia xây dựng tài liệu hướng dẫn Chương trình giáo dục phổ thông 2018 cấp THCS, ' +
        'THPT áp dụng đối với giáo dục thường xuyên; xây dựng Chương trình xóa mù chữ phù hợp ' +
        'với Chương trình giáo dục phổ thông 2018',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 11/2020',
      product: 'Dự thảo Chương trình',
    },
    // The source numbers the next row 10 (there are no rows 8 and 9).
    {
      tt: '10',
      task: 'Rà soát hoạt động của các Trung tâm tư vấn du học',
      unit: 'Phòng GDTX&GDCN',
      deadline: 'Tháng 5/2020',
      product: 'Báo cáo kết quả rà soát',
    },
  ]),
  ...inSection(sectionOf('VIII'), [
    {
      tt: '1',
      task:
        'Rà soát các văn bản quy phạm pháp luật trong lĩnh vực giáo dục và đào tạo liên quan ' +
        'đến vùng dân tộc thiểu số, miền núi',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 10/2020',
      product: 'Báo cáo rà soát',
    },
    {
      tt: '2',
      task:
        'Kế hoạch về công tác giáo dục dân tộc của ngành giáo dục thực hiện Nghị quyết của ' +
        'Chính phủ triển khai thực hiện Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 6/2020',
      product: 'Kế hoạch thực hiện',
    },
    {
      tt: '3',
      task: 'Tham gia xây dựng Đề án K1 của Bộ GD&ĐT',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 10/2020',
      product: 'Đề án được phê duyệt',
    },
    {
      tt: '4',
      task:
        'Tham gia cuộc thi trực tuyến “Tuổi trẻ học tập và làm theo tư tưởng, đạo đức, phong ' +
        'cách Hồ Chí Minh” lần thứ VI- năm 2020',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 11/2020',
      product: 'Văn bản hướng dẫn',
    },
    {
      tt: '5',
      task:
        'Tham gia khảo sát, đánh giá thực trạng công tác giáo dục chính trị tư tưởng ở các cơ sở ' +
        'giáo dục và tăng cường quản lý, giáo dục học sinh, sinh viên trên môi trường mạng',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 7/2020',
      product: 'Báo cáo kết quả khảo sát',
    },
    {
      tt: '6',
      task:
        'Xây dựng môi trường giáo dục lành mạnh, dân chủ, kỷ cương; tăng cường an ninh, an toàn ' +
        'trường học; xây dựng văn hóa học đường, giáo dục đạo đức, lối sống, kỹ năng sống cho ' +
        'học sinh, sinh viên',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 9/2020',
      product:
        'Báo cáo tổng kết 5 năm triển khai thực hiện Quyết định số 1501/QĐ-TTg ngày 28/8/2015 ' +
        'của Thủ tướng Chính phủ.',
    },
    {
      tt: '7',
      task:
        'Triển khai công cụ quản lý, thống kê, theo dõi kiểm soát bạo lực học đường; phòng ' +
        'chống ma túy/tệ nạn xã hội đối với học sinh, sinh viên',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 8/2020',
      product: 'Văn bản triển khai',
    },
    {
      tt: '8',
      task: 'Đẩy mạnh khởi nghiệp trong các cơ sở giáo dục, đào tạo',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 12/2020',
      product: 'Văn bản hướng dẫn;\nBáo cáo kết quả cuộc thi',
    },
    {
      tt: '9',
      task: 'Tham gia Hội khỏe Phù đổng toàn quốc lần thứ X năm 2020',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 8/2020',
      product: 'Tham gia Hội khỏe Phù đổng',
    },
    {
      tt: '10',
      task:
        'Tổ chức triển khai, kiểm tra, đánh giá công tác giáo dục thể chất, thể thao, y tế ' +
        'trường học, phòng chống tai nạn thương tích, đuối nước, phòng chống dịch bệnh; bảo đảm ' +
        'dinh dưỡng và vệ sinh an toàn thực phẩm trong nhà trường',
      unit: 'Phòng Chính trị tư tưởng',
      deadline: 'Tháng 8/2020',
      product:
        'Báo cáo sơ kết 5 năm thực hiện Đề án tổng thể phát triển giáo dục thể chất và thể thao ' +
        'trường học giai đoạn 2016-2020 và xây dựng kế hoạch giai đoạn 2020-2025',
    },
  ]),
  ...inSection(sectionOf('IX'), [
    {
      tt: '1',
      task:
        'Tổ chức các cuộc thanh tra hành chính và thanh tra chuyên ngành, các cuộc kiểm tra theo ' +
        'Kế hoạch thanh tra năm 2020 được Giám đốc Sở phê duyệt',
      unit: 'Thanh tra',
      deadline: 'Tháng 12/2020',
      product: 'Báo cáo kết quả thanh tra; kết luận thanh tra',
    },
    {
      tt: '2',
      task:
        'Triển khai thực hiện Đề án “Tăng cường năng lực thanh tra đáp ứng yêu cầu đổi mới căn ' +
        'bản, toàn diện giáo dục và đào tạo”',
      unit: 'Thanh tra',
      deadline: 'Tháng 12/2020',
      product: 'Báo cáo tổng kết thực hiện Đề án',
    },
    {
      tt: '3',
      task: 'Rà soát các vấn đề “nóng” thuộc lĩnh vực giáo dục và đào tạo',
      unit: 'Thanh tra',
      deadline: 'Hằng quý',
      product: 'Tổng hợp báo cáo các vấn đề nóng thuộc lĩnh vực giáo dục và đào tạo',
    },
    {
      tt: '4',
      task: 'Tổ chức thanh tra, kiểm tra các kỳ thi',
      unit: 'Thanh tra',
      deadline: 'Tháng 5-8/2020',
      product: 'Xây dựng Kế hoạch và thành lập các đoàn thanh tra; Báo cáo kết quả',
    },
    {
      tt: '5',
      task: 'Tổ chức thanh tra tuyển sinh vào các trường Đại học, Cao đẳng năm 2020',
      unit: 'Thanh tra',
      deadline: 'Tháng 8-9/2020',
      product: 'Xây dựng Kế hoạch và thành lập các đoàn thanh tra; Báo cáo kết quả',
    },
  ]),
  ...inSection(sectionOf('X'), [
    {
      tt: '1',
      task: 'Tổ chức kỳ thi trung học phổ thông quốc gia năm 2020',
      unit: 'Phòng KT&QLCLGD',
      deadline: 'Tháng 6-7/2020',
      product: 'Văn bản chỉ đạo; tổ chức kỳ thi',
    },
    {
      tt: '2',
      task: 'Tổ chức thi chọn học sinh giỏi tham gia thi học sinh giỏi quốc gia năm 2020',
      unit: 'Phòng KT&QLCLGD',
      deadline: 'Tháng 10/2020',
      product: 'Tổ chức các kỳ thi',
    },
    {
      tt: '3',
      task:
        'Tham gia xây dựng hệ thống tra cứu thông tin văn bằng, chứng chỉ trong hệ thống giáo ' +
        'dục quốc dân',
      unit: 'Phòng KT&QLCLGD',
      deadline: 'Tháng 10/2020',
      product: 'Hệ thống tra cứu thông tin văn bằng, chứng chỉ đi vào hoạt động',
    },
    {
      tt: '4',
      task:
        'Thực hiện phần mềm công nghệ thông tin phục vụ kỳ thi THPT quốc gia và tuyển sinh đại ' +
        'học, cao đẳng hàng năm',
      unit: 'Phòng KT&QLCLGD',
      deadline: 'Tháng 5/2020',
      product: 'Triển khai phần mềm',
    },
  ]),
  ...inSection(sectionOf('XI'), [
    {
      tt: '1',
      task: 'Tham gia xây dựng, nâng cấp, hoàn thiện, tích hợp cơ sở dữ liệu ngành GD&ĐT',
      unit: 'Tổ Công nghệ thông tin',
      deadline: 'Tháng 8/2020',
      product: 'Cơ sở dữ liệu được nâng cấp, hoàn thiện',
    },
    {
      tt: '2',
      task: 'Triển khai các giải pháp, ứng dụng phục vụ phát triển Chính phủ điện tử của Bộ GD&ĐT',
      unit: 'Tổ Công nghệ thông tin',
      deadline: 'Tháng 11/2020',
      product:
        'Các văn bản hướng dẫn;\n' +
        'Duy trì, vận hành và đảm bảo an toàn thông tin các hệ thống công nghệ thông tin',
    },
  ]),
];

const FIXES: readonly TranscriptionFix[] = [
  {
    where: 'I.8 task',
    original: 'Hội nghị điển hình tiến tiến',
    corrected: 'Hội nghị điển hình tiên tiến',
    reason: 'Lỗi chính tả: "tiến tiến" → "tiên tiến" (như ở cột Sản phẩm của cùng dòng).',
  },
  {
    where: 'I.9 task',
    original: 'nhân rộng điền hình tiên tiến',
    corrected: 'nhân rộng điển hình tiên tiến',
    reason: 'Lỗi chính tả: "điền hình" → "điển hình".',
  },
  {
    where: 'II.5 product',
    original: 'Kế hoạch phát triển giáo dục và đào tạo và dự toán ngân sác năm 2021',
    corrected: 'Kế hoạch phát triển giáo dục và đào tạo và dự toán ngân sách năm 2021',
    reason: 'Lỗi chính tả: thiếu chữ "h" ("ngân sác" → "ngân sách").',
  },
  {
    where: 'IV.4 task',
    original: 'tiếng Việt cho trẻ mềm non',
    corrected: 'tiếng Việt cho trẻ mầm non',
    reason: 'Lỗi chính tả: "mềm non" → "mầm non".',
  },
  {
    where: 'VIII.4 task',
    original: 'lần thức VI',
    corrected: 'lần thứ VI',
    reason: 'Lỗi chính tả: "thức" → "thứ".',
  },
  {
    where: 'X.3 product',
    original: 'Hệ thống tra cứu thông tin văn bẳng',
    corrected: 'Hệ thống tra cứu thông tin văn bằng',
    reason: 'Lỗi dấu: "bẳng" → "bằng" (như ở cột Tên nhiệm vụ của cùng dòng).',
  },
  {
    where: 'XI.1 task',
    original: 'tích hợp có ưở dữ liệu',
    corrected: 'tích hợp cơ sở dữ liệu',
    reason: 'Lỗi gõ: "có ưở" → "cơ sở" (như ở cột Sản phẩm của cùng dòng).',
  },
];

export const HOA_BINH_2020: CatalogueTemplate = {
  kind: 'catalogue',
  id: 'danh-muc-nhiem-vu-hoa-binh-2020',
  title: 'Danh mục nhiệm vụ Giáo dục và Đào tạo năm 2020 (Sở GD&ĐT Hòa Bình)',
  source:
    'Kế hoạch chỉ đạo, điều hành thực hiện nhiệm vụ Giáo dục và Đào tạo năm 2020, ' +
    'Sở GD&ĐT Hòa Bình, tháng 02/2020 (số và ngày để trống trong văn bản), ' +
    'Phụ lục "Danh mục nhiệm vụ Giáo dục và Đào tạo năm 2020" (seed 000)',
  planYear: 2020,
  issueDate: '2020-02-01',
  units: UNITS,
  sections: SECTIONS,
  rows: ROWS,
  fixes: FIXES,
};
