import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: standard output and standard error, line by line, unbuffered.
public struct Console: Sendable {
    /// Writes one line to standard output.
    public let out: @Sendable (String) -> Void
    /// Writes one line to standard error.
    public let err: @Sendable (String) -> Void
    /// Whether standard output is a terminal that may be coloured.
    public let colored: Bool
    /// Whether standard output is a terminal, so a progress line may be redrawn in place.
    public var interactive = false

    /// Creates a console from two line writers.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, colored: Bool = false) {
        self.out = out
        self.err = err
        self.colored = colored
    }

    /// The process's own standard output and error; coloured on a TTY unless `NO_COLOR` is set.
    public static func standard(environment: [String: String]) -> Console {
        let colored = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
        var console = Console(
            out: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) },
            err: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) },
            colored: colored)
        console.interactive = isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
        return console
    }
}
