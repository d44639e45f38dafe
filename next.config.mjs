import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run typecheck` checks the whole project (CI runs it); checking again here only doubles the build time.
  typescript: { ignoreBuildErrors: true },
  // libsql ships native bindings and README/LICENSE files that bundlers must not touch (the database and the .apkg export).
  serverExternalPackages: ['libsql', '@libsql/client', 'esbuild'],
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
