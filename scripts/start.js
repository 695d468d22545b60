#!/usr/bin/env node
// `npm start`: on Windows/macOS, sideload into desktop Excel with office-addin-debugging.
// On Linux (which that tool refuses), serve the add-in over https (and explain how to
// sideload it into Excel on the web) and the browser playground, where every feature
// runs against an in-browser workbook.
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
  const playgroundPort = process.env.PLAYGROUND_PORT || 3001;
  console.log(`
Thi đua — máy chủ phát triển / dev server (Linux: không có Excel desktop / no desktop Excel here)
  Sân chơi / playground:     http://localhost:${playgroundPort}/   ← thử mọi chức năng không cần Excel / try every feature without Excel
  Ngăn tác vụ / task pane:   https://localhost:${port}/taskpane.html
  Tệp kê khai / manifest:    ${path.join(root, 'manifest.xml')}

Nạp thử vào Excel trên web / sideload into Excel on the web:
  1. Mở một sổ tính trên https://excel.cloud.microsoft (hoặc office.com).
  2. Trang đầu → Bổ trợ → Thêm bổ trợ khác → Tải lên bổ trợ của tôi → chọn manifest.xml.
     (Home → Add-ins → More add-ins → Upload My Add-in → choose manifest.xml.)
  3. Trình duyệt phải tin chứng chỉ https của localhost: mở https://localhost:${port}/taskpane.html một lần và chấp nhận.
     (Your browser must trust the localhost certificate: open the pane URL once and accept it.)
Không có Excel? Dùng sân chơi ở trên hoặc CLI: npx thidua templates  /  no Excel at all? Use the playground above or the CLI.
`);
  // The add-in (https, for Excel on the web) and the playground (http, the same pane on a fake workbook).
  const children = [
    run(bin('webpack'), ['serve', '--mode', 'development']),
    run(bin('webpack'), ['serve', '--config', 'webpack.playground.config.js', '--mode', 'development']),
  ];
  const stopAll = (code) => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    process.exit(code);
  };
  for (const c of children) c.on('exit', (code) => stopAll(code ?? 1));
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
}
