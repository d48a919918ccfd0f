# bhxh-plan — the two commands a new machine needs: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT := out

.PHONY: install demo test lint bench schemas docs check-generated clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p $(OUT)
	$(BIN)/bhxh-plan frameworks
	$(BIN)/bhxh-plan validate examples/ src/bhxh_plan/frameworks/
	$(BIN)/bhxh-plan validate examples/ --format json > $(OUT)/validate.json
	$(BIN)/bhxh-plan lint examples/ --strict
	$(BIN)/bhxh-plan lint examples/ --format sarif --output $(OUT)/lint.sarif
	$(BIN)/bhxh-plan frameworks show vss-2023 --format json > $(OUT)/vss-2023.json
	$(BIN)/bhxh-plan frameworks show thang-van-dong-2021 > $(OUT)/thang-van-dong-2021.yaml
	$(BIN)/bhxh-plan schema --out $(OUT)/schemas
	for f in examples/*.yaml; do $(BIN)/bhxh-plan render "$$f" -o $(OUT) || exit 1; done
	@echo "Kết quả đã ghi vào $(OUT)/"

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy --strict src

# Long fuzz run (tests/test_fuzz.py): FUZZ_SECONDS of commands on mutated plans, reproducers in
# out/fuzz/; FUZZ_EXAMPLES=N caps the number of cases (FUZZ_SECONDS= for a cap only).
# `make test` runs a short fixed sample of the same test.
FUZZ_SECONDS ?= 1800
FUZZ_EXAMPLES ?=
.PHONY: fuzz
fuzz: install
	@mkdir -p $(OUT)/fuzz
	BHXH_FUZZ_SECONDS=$(FUZZ_SECONDS) BHXH_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) BHXH_FUZZ_OUT=$(OUT)/fuzz \
		$(BIN)/python -m pytest tests/test_fuzz.py -s -p no:cacheprovider

bench: install
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_render.py
	$(BIN)/python scripts/bench_rollup.py

schemas: install
	$(BIN)/bhxh-plan schema --out schemas
	$(BIN)/python -m bhxh_plan.docs README.md
	$(BIN)/python -m bhxh_plan.rules.docs docs/rules.md

docs: schemas

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
