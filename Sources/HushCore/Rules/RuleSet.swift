import Foundation

/// The rules a scan runs: the built-in set plus any added with `--rules`.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule]
    public let data: PatternData

    public init(rules: [Rule], data: PatternData) {
        self.rules = rules
        self.data = data
    }

    /// The rules compiled into the binary.
    public static func builtin() throws -> RuleSet {
        let data = try PatternData.builtin()
        let loader = RuleLoader(data: data)
        var rules: [Rule] = []
        for file in BuiltinPatterns.ruleFiles {
            rules.append(try loader.load(source: file.text, file: file.path, expectedID: Self.id(fromPath: file.path)))
        }
        return RuleSet(rules: rules, data: data)
    }

    /// Adds the rules in `paths` (files, or folders searched for `*.toml`). With `replacing`, a rule whose id is
    /// already present replaces it (what `hush rules test FILE` wants); otherwise a clash is an error.
    @discardableResult
    public mutating func add(paths: [String], replacing: Bool = false) throws -> [String] {
        let loader = RuleLoader(data: data)
        var loaded: [String] = []
        for file in try Self.ruleFiles(in: paths) {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw RuleLoadError(file: file, message: "cannot read the rule file (\(Self.reason(error)))")
            }
            let rule = try loader.load(source: text, file: file, expectedID: Self.id(fromPath: file))
            loaded.append(rule.id)
            if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                guard replacing else {
                    throw RuleLoadError(file: file, line: 1, ruleID: rule.id, message: "a rule with this id already exists (\(rules[index].file))")
                }
                rules[index] = rule
            } else {
                rules.append(rule)
            }
        }
        return loaded
    }

    /// Keeps only the rules whose id is in `ids`.
    public mutating func restrict(to ids: Set<String>) {
        rules.removeAll { !ids.contains($0.id) }
    }

    static func id(fromPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
    }

    private static func ruleFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw RuleLoadError(file: path, message: "no such file or directory")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".toml") && !$0.hasPrefix("data/") }
                .sorted()
                .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            files.append(contentsOf: found)
        }
        return files
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
