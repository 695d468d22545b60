// Builds the task pane and the ribbon's function file into dist/.
// `npm run build` → production bundle; `npm run dev-server` → https://localhost:3000.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BundleGuardPlugin, NO_GPL, NO_PLAYGROUND } = require('./scripts/bundle-guard');

const DEV_URL = 'https://localhost:3000/';
// Where the production add-in is hosted; manifest URLs are rewritten to it.
const PROD_URL = process.env.THIDUA_URL || 'https://thidua.example.vn/';

async function httpsOptions() {
  // office-addin-dev-certs installs a trusted localhost certificate (Windows/macOS;
  // on Linux it needs root and a CA store). When it cannot, webpack-dev-server's
  // own self-signed certificate is used and the browser asks once to trust it.
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`[thidua] dev certificates unavailable (${e && e.message ? e.message : e}); using a self-signed certificate.`);
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json' } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new BundleGuardPlugin({ forbid: [NO_GPL, NO_PLAYGROUND] }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'src/commands/notify.html', to: 'notify.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(PROD_URL)),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, 'dist') },
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          hot: false,
          client: false,
        }
      : undefined,
  };
};
