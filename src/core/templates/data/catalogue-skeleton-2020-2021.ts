/**
 * An empty catalogue laid out by the 9 task groups and 5 solutions of the
 * school year 2020-2021, for an office to fill in with its own tasks.
 *
 * Headings transcribed from Kế hoạch số 3264/KH-SGDĐT ngày 08/10/2020 of Sở GD&ĐT
 * Thanh Hóa (seed 002): "II. Các nhóm nhiệm vụ chủ yếu" items 1–9 and
 * "III. Giải pháp cơ bản" items 1–5 (the source numbers the following part
 * "III. Tổ chức thực hiện" too; that part is not transcribed).
 */
import type { CatalogueTemplate } from '../types';

export const SKELETON_2020_2021: CatalogueTemplate = {
  kind: 'catalogue',
  id: 'khung-nhiem-vu-giai-phap-2020-2021',
  title: 'Khung danh mục nhiệm vụ theo 9 nhóm nhiệm vụ và 5 giải pháp năm học 2020-2021',
  source:
    'Kế hoạch số 3264/KH-SGDĐT ngày 08/10/2020 của Sở GD&ĐT Thanh Hóa triển khai Chỉ thị ' +
    'số 666/CT-BGDĐT, mục II "Các nhóm nhiệm vụ chủ yếu" và mục III "Giải pháp cơ bản" (seed 002)',
  planYear: null,
  issueDate: null,
  units: [],
  sections: [
    {
      section: 'I',
      title:
        'Nhiệm vụ 1: Tiếp tục sắp xếp mạng lưới trường, lớp phù hợp với thực tế và theo kế ' +
        'hoạch của UBND tỉnh',
    },
    {
      section: 'II',
      title:
        'Nhiệm vụ 2: Rà soát sắp xếp, nâng cao chất lượng, chuẩn hoá đội ngũ giáo viên và cán ' +
        'bộ quản lý giáo dục các cấp',
    },
    {
      section: 'III',
      title:
        'Nhiệm vụ 3: Nâng cao chất lượng giáo dục mầm non, phổ thông; thực hiện chương trình, ' +
        'sách giáo khoa GDPT mới; đẩy mạnh định hướng nghề nghiệp và phân luồng học sinh sau ' +
        'trung học cơ sở; tăng cường giáo dục đạo đức, lối sống, kỹ năng sống, giáo dục thể ' +
        'chất cho học sinh, sinh viên, bảo đảm an toàn trường học',
    },
    {
      section: 'IV',
      title:
        'Nhiệm vụ 4: Nâng cao chất lượng dạy học ngoại ngữ, đặc biệt là tiếng Anh ở các cấp ' +
        'học và trình độ đào tạo',
    },
    {
      section: 'V',
      title: 'Nhiệm vụ 5: Đẩy mạnh ứng dụng CNTT trong dạy, học và quản lý giáo dục',
    },
    {
      section: 'VI',
      title:
        'Nhiệm vụ 6: Đẩy mạnh giao quyền tự chủ, tự chịu trách nhiệm đối với các cơ sở GDĐT',
    },
    { section: 'VII', title: 'Nhiệm vụ 7: Hội nhập quốc tế trong giáo dục và đào tạo' },
    {
      section: 'VIII',
      title: 'Nhiệm vụ 8: Tăng cường cơ sở vật chất bảo đảm chất lượng các hoạt động GDĐT',
    },
    {
      section: 'IX',
      title: 'Nhiệm vụ 9: Phát triển nguồn nhân lực, nhất là nguồn nhân lực chất lượng cao',
    },
    {
      section: 'X',
      title:
        'Giải pháp 1: Tổ chức thực hiện nghiêm túc các quy định của pháp luật, quy chế của ' +
        'ngành; đẩy mạnh cải cách hành chính về giáo dục đào tạo',
    },
    {
      section: 'XI',
      title: 'Giải pháp 2: Nâng cao năng lực lãnh đạo, quản lý của CBQL giáo dục các cấp',
    },
    {
      section: 'XII',
      title: 'Giải pháp 3: Tăng cường các nguồn lực đầu tư cho giáo dục đào tạo',
    },
    {
      section: 'XIII',
      title: 'Giải pháp 4: Tăng cường công tác khảo thí và kiểm định chất lượng giáo dục',
    },
    {
      section: 'XIV',
      title: 'Giải pháp 5: Đẩy mạnh công tác truyền thông về giáo dục đào tạo',
    },
  ],
  rows: [],
  fixes: [],
};
