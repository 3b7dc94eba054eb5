package pipeline

import (
	"encoding/json"
	"strings"
	"testing"
)

// The manifest makes the installed site a share target that the service
// worker answers: a POST of title, text and url as multipart form data, to
// an address inside the site's scope that is no file of the site.
func TestManifestShareTarget(t *testing.T) {
	o := fixture(t)
	mustBuild(t, o)
	files := readTree(t, o.Out)
	var m struct {
		Scope       string `json:"scope"`
		StartURL    string `json:"start_url"`
		ShareTarget struct {
			Action  string            `json:"action"`
			Method  string            `json:"method"`
			Enctype string            `json:"enctype"`
			Params  map[string]string `json:"params"`
		} `json:"share_target"`
	}
	if err := json.Unmarshal([]byte(files["manifest.webmanifest"]), &m); err != nil {
		t.Fatal(err)
	}
	st := m.ShareTarget
	if m.Scope != "/fixture/" || st.Action != m.Scope+ShareTarget {
		t.Errorf("share_target action %q, want %q inside the scope %q", st.Action, m.Scope+ShareTarget, m.Scope)
	}
	if st.Method != "POST" || st.Enctype != "multipart/form-data" {
		t.Errorf("share_target is %s %s, want POST multipart/form-data: the text belongs in the body, where the service worker reads it", st.Method, st.Enctype)
	}
	for _, p := range []string{"title", "text", "url"} {
		if st.Params[p] != p {
			t.Errorf("share_target params %v: %s should arrive as %q", st.Params, p, p)
		}
	}
	if _, ok := files[ShareTarget]; ok {
		t.Errorf("the site has a file at the share target's address")
	}
	// The service worker answers the same address (site/js/share/target.js).
	if sw := files["sw.js"]; !strings.Contains(sw, `"`+ShareTarget+`"`) || !strings.Contains(sw, "formData") {
		t.Errorf("sw.js does not handle the share target %q", ShareTarget)
	}
}
