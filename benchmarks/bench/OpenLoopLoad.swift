import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A constant-rate, open-loop HTTP/1.1 load (wrk2-style) over kept-alive connections, one thread each:
/// every request leaves at its ``OpenLoopSchedule`` instant (or as soon as its connection is free, when
/// the server is behind) and is timed from that instant, so a slow server shows as latency instead of
/// as a lower offered rate. A closed-loop tool (wrk) offers a slower server less, which makes two servers'
/// percentiles incomparable; here both get the same schedule, and the achieved rate says whether each kept it.
struct OpenLoopLoad: Sendable {
    /// What one load measured.
    struct Result: Sendable {
        var offeredRate: Double
        var scheduled: Int
        /// Requests answered 2xx.
        var completed: Int
        /// Answers that were not 2xx.
        var statusErrors: Int
        /// Connect, send or read failures (and unsupported framing).
        var socketErrors: Int
        /// Scheduled requests never sent (the run ended while their connection was still behind).
        var unsent: Int
        /// From the first intended send to the last answer, or the scheduled duration if that is longer: a
        /// server that falls behind finishes late, and its achieved rate shows it.
        var seconds: Double
        /// Latencies in microseconds from the intended send instant to the last byte of the answer.
        var latency: LatencySummary
        /// How late requests left after their intended instant, in microseconds (the generator's own lag
        /// plus waiting for a busy connection).
        var sendLag: LatencySummary

        /// Answered requests per second over ``seconds``.
        var achievedRate: Double { Double(completed) / max(seconds, 1e-9) }
    }

    var host: String
    var port: UInt16
    var request: [UInt8]
    var schedule: OpenLoopSchedule
    /// How long a read may wait for an answer before the request counts as failed.
    var readTimeoutSeconds: Int = 5

    /// Runs the load and returns what it measured.
    func run() -> Result {
        signal(SIGPIPE, SIG_IGN)
        let start = Self.now() + 20_000_000 // Every thread starts before the first intended instant.
        let outcomes = Outcomes(count: schedule.connections)
        let done = DispatchGroup()
        for index in 0..<schedule.connections {
            done.enter()
            let thread = Thread { [self] in
                let outcome = drive(connection: index, start: start)
                outcomes.list.withLock { $0[index] = outcome }
                done.leave()
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        done.wait()
        var total = ConnectionOutcome()
        for outcome in outcomes.list.withLock({ $0 }) { total.merge(outcome) }
        return Result(offeredRate: schedule.rate, scheduled: schedule.totalRequests, completed: total.completed,
                      statusErrors: total.statusErrors, socketErrors: total.socketErrors, unsent: total.unsent,
                      seconds: Double(max(schedule.durationNanoseconds, total.lastAnswer > start ? total.lastAnswer - start : 0)) / 1e9,
                      latency: LatencySummary(total.latencies), sendLag: LatencySummary(total.lags))
    }

    /// Each connection's outcome, filled in by its thread as it ends.
    private final class Outcomes: Sendable {
        let list: Mutex<[ConnectionOutcome]>
        init(count: Int) { list = Mutex(Array(repeating: ConnectionOutcome(), count: count)) }
    }

    /// One connection's part of the load: the results stay with it until the threads are joined.
    private struct ConnectionOutcome: Sendable {
        var completed = 0, statusErrors = 0, socketErrors = 0, unsent = 0
        /// When the last answer arrived (monotonic nanoseconds), 0 before any.
        var lastAnswer: UInt64 = 0
        var latencies: [Double] = []
        var lags: [Double] = []

        mutating func merge(_ other: ConnectionOutcome) {
            completed += other.completed
            statusErrors += other.statusErrors
            socketErrors += other.socketErrors
            unsent += other.unsent
            lastAnswer = max(lastAnswer, other.lastAnswer)
            latencies += other.latencies
            lags += other.lags
        }
    }

    private func drive(connection: Int, start: UInt64) -> ConnectionOutcome {
        var outcome = ConnectionOutcome()
        var socket: Int32 = -1
        defer { if socket >= 0 { close(socket) } }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var received: [UInt8] = []
        let end = start + schedule.durationNanoseconds
        var index = 0
        while let offset = schedule.intendedOffset(connection: connection, index: index) {
            index += 1
            let intended = start + offset
            Self.sleep(until: intended)
            // Past the end of the run: what is still queued behind a slow answer is not sent.
            guard Self.now() < end + 1_000_000_000 else {
                outcome.unsent += 1
                continue
            }
            outcome.lags.append(Double(Self.now() &- intended) / 1000)
            if socket < 0 { socket = openConnection() }
            guard socket >= 0, sendAll(socket) else {
                outcome.socketErrors += 1
                if socket >= 0 { close(socket); socket = -1 }
                continue
            }
            received.removeAll(keepingCapacity: true)
            var answered = false
            reading: while true {
                let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { break reading }
                received.append(contentsOf: buffer[0..<count])
                switch ResponseFraming.parse(received) {
                case .incomplete:
                    continue
                case let .complete(status, _, closes):
                    let answeredAt = Self.now()
                    outcome.lastAnswer = answeredAt
                    outcome.latencies.append(Double(answeredAt &- intended) / 1000)
                    if (200..<300).contains(status) { outcome.completed += 1 } else { outcome.statusErrors += 1 }
                    if closes { close(socket); socket = -1 }
                    answered = true
                    break reading
                case .unsupported:
                    break reading
                }
            }
            if !answered {
                outcome.socketErrors += 1
                if socket >= 0 { close(socket); socket = -1 }
            }
        }
        return outcome
    }

    private func openConnection() -> Int32 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { return -1 }
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return -1 }
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            return -1
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: readTimeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    private func sendAll(_ fd: Int32) -> Bool {
        var offset = 0
        while offset < request.count {
            let written = request.withUnsafeBytes { send(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset, 0) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// `CLOCK_MONOTONIC` in nanoseconds.
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Sleeps until the monotonic clock reaches `instant` (returns at once when it has).
    static func sleep(until instant: UInt64) {
        while true {
            let current = now()
            guard current < instant else { return }
            let remaining = instant - current
            var spec = timespec(tv_sec: Int(remaining / 1_000_000_000), tv_nsec: Int(remaining % 1_000_000_000))
            _ = nanosleep(&spec, nil)
        }
    }
}
