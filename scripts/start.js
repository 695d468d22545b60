#!/usr/bin/env node
// `npm start`: on Windows/macOS, sideload into desktop Excel with office-addin-debugging.
// On Linux (which that tool refuses), build and serve the add-in over https and explain
// how to sideload it into Excel on the web.
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => spawn(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

function hasDebugging() {
  try {
    require.resolve('office-addin-debugging', { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

if ((process.platform === 'win32' || process.platform === 'darwin') && hasDebugging()) {
  const child = run(bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop', '--app', 'excel']);
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  const port = process.env.npm_package_config_dev_server_port || 3000;
  console.log(`
Thi đua — máy chủ phát triển / dev server (Linux: không có Excel desktop / no desktop Excel here)
  Ngăn tác vụ / task pane:   https://localhost:${port}/taskpane.html
  Tệp kê khai / manifest:    ${path.join(root, 'manifest.xml')}

Nạp thử vào Excel trên web / sideload into Excel on the web:
  1. Mở một sổ tính trên https://excel.cloud.microsoft (hoặc office.com).
  2. Trang đầu → Bổ trợ → Thêm bổ trợ khác → Tải lên bổ trợ của tôi → chọn manifest.xml.
     (Home → Add-ins → More add-ins → Upload My Add-in → choose manifest.xml.)
  3. Trình duyệt phải tin chứng chỉ https của localhost: mở https://localhost:${port}/taskpane.html một lần và chấp nhận.
     (Your browser must trust the localhost certificate: open the pane URL once and accept it.)
Không có Excel? Dùng CLI: npx thidua templates  /  no Excel at all? Use the CLI.
`);
  const child = run(bin('webpack'), ['serve', '--mode', 'development']);
  child.on('exit', (code) => process.exit(code ?? 1));
}
