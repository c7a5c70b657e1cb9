/// The one place that says which version of sgaccess this is: `sgaccess --version`, `sgaccess info`, the log's
/// "start" line and the man page all read it. Bump it with every release.
public enum SGAccessVersion {
    /// Semantic version of the package, e.g. "0.9.0".
    public static let current = "0.9.0"
}
