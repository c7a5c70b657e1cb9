import Dispatch

/// glibc heap settings for the long-running app. At 100 000 rules each changed list builds ~40 MB of short-lived
/// values on pool threads; with one malloc arena per thread the freed memory stays in each arena and resident memory
/// climbs past 170 MB over ten minutes (docs/FIGURES.md). Two arenas and a trim after each list answer keep it down.
enum HeapTuning {
    /// At most two malloc arenas (glibc's default is eight per core).
    static func limitArenas() {
        #if os(Linux)
        _ = glibcMallopt(mArenaMax, 2)
        #endif
    }

    /// Hands the heap's free pages back to the system, on a background queue (it walks every arena).
    @Sendable static func releaseFreedMemory() {
        #if os(Linux)
        DispatchQueue.global(qos: .utility).async { _ = glibcMallocTrim(0) }
        #endif
    }
}

#if os(Linux)
// <malloc.h> is not part of Swift's Glibc module; these are its two functions and the option number it defines.
private let mArenaMax: Int32 = -8  // M_ARENA_MAX

@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
