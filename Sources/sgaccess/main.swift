import Foundation
import SGAccessCLI

// The executable is only this: the commands live in SGAccessCLI, where they are unit-tested.
let status = await SGAccessProgram.run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: .live(),
    output: .standard
)
exit(status)
