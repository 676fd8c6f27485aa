#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking loopback client for a fake's `GET /__fake/events`: sends the request, then reads the
/// stream until a text arrives. Reads give up after a few seconds so a broken stream fails a test
/// instead of hanging it.
final class EventStreamClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let fd: Int32
    /// Everything read so far.
    private(set) var received = ""

    /// Connects to 127.0.0.1:`port` and asks for `target`.
    init(port: UInt16, target: String = "/__fake/events") throws {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect failed")
        }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        self.fd = fd
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8)
        let sent = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        guard sent == request.count else { throw Failure(description: "send failed") }
    }

    deinit {
        close(fd)
    }

    /// Reads until `text` has been received after `offset`; returns everything read. Throws when the
    /// stream ends or stalls first.
    @discardableResult
    func read(until text: String) throws -> String {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !received.contains(text) {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "stream ended or stalled before \(text.debugDescription); got \(received.debugDescription)") }
            received += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return received
    }

    /// Reads until the server closes the connection; true when it did (false when it stalled).
    func readToEnd() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { return true }
            if count < 0 { return false }
            received += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }
}
