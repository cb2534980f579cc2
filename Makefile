# Kenes developer entry points. `make run` takes a fresh Debian 12 clone to a running server on
# http://127.0.0.1:8080 (SQLite at ./var/kenes.db, demo data); `make test` runs every check.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

export CCACHE_DIR ?= $(HOME)/.cache/ccache
# Paths relative to the checkout and no working directory in the hash, so a fresh clone elsewhere
# (CI, a second worktree) reuses what an earlier build compiled.
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1
DB_URL := sqlite:./var/kenes.db

.PHONY: help run build deps web test fuzz bench crash soak format clean cluster cluster-stop

help:
	@echo "make run     install deps, build server and web, migrate, seed demo data, serve on :8080"
	@echo "make build   install deps and build the server (build/kenes)"
	@echo "make test    every check: format, style, -Werror build, clang-tidy, unit, API (SQLite+PostgreSQL), web, e2e"
	@echo "make fuzz    libFuzzer targets (server/fuzz) 120 s each, ASan+UBSan, clang build in build-fuzz/"
	@echo "make bench   benchmarks: 1M appeals, micro benches, wrk vs nginx, intake, SIGKILL test (loopback, ~6-8 min)"
	@echo "make crash   100 SIGKILLs of kenes serve under mixed writes on SQLite, then on PostgreSQL, then a cluster node (~6 min)"
	@echo "make cluster PostgreSQL + two nodes + nginx on http://127.0.0.1:8090 (state in var/cluster)"
	@echo "make cluster-stop   stop that cluster and remove var/cluster"
	@echo "make format  clang-format -i the C++ sources"
	@echo "make clean   remove build outputs (keeps ./var and the ccache)"

deps:
	tools/install_deps.sh

# npm ci only when node_modules is missing or older than the lock file.
web/node_modules/.kenes-npm-ci: web/package-lock.json web/package.json
	cd web && npm ci --no-audit --no-fund
	touch $@

web: deps web/node_modules/.kenes-npm-ci
	cd web && npm run build

build: deps
	mkdir -p "$(CCACHE_DIR)"
	cmake --preset default
	cmake --build --preset default

run: build web
	mkdir -p var
	build/kenes migrate --database-url $(DB_URL)
	build/kenes seed --demo --database-url $(DB_URL)
	@echo "Kenes: http://127.0.0.1:8080"
	exec build/kenes serve --host 127.0.0.1 --port 8080 --database-url $(DB_URL) --web-root web/dist

test:
	tools/test_all.sh

cluster: build web
	tools/cluster.sh start var/cluster 8090

cluster-stop:
	tools/cluster.sh stop var/cluster

fuzz: deps
	tools/fuzz.sh --seconds 120

bench:
	tools/bench.sh

crash:
	/usr/bin/python3 tools/crash_test.py --database sqlite --kills 100
	/usr/bin/python3 tools/crash_test.py --database postgresql --kills 100
	tools/crash_cluster.sh

format:
	find server -type f \( -name '*.cpp' -o -name '*.hpp' \) -print0 | xargs -0 -r clang-format --style=file -i

clean:
	rm -rf build build-debug build-fuzz web/dist
