/// The language of a report's labels (the HTML report; values and paths are never translated).
///
/// Chinese is chosen by `--lang zh`, or by a locale whose name starts with `zh` in `LC_ALL`, `LC_MESSAGES` or `LANG`,
/// looked up in the POSIX order (the first one set and not empty decides), so `LANG=zh_CN.UTF-8` gives a Chinese
/// report without a flag, while `LC_ALL=C` still wins over it.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en
    case zh

    /// The language the environment's locale asks for; English unless it is Chinese.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = locale?.lowercased().hasPrefix("zh") == true ? .zh : .en
    }
}
