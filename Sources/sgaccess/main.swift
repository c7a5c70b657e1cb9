import Foundation
import SGAccessCLI

// The executable is only this: the commands live in SGAccessCLI, where they are unit-tested.
// A closed pipe (`sgaccess list | head -1`, a log FIFO whose reader left) is an EPIPE error, never a signal.
signal(SIGPIPE, SIG_IGN)
let status = await SGAccessProgram.run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: .live(),
    output: .standard
)
exit(status)
