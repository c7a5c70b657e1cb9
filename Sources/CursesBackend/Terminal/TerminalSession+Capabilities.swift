import CNcursesw
import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TerminalSession {
    /// Reads what the locale and the terminfo entry allow, once `setlocale` and `newterm` have run.
    func detectCapabilities() {
        let codeset = sg_codeset().map { String(cString: $0) } ?? ""
        charset = Charset.detect(codeset: codeset, environment: Self.environment)
        hasAlternateScreen = sg_has_string_capability("smcup") == 1
    }

    /// After `endwin`: on a terminal without an alternate screen (vt100, the Linux console) the last frame would
    /// stay behind under the shell prompt, so clear the screen and put the cursor home.
    func clearIfNoAlternateScreen() {
        guard !hasAlternateScreen else { return }
        sg_clear_screen_after_endwin()
    }
}
