<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS feed of the site as a page when someone opens it in a browser, instead of
  raw XML: what a feed is, the address to subscribe with, and the items with their links.
  Feed readers ignore it. src/pages/rss.xsl.ts fills in the %…% placeholders with the
  site's name and addresses (the base path included); the colours are tokens.css's.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat" />

  <xsl:template match="/">
    <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href" />
    <html lang="%LANG%" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="robots" content="noindex" />
        <title><xsl:value-of select="/rss/channel/title" /> (RSS feed)</title>
        <style>
          :root {
            color-scheme: light dark;
            --color-bg: light-dark(#fbf8f3, #16181d);
            --color-surface: light-dark(#ffffff, #1f232a);
            --color-text: light-dark(#1d1f24, #eceae4);
            --color-muted: light-dark(#575b63, #b3b6bd);
            --color-accent: light-dark(#1b5e6e, #7fd0de);
            --color-border: light-dark(#d9d3c7, #3a3f48);
            --color-highlight: light-dark(#f3e7c9, #3b3422);
            --color-focus: light-dark(#b3261e, #ffb4a9);
          }
          *, *::before, *::after { box-sizing: border-box; }
          body {
            margin: 0;
            background: var(--color-bg);
            color: var(--color-text);
            font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
            font-size: 1.0625rem;
            line-height: 1.6;
          }
          .page { max-width: 42rem; margin-inline: auto; padding: 2rem 1rem 4rem; }
          h1, h2 { font-family: Georgia, 'Iowan Old Style', 'Noto Serif', 'Times New Roman', serif; line-height: 1.2; }
          h1 { font-size: clamp(1.9rem, 1.4rem + 2vw, 2.6rem); margin-block: 0 1rem; }
          h2 { font-size: 1.3rem; margin-block: 0 0.25rem; }
          a { color: var(--color-accent); text-underline-offset: 0.18em; }
          :focus-visible { outline: 3px solid var(--color-focus); outline-offset: 2px; }
          .about {
            margin-block-end: 2rem;
            padding: 1rem;
            background: var(--color-highlight);
            border-radius: 0.5rem;
          }
          .about p { margin-block: 0 0.5rem; }
          .about p:last-child { margin-block-end: 0; }
          .address {
            display: block;
            padding: 0.5rem;
            overflow-wrap: anywhere;
            background: var(--color-surface);
            border: 1px solid var(--color-border);
            border-radius: 0.25rem;
            font-size: 1rem;
            user-select: all;
          }
          .lead { color: var(--color-muted); }
          ol { margin: 0; padding: 0; list-style: none; }
          li { padding-block: 1rem; border-block-end: 1px solid var(--color-border); }
          li p { margin: 0; }
        </style>
      </head>
      <body>
        <div class="page">
          <aside class="about" aria-label="About this feed">
            <p><strong>This is a web feed</strong>, also called an RSS feed. A feed reader app checks it for you and shows each new item as it is published.</p>
            <p>To subscribe, copy this address into your feed reader:</p>
            <p><code class="address"><xsl:value-of select="$self" /></code></p>
            <p><a href="%FOLLOW%">What is a feed reader, and which feeds can I follow?</a></p>
          </aside>
          <main>
            <h1><xsl:value-of select="/rss/channel/title" /></h1>
            <p class="lead"><xsl:value-of select="/rss/channel/description" /></p>
            <p><a href="{/rss/channel/link}">Visit the %SITE% website</a></p>
            <xsl:choose>
              <xsl:when test="/rss/channel/item">
                <ol aria-label="Latest items">
                  <xsl:for-each select="/rss/channel/item">
                    <li>
                      <h2><a href="{link}"><xsl:value-of select="title" /></a></h2>
                      <p>
                        <xsl:call-template name="text-of-html">
                          <xsl:with-param name="html" select="description" />
                        </xsl:call-template>
                      </p>
                    </li>
                  </xsl:for-each>
                </ol>
              </xsl:when>
              <xsl:otherwise>
                <p>Nothing has been posted here yet. Subscribe now and your reader will show the first item as soon as it is published.</p>
              </xsl:otherwise>
            </xsl:choose>
          </main>
        </div>
      </body>
    </html>
  </xsl:template>

  <!--
    An item's description is HTML made from plain text (textAsHtml in src/lib/html/html.ts),
    in which only < and & are written as references: shown here as the text it was, never
    as markup.
  -->
  <xsl:template name="text-of-html">
    <xsl:param name="html" />
    <xsl:call-template name="replace">
      <xsl:with-param name="text">
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="$html" />
          <xsl:with-param name="from" select="'&amp;lt;'" />
          <xsl:with-param name="to" select="'&lt;'" />
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="from" select="'&amp;amp;'" />
      <xsl:with-param name="to" select="'&amp;'" />
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="text" />
    <xsl:param name="from" />
    <xsl:param name="to" />
    <xsl:choose>
      <xsl:when test="contains($text, $from)">
        <xsl:value-of select="concat(substring-before($text, $from), $to)" />
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)" />
          <xsl:with-param name="from" select="$from" />
          <xsl:with-param name="to" select="$to" />
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$text" />
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
