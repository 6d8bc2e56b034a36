// The header declares libFuzzer's driver; this file only gives the C target a source file.
#include "CLibFuzzer.h"
