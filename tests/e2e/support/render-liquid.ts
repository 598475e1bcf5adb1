import { fileURLToPath } from 'node:url';
import { Liquid, type TagToken, type TopLevelToken } from 'liquidjs';

const BLOCKS = fileURLToPath(new URL('../../../integrations/shopify/theme-extension/blocks/', import.meta.url));

/** What Shopify gives an app embed block when it renders a storefront page (the parts ours reads). */
export interface StorefrontContext {
  template: { name: string };
  /** `design_mode` is true in the theme editor's preview. */
  request: { locale: { iso_code: string }; design_mode?: boolean };
  block: { settings: Record<string, string | undefined> };
}

/**
 * Renders a block of the theme app extension as Shopify's Liquid would: `{% schema %}` is read by
 * Shopify and renders nothing, `asset_url` points at where the test serves the assets, and `json`
 * escapes as Shopify's does.
 */
export async function renderBlock(file: string, context: StorefrontContext, assetsUrl: string): Promise<string> {
  const engine = new Liquid({ root: BLOCKS, extname: '.liquid', strictFilters: true });
  engine.registerFilter('asset_url', (name: string) => `${assetsUrl}${name}`);
  // Shopify's `json` escapes "/" (its documented output reads "\/products\/…"), so a setting
  // holding "</script>" cannot end the block's script; liquidjs's own does not.
  engine.registerFilter('json', (value: unknown) => JSON.stringify(value).replaceAll('/', '\\/'));
  engine.registerTag('schema', {
    parse(_token: TagToken, remaining: TopLevelToken[]) {
      // Everything up to {% endschema %} is the block's settings, for the theme editor only.
      for (let next = remaining.shift(); next; next = remaining.shift()) {
        if ((next as TagToken).name === 'endschema') return;
      }
      throw new Error('{% schema %} without {% endschema %}');
    },
    render: () => '',
  });
  return engine.renderFile(file, context);
}
