/// When each request of a constant-rate, open-loop load is meant to leave (wrk2's model): `rate` requests
/// a second spread evenly over `connections` kept-alive connections, connection `c` sending its `k`-th
/// request at `start + (k × connections + c) / rate`. A request is timed from this intended instant, not
/// from when it really left, so a server that stalls a connection is charged for the requests queued
/// behind the stall (coordinated omission corrected).
struct OpenLoopSchedule: Sendable, Equatable {
    /// Requests per second over all connections.
    var rate: Double
    var connections: Int
    /// How long requests are scheduled for, in nanoseconds.
    var durationNanoseconds: UInt64

    /// The gap between consecutive requests over all connections, in nanoseconds.
    var intervalNanoseconds: Double { 1e9 / rate }

    /// Nanoseconds after the start at which connection `connection` means to send its `index`-th request, or
    /// nil when that falls at or after the end of the run.
    func intendedOffset(connection: Int, index: Int) -> UInt64? {
        let slot = Double(index) * Double(connections) + Double(connection)
        let offset = slot * intervalNanoseconds
        guard offset < Double(durationNanoseconds) else { return nil }
        return UInt64(offset)
    }

    /// How many requests connection `connection` sends over the run.
    func requestCount(connection: Int) -> Int {
        var count = 0
        while intendedOffset(connection: connection, index: count) != nil { count += 1 }
        return count
    }

    /// How many requests the whole run schedules.
    var totalRequests: Int { (0..<connections).reduce(0) { $0 + requestCount(connection: $1) } }
}
