import Foundation

/// Where a run's settings come from: the repository it works in, its `.hush.toml`, and its baseline.
///
/// Looked up once, before scanning, from the folder being scanned (not the current folder, so that
/// `hush scan ~/other-repo` uses that repository's settings): the configuration is `--config FILE`, else
/// `.hush.toml` at the repository root, else in the scanned folder; the baseline is `--baseline FILE`, else
/// `.hush-baseline.json` at the repository root (or the scanned folder outside a repository).
public struct Project: Sendable {
    /// The repository root (absolute), or nil outside a repository.
    public var root: String?
    public var configuration: Configuration
    /// The baseline file in force, and what it accepts.
    public var baselineFile: String?
    public var baseline: Baseline?

    public init(root: String?, configuration: Configuration, baselineFile: String? = nil, baseline: Baseline? = nil) {
        self.root = root
        self.configuration = configuration
        self.baselineFile = baselineFile
        self.baseline = baseline
    }

    /// Finds the settings for a scan of `directory`. `root` is the repository root when the caller knows it (from
    /// git); otherwise it is found by looking for `.git` above `directory`. `keyed` says whether fingerprints are made
    /// with `HUSH_KEY`: a baseline made the other way would match nothing, so it is an error.
    public static func locate(
        scanning directory: String, root knownRoot: String? = nil, configFile: String? = nil, baselineFile: String? = nil,
        useBaseline: Bool = true, keyed: Bool
    ) throws -> Project {
        let root = knownRoot ?? RepositoryPaths.repositoryRoot(containing: directory)
        let manager = FileManager.default
        var configuration = Configuration()
        if let configFile {
            configuration = try ConfigurationLoader.load(file: configFile)
        } else {
            for folder in [root, directory].compactMap({ $0 }) {
                let candidate = folder + "/" + Configuration.fileName
                if manager.fileExists(atPath: candidate) {
                    configuration = try ConfigurationLoader.load(file: Self.shown(candidate))
                    break
                }
            }
        }
        var project = Project(root: root, configuration: configuration)
        guard useBaseline else { return project }
        let file = baselineFile ?? [root ?? directory].map { $0 + "/" + Baseline.fileName }.first { manager.fileExists(atPath: $0) }
        if let file {
            let baseline = try Baseline.read(Self.shown(file))
            if baseline.keyed != keyed {
                throw Baseline.ReadError(
                    file: Self.shown(file),
                    cause: baseline.keyed
                        ? "written with a team key: set HUSH_KEY to it, or nothing in it can match"
                        : "written without a team key: unset HUSH_KEY, or write it again with `hush baseline`")
            }
            project.baselineFile = Self.shown(file)
            project.baseline = baseline
        }
        return project
    }

    /// The folder a scan of `paths` starts from: the first folder named, a named file's folder, or the current one.
    public static func scannedDirectory(of paths: [String]) -> String {
        let current = FileManager.default.currentDirectoryPath
        guard let first = paths.first(where: { $0 != "-" }) else { return current }
        let absolute = first.hasPrefix("/") ? first : current + "/" + first
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue {
            return RepositoryPaths.normalize(absolute)
        }
        return RepositoryPaths.normalize((absolute as NSString).deletingLastPathComponent)
    }

    /// A path relative to the current folder when it is below it, for messages.
    static func shown(_ path: String) -> String {
        let current = RepositoryPaths.normalize(FileManager.default.currentDirectoryPath)
        let normalized = RepositoryPaths.normalize(path)
        return normalized.hasPrefix(current + "/") ? String(normalized.dropFirst(current.count + 1)) : path
    }
}
