#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H

// Only the 8-bit library is used: hush matches UTF-8 bytes (and text views built as UTF-8).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2_UNSET and PCRE2_ZERO_TERMINATED are casts, which Swift cannot import; expose them as functions.
static inline PCRE2_SIZE cpcre2_unset(void) { return PCRE2_UNSET; }
static inline PCRE2_SIZE cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }

#endif
