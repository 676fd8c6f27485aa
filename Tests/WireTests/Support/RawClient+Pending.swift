#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension RawClient {
    /// The bytes already waiting on the socket, without blocking (empty when none have arrived).
    func readWaiting() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        return count > 0 ? Array(buffer[0..<count]) : []
    }

    /// Reads until `count` bytes have arrived (or the connection ends, or the safety timeout).
    func read(count: Int) -> [UInt8] {
        var received: [UInt8] = []
        while received.count < count, case let .bytes(bytes) = readOnce(max: count - received.count) {
            received += bytes
        }
        return received
    }

    /// Reads a response head (through its blank line) and the first `bodyBytes` bytes of its body.
    func readHead(thenBody bodyBytes: Int) -> (head: String, body: [UInt8]) {
        var received: [UInt8] = []
        while true {
            if let end = Self.headEnd(in: received), received.count - end >= bodyBytes {
                return (String(decoding: received[..<end], as: UTF8.self), Array(received[end...]))
            }
            guard case let .bytes(bytes) = readOnce(max: 1) else { return (String(decoding: received, as: UTF8.self), []) }
            received += bytes
        }
    }

    private static func headEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index..<index + 4].elementsEqual([13, 10, 13, 10]) { return index + 4 }
        return nil
    }
}
