#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What hostile-client tests do with raw connections.
extension RawClient {
    /// Makes closing the socket send RST instead of FIN.
    func resetOnClose() {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// Opens `total` connections to `port`, `batch` at a time; `misbehave` does something to each (given its
    /// number) before the batch is dropped.
    static func churn(port: UInt16, total: Int, batch: Int = 100, _ misbehave: (Int, RawClient) -> Void) throws {
        for start in stride(from: 0, to: total, by: batch) {
            let clients = try (0..<min(batch, total - start)).map { _ in try RawClient(port: port, timeoutSeconds: 10) }
            for (index, client) in clients.enumerated() { misbehave(start + index, client) }
        }
    }

    /// A fixed xorshift sequence: the same "random" bytes on every run.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }
}
