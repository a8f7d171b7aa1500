// A worker that takes every request and never answers (a hung worker), for test/sheet/off-main.test.ts.
onmessage = () => {};
