// The browser playground: the task pane against an in-browser fake workbook
// (src/playground/fake-excel), built into playground-dist/. Separate from the
// production build (webpack.config.js), which never includes the playground.
// `npm run playground` → http://localhost:3001 ; `npm run build:playground` → playground-dist/.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { BundleGuardPlugin, NO_GPL } = require('./scripts/bundle-guard');

module.exports = (_env = {}, options = {}) => {
  const dev = options.mode !== 'production';
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: { playground: './src/playground/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'playground-dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json' } } }],
    },
    performance: { hints: false },
    plugins: [
      new BundleGuardPlugin({ forbid: [NO_GPL] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/playground.html', chunks: ['playground'] }),
    ],
    devServer: {
      static: false,
      host: '127.0.0.1',
      port: Number(process.env.PLAYGROUND_PORT || 3001),
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
