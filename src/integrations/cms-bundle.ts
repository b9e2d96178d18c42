import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { CMS_ENTRY, CMS_FOLDER } from '../admin/bundle-paths.ts';

/**
 * Builds the CMS (src/admin/cms.ts) on its own and copies it into the site at
 * `/admin/cms/`. Sveltia CMS is some 300 modules (a grammar for every language its code
 * editor knows): bundled with the site, it added seconds and 400 MB of memory to every
 * build. Here it is built once per installed version of the package (and of the entry
 * module), kept beside the packages it comes from in `node_modules/.cache/` as Vite keeps
 * its pre-bundled dependencies, and copied on later builds, clean ones included.
 * `astro dev` serves the entry module itself.
 */
export function cmsBundle(): AstroIntegration {
  let root: URL;
  return {
    name: 'interlibnet:cms-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const key = await bundleKey(root);
        const bundle = fileURLToPath(new URL(`node_modules/.cache/interlibnet-cms/${key}/`, root));
        const cached = existsSync(bundle);
        if (!cached) await buildBundle(root, bundle);
        await cp(bundle, fileURLToPath(new URL(CMS_FOLDER, dir)), { recursive: true });
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`${cached ? 'copied the CMS built earlier' : 'built the CMS'} in ${seconds}s`);
      },
    },
  };
}

/** Changes when the package, the entry module or Vite does. */
async function bundleKey(root: URL): Promise<string> {
  // Read from the folder: the CMS's package does not export its package.json.
  const version = async (name: string) =>
    (JSON.parse(await readFile(new URL(`node_modules/${name}/package.json`, root), 'utf8')) as { version: string }).version;
  const entry = await readFile(new URL(CMS_ENTRY, root), 'utf8');
  return createHash('sha256')
    .update(JSON.stringify([await version('@sveltia/cms'), await version('vite'), entry]))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Into a folder of this process's beside the final one first, so that a build stopped halfway
 * leaves nothing to reuse, and builds running side by side (the test sites) do not mix files.
 */
async function buildBundle(root: URL, folder: string): Promise<void> {
  const partial = `${folder.replace(/\/$/, '')}.partial-${process.pid}/`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await build({
    configFile: false,
    root: fileURLToPath(root),
    // Addresses inside the bundle (its fonts, WebAssembly and chunks) are relative, so it works under any base path.
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: partial,
      emptyOutDir: true,
      modulePreload: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: { cms: fileURLToPath(new URL(CMS_ENTRY, root)) },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  // Another build may have finished the same bundle first: then its copy stays.
  await rename(partial, folder).catch(() => rm(partial, { recursive: true, force: true }));
}
