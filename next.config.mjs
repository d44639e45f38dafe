import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // libsql ships native bindings and README/LICENSE files that bundlers must not touch.
  // `npm run typecheck` checks the whole project (CI runs it); checking again here only doubles the build time.
  typescript: { ignoreBuildErrors: true },
  // sql.js loads its WebAssembly file from beside its own script (the .apkg export): it must stay a real package.
  serverExternalPackages: ['libsql', '@libsql/client', 'esbuild', 'sql.js'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
