# The two commands a new machine needs: `make run` and `make test`.
# Both install the system libraries the package links when they are missing.

SWIFT ?= swift
DEPS := libsqlite3-dev libreadline-dev zlib1g-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test test-oracles build release static-cxx icu-data bench reliability deps format lint docs

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run studyplan

test: deps test-oracles
	$(SWIFT) test --disable-xctest

# Test oracles: pandoc reads the Markdown and DOCX exports, LibreOffice opens the DOCX (about 30 s
# to install), chromium renders the sample's HTML export with its map to a PNG, Taguette (PyPI)
# reads the CSV codebook, PostgreSQL's server programs run the team store's half of the store
# conformance suite (the tests start a throw-away cluster of their own, on a Unix socket in a
# temporary folder). Best effort: without them those tests are skipped and say so in the test
# output.
ORACLES := pandoc libreoffice-writer-nogui chromium postgresql
test-oracles:
	@missing=""; for p in $(ORACLES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing test oracles:$$missing"; \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; } \
	    || echo "could not install$$missing; the pandoc/LibreOffice/chromium/PostgreSQL tests will be skipped"; \
	fi
	@python3 -c "import taguette.import_codebook" 2>/dev/null \
	  || { echo "installing test oracle: taguette (pip)"; python3 -m pip install --quiet taguette; } \
	  || echo "could not install taguette; the Taguette codebook test will be skipped"

# The shipped binary links the Swift runtime and Foundation statically: dynamic symbol lookups
# were most of its start-up time. Package.swift links release builds with lld, without PIE and
# with libstdc++ from the static archive linked here; ICU's data package is trimmed to what
# studyplan uses (docs/decisions/0011-start-up-and-binary-size.md).
RELEASE_FLAGS = -c release --static-swift-stdlib $$(cat $(ICU_DATA)/link-flags)
STATIC_CXX := .build/static-libstdc++
ICU_DATA := .build/icu-data
ICU_ARCHIVE = $$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")")/../lib/swift_static/linux/lib_FoundationICU.a

static-cxx:
	@mkdir -p $(STATIC_CXX) && ln -sf "$$(gcc -print-file-name=libstdc++.a)" $(STATIC_CXX)/libstdc++.a

icu-data:
	@python3 Scripts/trim_icu_data.py "$(ICU_ARCHIVE)" $(ICU_DATA)

release: deps static-cxx icu-data
	$(SWIFT) build $(RELEASE_FLAGS) --product studyplan

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

# Benchmarks against peers (sqlite3, psql, pandoc, Python), release build; writes docs/benchmarks.md.
bench: deps static-cxx icu-data
	@command -v sqlite3 >/dev/null && [ -x /usr/bin/time ] || { $(SUDO) apt-get update && $(SUDO) apt-get install -y sqlite3 time; }
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y postgresql; } || echo "no PostgreSQL: the team store benchmarks will be skipped"
	$(SWIFT) build $(RELEASE_FLAGS) --product studyplan
	$(SWIFT) build $(RELEASE_FLAGS) --product studyplan-bench
	.build/release/studyplan-bench

# SIGKILLs, two-process save races, fuzzing of commands and import files; prints the figures.
# A shortened run of each is part of `make test`. SEED=N replays a run.
reliability: deps static-cxx
	$(SWIFT) build -c release --product studyplan
	$(SWIFT) build -c release --product studyplan-reliability
	.build/release/studyplan-reliability $(if $(SEED),--seed $(SEED))
