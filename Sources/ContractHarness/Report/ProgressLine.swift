/// The line a run shows on a terminal and redraws as specs finish: done/total, the spec that just
/// finished, and the elapsed time — `[ 12/302] 4% 3.2 s  lox24/get-by-uuid`.
public struct ProgressLine: Sendable, Equatable {
    /// Specs finished.
    public var done: Int
    /// Specs in the run.
    public var total: Int
    /// The spec that finished last.
    public var current: String
    /// Seconds since the run started.
    public var elapsed: Double

    /// Creates a progress state.
    public init(done: Int, total: Int, current: String, elapsed: Double) {
        self.done = done
        self.total = total
        self.current = current
        self.elapsed = elapsed
    }

    /// The text, cut to `width` columns so the terminal never wraps it (which would break redrawing).
    public func text(width: Int = 80) -> String {
        let digits = String(total).count
        let count = String(repeating: " ", count: max(0, digits - String(done).count)) + "\(done)/\(total)"
        let percent = total == 0 ? 100 : done * 100 / total
        let tenths = Int((max(0, elapsed) * 10).rounded(.down))
        let line = "[\(count)] \(percent)% \(tenths / 10).\(tenths % 10) s  \(current)"
        let limit = width > 11 ? width - 1 : 10  // not `width - 1` first: `COLUMNS` may say Int.min
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }

    /// The terminal bytes that replace the previous progress line with `text`: carriage return,
    /// erase line, text (no line feed).
    public static func redraw(_ text: String) -> String {
        "\r\u{1B}[2K" + text
    }

    /// The bytes that erase the progress line, before ordinary output is printed over it.
    public static let erase = "\r\u{1B}[2K"
}
