# Convenience wrappers around dev.sh (which needs only Python 3.11 and pip).
.PHONY: demo test check bench replay clean
demo:
	bash dev.sh demo
test:
	bash dev.sh test
check:
	bash dev.sh check
bench:
	bash dev.sh bench
replay:
	bash dev.sh replay
clean:
	rm -rf .venv build *.egg-info
