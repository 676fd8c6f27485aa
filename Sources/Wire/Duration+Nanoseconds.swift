extension Duration {
    /// The duration in whole nanoseconds, clamped to `Int64`.
    var wholeNanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, overflow2) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        if overflow2 { return seconds < 0 ? .min : .max }
        return sum
    }

    /// The duration in whole milliseconds rounded up, clamped to `0...Int32.max`, as `epoll_wait` and `poll` take it.
    var pollMilliseconds: Int32 {
        let nanos = wholeNanoseconds
        if nanos <= 0 { return 0 }
        let millis = (nanos + 999_999) / 1_000_000
        return Int32(clamping: millis)
    }
}
