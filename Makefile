# connectwell: see README.md. `make serve` and `make test` work on a fresh
# Debian machine with Go and Node; anything else they need (Debian's
# Chromium for the browser tests) is installed on first use.

GO       ?= go
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
GOFILES   = $(shell git ls-files --cached --others --exclude-standard '*.go')

.PHONY: build serve test lint test-go test-wasm bench eval learn learn-cv fuzz chromium clean

## build: build the site into public/
build: node_modules/.package-lock.json
	$(GO) run ./build

## serve: build, serve on http://localhost:8080, rebuild and reload on change
serve: node_modules/.package-lock.json
	$(GO) run ./build serve

## test: everything CI checks: formatting, vet, staticcheck, Go tests
## (including the browser tests in headless Chromium) and the wasm tests in Node
test: lint chromium node_modules/.package-lock.json test-go test-wasm

## node_modules: the npm packages, exactly as pinned in package-lock.json:
## MiniSearch, which the build bundles into the page's search, and the tools
## of the tests and benchmarks (axe-core, write-good)
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

lint:
	@unformatted=$$(gofmt -l $(GOFILES)); \
	if [ -n "$$unformatted" ]; then echo "gofmt -w needed on:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...
	$(GO) tool staticcheck ./...

test-go:
	$(GO) test ./...

test-wasm:
	@command -v node >/dev/null || { echo "Node.js is needed to run the WebAssembly tests"; exit 1; }
	GOOS=js GOARCH=wasm $(GO) test -exec=$(WASMEXEC) ./wasm/...

## bench: print the performance and size figures (build times and memory,
## checker speed natively and in Node against write-good, wasm size, search
## index size against its 30 KB gzip budget, the page's input-to-paint time
## in headless Chromium)
bench: chromium node_modules/.package-lock.json
	$(GO) test -run='^$$' -bench=. -benchmem ./wasm/... ./build/...
	@mkdir -p .cache
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o .cache/bench-checker.wasm ./wasm
	node --expose-gc wasm/testdata/bench-node.mjs .cache/bench-checker.wasm "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js"

## eval: run the labelled corpus through the rules: precision and recall per
## rule and language on the tuning and held-out parts, verdict accuracy, and
## the misjudged notes (WRONG=tune to list only the tuning part's)
eval:
	$(GO) test -count=1 -run='^TestEval$$' -v ./wasm/rules -args -eval -eval.wrong=$${WRONG:-tune,holdout}

## learn: train the rules' learned models on the corpus's tuning part and
## the rules' examples, and write them (learned_data.go); ONLY=rule,rule
## trains those and keeps the others as they are
learn:
	$(GO) test -count=1 -run='^TestLearn$$' ./wasm/rules -args -learn -learn.only=$(ONLY)

## learn-cv: how those models do on authors they were not trained on: the
## cues alone against cues and model at a few marks, over five folds of
## authors (ONLY=rule,rule for some)
learn-cv:
	$(GO) test -count=1 -run='^TestLearn$$' -v ./wasm/rules -args -learn.cv -learn.only=$(ONLY)

## fuzz: fuzz the rules for a while (FUZZTIME=5m by default)
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzCheck -fuzztime=$${FUZZTIME:-5m} ./wasm/rules

## chromium: install Debian's chromium when no Chromium is on PATH
chromium:
	@if [ -z "$$CHROMIUM" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
		echo "installing Debian's chromium package for the browser tests"; \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium; \
	fi

## clean: remove the built site and the build caches
clean:
	rm -rf public .cache
