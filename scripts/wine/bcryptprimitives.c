/* For the release check only, never shipped: Rust's standard library takes
 * its random numbers from ProcessPrng in bcryptprimitives.dll (Windows 10
 * and later), which Debian 12's wine 8.0 does not have, so lsk.exe does
 * not start under it. This stand-in, put beside lsk.exe in the check's
 * temporary folder, answers ProcessPrng with RtlGenRandom
 * (SystemFunction036 in advapi32), which wine has. Built with mingw-w64:
 *   x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
