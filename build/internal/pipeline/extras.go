package pipeline

import (
	"encoding/json"
	"encoding/xml"
	"sort"
	"strings"

	"github.com/connectwell/connectwell/build/internal/assets"
	"github.com/connectwell/connectwell/build/internal/content"
	"github.com/connectwell/connectwell/build/internal/markdown"
)

// ShareTarget is where the installed site receives text shared from other
// apps, relative to the base URL. The manifest names it; site/js/share/target.js
// answers it in the service worker, so shared text never reaches the network.
const ShareTarget = "share-target"

// writeExtras adds the files a published site needs besides its pages:
// sitemap.xml, robots.txt and the web app manifest.
func writeExtras(site *content.Site, out *output) {
	type url struct {
		Loc string `xml:"loc"`
	}
	sitemap := struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		URLs    []url    `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	for _, p := range site.Pages {
		sitemap.URLs = append(sitemap.URLs, url{site.URL(p.URL)})
	}
	b, _ := xml.MarshalIndent(sitemap, "", "  ")
	out.add("/sitemap.xml", append([]byte(xml.Header), append(b, '\n')...))

	out.add("/robots.txt", []byte("User-agent: *\nAllow: /\n\nSitemap: "+site.URL("/sitemap.xml")+"\n"))

	manifest, _ := json.MarshalIndent(map[string]any{
		"name":             site.Settings.Title,
		"short_name":       site.Settings.Title,
		"description":      site.Settings.Description,
		"lang":             site.Settings.Language,
		"start_url":        site.Base,
		"scope":            site.Base,
		"display":          "standalone",
		"background_color": "#ffffff",
		"theme_color":      "#0b5cad",
		// Android installs only with raster icons of 192 and 512 pixels; the
		// PNGs are icon.svg rendered at those sizes (the maskable one with
		// room around the mark for the launcher's crop).
		"icons": []map[string]string{
			{"src": markdown.SiteURL(site.Base, "/icon.svg"), "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
			{"src": markdown.SiteURL(site.Base, "/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
			{"src": markdown.SiteURL(site.Base, "/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
			{"src": markdown.SiteURL(site.Base, "/icon-maskable-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
		},
		// Installed, the site is a share target: on Android, text shared from
		// any app opens the checker with it. POST, so the text is in the body,
		// never in an address; the service worker answers it on the device.
		"share_target": map[string]any{
			"action":  markdown.SiteURL(site.Base, "/"+ShareTarget),
			"method":  "POST",
			"enctype": "multipart/form-data",
			"params":  map[string]string{"title": "title", "text": "text", "url": "url"},
		},
	}, "", "  ")
	out.add("/manifest.webmanifest", manifest)
}

// addServiceWorker builds /sw.js, which precaches every file of the site so
// the guide and the checker work offline once visited. Its VERSION is a hash
// of the whole site, so any change installs a fresh cache.
func addServiceWorker(site *content.Site, siteDir string, out *output) error {
	var precache []string
	h := newHasher()
	for _, p := range out.paths() {
		h.add(p, out.files[p])
		if strings.HasSuffix(p, ".map") {
			continue
		}
		precache = append(precache, markdown.SiteURL(site.Base, strings.TrimSuffix(p, "index.html")))
	}
	sort.Strings(precache)
	sw, err := assets.ServiceWorker(siteDir, "js/sw.js", precache, h.sum())
	if err != nil {
		return err
	}
	out.add("/sw.js", sw)
	return nil
}
