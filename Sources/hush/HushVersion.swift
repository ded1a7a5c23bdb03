enum HushVersion {
    static let current = "0.1.0"
}
