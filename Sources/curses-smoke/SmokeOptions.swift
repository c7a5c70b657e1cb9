/// Command-line options of the backend demo (a tiny parser: the demo must not depend on the app's CLI).
struct SmokeOptions {
    var noColor = false
    var tickMilliseconds: Int?
    var presentEveryMilliseconds: Int?
    var crashAfterSeconds: Double?
    var crashKind = "trap"
    var pidFile: String?
    var benchFrames: Int?

    static let usage = """
        usage: curses-smoke [--no-color] [--tick-ms N] [--present-every-ms N] [--crash-after SECONDS]
                            [--crash-kind trap|abort|segv] [--pid-file PATH]
                            [--bench-frames N]
        keys: q quit · r redraw unchanged · t start/stop counter · y copy (OSC 52) · Ctrl-L full redraw
        """

    init(arguments: [String]) throws(SmokeOptionError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--no-color": noColor = true
            case "--tick-ms": tickMilliseconds = try Self.int(rest.popFirst(), argument)
            case "--present-every-ms": presentEveryMilliseconds = try Self.int(rest.popFirst(), argument)
            case "--crash-after":
                guard let text = rest.popFirst(), let value = Double(text) else { throw SmokeOptionError(argument) }
                crashAfterSeconds = value
            case "--crash-kind":
                guard let kind = rest.popFirst(), ["trap", "abort", "segv"].contains(kind) else {
                    throw SmokeOptionError(argument)
                }
                crashKind = kind
            case "--bench-frames": benchFrames = try Self.int(rest.popFirst(), argument)
            case "--pid-file":
                guard let path = rest.popFirst() else { throw SmokeOptionError(argument) }
                pidFile = path
            default: throw SmokeOptionError(argument)
            }
        }
    }

    private static func int(_ text: String?, _ option: String) throws(SmokeOptionError) -> Int {
        guard let text, let value = Int(text), value > 0 else { throw SmokeOptionError(option) }
        return value
    }
}

struct SmokeOptionError: Error {
    let option: String
    init(_ option: String) { self.option = option }
    var message: String { "curses-smoke: bad or incomplete option \(option).\n\(SmokeOptions.usage)" }
}
