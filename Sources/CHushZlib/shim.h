#ifndef CHUSHZLIB_SHIM_H
#define CHUSHZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro that passes the library version and struct size; Swift cannot call macros.
static inline int chushzlib_inflate_init_gzip(z_stream *stream) {
    // 16 + MAX_WBITS: expect a gzip header and trailer.
    return inflateInit2(stream, 16 + MAX_WBITS);
}

#endif
