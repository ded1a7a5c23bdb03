import Foundation

/// Compares output with a committed golden file, and rewrites the golden only when asked (`HUSH_UPDATE_GOLDENS=1`),
/// so a test never silently accepts a new expectation.
public enum Golden {
    public static var updating: Bool { ProcessInfo.processInfo.environment["HUSH_UPDATE_GOLDENS"] == "1" }

    /// nil when `actual` equals the golden at `relativePath` (from the repository root); otherwise a message.
    public static func mismatch(_ actual: String, golden relativePath: String) -> String? {
        let path = Repository.path(relativePath)
        if updating {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "\(relativePath) is missing; run the tests with HUSH_UPDATE_GOLDENS=1 to write it, then review it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if e != a { return "\(relativePath):\(index + 1) differs\n  expected: \(e)\n  actual:   \(a)" }
        }
        return "\(relativePath) differs"
    }
}
