/*
 * sha512.h -- SHA-512 (FIPS 180-4), for random.seed() of a str or bytes,
 * which CPython turns into an int through the SHA-512 digest.
 */
#ifndef ASTER_SHA512_H
#define ASTER_SHA512_H

#include <stddef.h>
#include <stdint.h>

#define SHA512_DIGEST_SIZE 64

/* Writes the 64-byte digest of data[0..len) to out. */
void sha512(const void *data, size_t len, unsigned char out[SHA512_DIGEST_SIZE]);

#endif
