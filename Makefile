# Chronicle — build, test and render the sample report.
# `make report` and `make test` work on a fresh Debian machine: `setup` installs what is missing.

SWIFT        ?= swift
CONFIG       ?= release
BUILD_FLAGS  ?= -c $(CONFIG)
BIN           = $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path 2>/dev/null)/chronicle
export FONTCONFIG_FILE := $(CURDIR)/Fonts/fonts.conf

DEB_PACKAGES = libcairo2-dev libpango1.0-dev libfontconfig1-dev pkg-config \
               fonts-dejavu-core fonts-dejavu-extra fonts-noto-core \
               poppler-utils qpdf

.PHONY: all setup build report test bench fuzz clean

all: build

## setup: install the Debian packages Chronicle needs (skipped when all are present)
setup:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	else echo "System packages: all present"; fi

## build: release build of the chronicle command
build: setup
	$(SWIFT) build $(BUILD_FLAGS) --product chronicle

## report: render the sample report into Reports/sample/out/
report: build
	$(BIN) report Reports/sample
	@ls -l Reports/sample/out

## test: every test target
test: setup
	$(SWIFT) test

clean:
	rm -rf .build Reports/*/out
