package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/connectwell/connectwell/wasm/rules"
)

// TestRulesPageShowsFixes: the rules page says, under each rule that has a
// fix, what the fix does, from the catalog.
func TestRulesPageShowsFixes(t *testing.T) {
	f, err := os.Open(filepath.Join(builtSite(t), "rules", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	fixes := map[string]string{} // rule id → the text of its .rule-fix
	var walk func(n *html.Node, rule string)
	walk = func(n *html.Node, rule string) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "class" && a.Val == "rule" {
					rule = nodeID(n)
				}
				if a.Key == "class" && a.Val == "rule-fix" {
					fixes[rule] = strings.Join(strings.Fields(nodeText(n)), " ")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, rule)
		}
	}
	walk(doc, "")
	withFix := 0
	for _, r := range rules.Catalog() {
		doc := rules.FixDoc(r.ID)
		got, ok := fixes[r.ID]
		switch {
		case doc == "" && ok:
			t.Errorf("%s has no fix but the page shows one: %q", r.ID, got)
		case doc != "" && !strings.HasSuffix(got, strings.Join(strings.Fields(doc), " ")):
			t.Errorf("%s: the page shows the fix %q, want %q", r.ID, got, doc)
		case doc != "":
			withFix++
		}
	}
	if withFix < 5 {
		t.Errorf("only %d rules show a fix", withFix)
	}
}

func nodeID(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "id" {
			return a.Val
		}
	}
	return ""
}

func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
	}
	return b.String()
}
