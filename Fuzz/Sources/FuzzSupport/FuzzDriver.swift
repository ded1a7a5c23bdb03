import CLibFuzzer

#if canImport(Glibc)
    import Glibc
#endif

nonisolated(unsafe) private var currentTarget: ((UnsafeBufferPointer<UInt8>) -> Void)?

/// Hands the process to libFuzzer, which calls `body` once per input (on one thread, so the global is safe).
///
/// SwiftPM links every executable with `main` set to the module's own entry point, so a target cannot simply export
/// `LLVMFuzzerTestOneInput` and let libFuzzer's `main` run; each target's `@main` calls this instead, and libFuzzer's
/// command line (`-max_total_time=…`, corpus folders, a crash file to replay) works as usual.
public func runFuzzer(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
    currentTarget = body
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else {
            currentTarget?(UnsafeBufferPointer(start: nil, count: 0))
            return 0
        }
        currentTarget?(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
    exit(status)
}
