import { clearedMessage, validationMessage } from '../../src/commands/commands';

describe('ribbon command messages', () => {
  it('reports counts by severity and marked cells', () => {
    const findings = [{ severity: 'error' }, { severity: 'error' }, { severity: 'warning' }, { severity: 'info' }] as const;
    expect(validationMessage({ sheet: 'Danh mục', rows: 74, findings, marked: 3 })).toBe(
      'Trang “Danh mục”: 74 nhiệm vụ, 2 lỗi, 1 cảnh báo, 1 lưu ý; đã tô màu 3 ô. / Sheet “Danh mục”: 74 tasks, 2 errors, 1 warning, 1 note; 3 cells marked.',
    );
  });

  it('says when there is nothing to report', () => {
    expect(validationMessage({ sheet: 'DM', rows: 5, findings: [], marked: 0 })).toBe(
      'Trang “DM”: 5 nhiệm vụ, không có vấn đề nào. / Sheet “DM”: 5 tasks, no findings.',
    );
  });

  it('reports cleared marks', () => {
    expect(clearedMessage(12)).toBe('Đã xoá 12 đánh dấu kiểm tra. / Removed 12 check marks.');
    expect(clearedMessage(1)).toBe('Đã xoá 1 đánh dấu kiểm tra. / Removed 1 check mark.');
  });
});
