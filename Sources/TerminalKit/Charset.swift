/// The characters the terminal can show, as the locale says: all of Unicode (UTF-8) or ASCII only.
/// In ASCII mode the runtime folds every frame (`Grid.folded(to:)`) before the backend draws it, so no view needs
/// to know, and nothing at or above 0x80 reaches the terminal.
public enum Charset: Hashable, Sendable {
    case utf8, ascii

    /// What the locale allows and, when it is ASCII only, the sentence that says why and what to do.
    public struct Detection: Hashable, Sendable {
        public let charset: Charset
        /// Nil for UTF-8; otherwise one ASCII sentence for the footer, e.g.
        /// "ASCII only: LANG=C is not UTF-8; use LANG=C.UTF-8 for full characters." (fits 80 columns).
        public let notice: String?

        public init(charset: Charset, notice: String?) {
            self.charset = charset
            self.notice = notice
        }

        public static let utf8 = Detection(charset: .utf8, notice: nil)
    }

    /// The environment variables that choose the character set, in the order the C library reads them.
    public static let localeVariables = ["LC_ALL", "LC_CTYPE", "LANG"]

    /// Decides from the codeset the C library settled on after `setlocale(LC_ALL, "")` (`nl_langinfo(CODESET)`,
    /// e.g. "UTF-8" or "ANSI_X3.4-1968") and the locale variables (`environment(name)`; empty counts as unset).
    public static func detect(codeset: String, environment: (String) -> String?) -> Detection {
        if isUTF8(codeset) { return .utf8 }
        var chosen: (String, String)?
        for name in localeVariables {
            if let value = environment(name), !value.isEmpty {
                chosen = (name, value)
                break
            }
        }
        guard let (name, value) = chosen else {
            return Detection(
                charset: .ascii,
                notice: "ASCII only: no locale is set; use LANG=C.UTF-8 for full characters.")
        }
        let shown = asciiOnly(value, max: 40)
        if isUTF8(value) {
            // The variable asks for UTF-8 but setlocale fell back to C: that locale is not installed.
            return Detection(
                charset: .ascii,
                notice: "ASCII only: the locale \(name)=\(shown) is not installed here; "
                    + "install it (see `locale -a`) or use \(name)=C.UTF-8 for full characters.")
        }
        return Detection(
            charset: .ascii,
            notice: "ASCII only: \(name)=\(shown) is not UTF-8; use \(name)=C.UTF-8 for full characters.")
    }

    /// "UTF-8", "utf8", "en_US.UTF-8", "C.utf8" all name UTF-8.
    static func isUTF8(_ text: String) -> Bool {
        let folded = String(text.lowercased().filter { $0 != "-" && $0 != "_" })
        return folded.hasSuffix("utf8") || folded.contains("utf8@")
    }

    /// An environment value shown in the notice: printable ASCII only, cut to `max` characters.
    static func asciiOnly(_ text: String, max: Int) -> String {
        let kept = text.unicodeScalars.prefix(max).map { $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : "?" }
        return String(kept) + (text.unicodeScalars.count > max ? "~" : "")
    }
}
