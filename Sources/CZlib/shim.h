#ifndef SGACCESS_CZLIB_SHIM_H
#define SGACCESS_CZLIB_SHIM_H

// System zlib (zlib1g-dev), for undoing a gzip answer in one pass (SendGridAPI's GzipInflater).
#include <zlib.h>

// inflateInit2 is a macro, which Swift does not import.
static inline int CZlib_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
