#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
@testable import Wire

/// A blocking TCP client for tests: writes raw bytes, reads with a receive timeout as a safety net only.
final class RawClient: @unchecked Sendable {
    // @unchecked: tests use an instance from one thread at a time, except that one thread may `send` while
    // another reads; `send` touches only the socket (full-duplex), never `buffered`.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let fd: Int32

    /// Connects to 127.0.0.1:`port`; reads give up after `timeoutSeconds` so a broken server fails a test
    /// instead of hanging it.
    init(port: UInt16, timeoutSeconds: Int = 5) throws {
        let fd = socket(AF_INET, POSIX.streamSocketType, 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(fd)
            throw Failure(description: "connect failed: errno \(code)")
        }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// Sends all of `text`.
    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// Sends all of `bytes`.
    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                socketSend(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            guard written > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            offset += written
        }
    }

    /// Half-closes the sending side.
    func shutdownWrite() {
        shutdown(fd, Int32(SHUT_WR))
    }

    /// The outcome of one read.
    enum ReadResult: Equatable {
        case bytes([UInt8])
        case endOfStream
        case reset
        case timedOut
        case failed(Int32)
    }

    /// One `recv`.
    func readOnce(max: Int = 65536) -> ReadResult {
        var buffer = [UInt8](repeating: 0, count: max)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count > 0 { return .bytes(Array(buffer[0..<count])) }
        if count == 0 { return .endOfStream }
        switch errno {
        case ECONNRESET: return .reset
        case EAGAIN: return .timedOut
        case let code: return .failed(code)
        }
    }

    /// Reads until the peer closes (or resets, or the safety timeout), returning everything and how it ended.
    func readToEnd() -> (text: String, end: ReadResult) {
        var received: [UInt8] = []
        while true {
            switch readOnce() {
            case let .bytes(bytes): received += bytes
            case let end: return (String(decoding: received, as: UTF8.self), end)
            }
        }
    }

    private var buffered: [UInt8] = []

    /// Reads one complete HTTP response (Content-Length or chunked or no body for 1xx/204/304), as text.
    func readResponse(head: Bool = false) throws -> RawResponse {
        while true {
            if let (response, used) = RawResponse.parse(buffered, head: head) {
                buffered.removeFirst(used)
                return response
            }
            switch readOnce() {
            case let .bytes(bytes): buffered += bytes
            case let end: throw Failure(description: "connection ended before a full response: \(end); have \(String(decoding: buffered, as: UTF8.self))")
            }
        }
    }

    /// Bytes read beyond the last parsed response.
    var leftover: [UInt8] { buffered }
}

/// `send(2)` with SIGPIPE suppressed; `RawClient.send(_:)` shadows the C function inside the type.
private func socketSend(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    send(fd, buffer, count, POSIX.sendFlags)
}
