#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
// libFuzzer's driver, for a fuzz executable that has its own main (see Sources/chronicle-fuzz).
// The symbol exists only when linking with -sanitize=fuzzer; the Swift side calls it under
// `#if FUZZING`, so ordinary builds never reference it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
