extension Fault {
    /// The normal answer, `ms` milliseconds late.
    public static func latency(ms: Int) -> Fault { .latency(milliseconds: ms) }
}
