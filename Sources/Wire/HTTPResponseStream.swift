import Synchronization

/// A response whose body is written bit by bit for as long as the connection lasts — Server-Sent
/// Events, a log tail — created by ``HTTPResponder/stream(_:onClose:)``.
///
/// The body goes out with `Transfer-Encoding: chunked`, one chunk per ``write(_:)``; ``finish()`` sends
/// the last chunk and closes the connection. Sendable: write from any thread. Writes made before the
/// head has left (earlier pipelined answers still pending) wait and follow it in order. A client that
/// stops reading while more than ``maxBufferedBytes`` wait to be sent is disconnected rather than
/// buffered without bound. The stream is the connection's last response: requests pipelined behind
/// it are not answered.
public final class HTTPResponseStream: Sendable {
    /// Bytes that may wait unsent for a client before the stream gives up on it.
    public static let maxBufferedBytes = 1 << 20

    private struct State {
        /// The connection has written the head; writes go straight to it.
        var headWritten = false
        /// Chunks written before the head left.
        var waiting: [UInt8] = []
        var finishRequested = false
        var closed = false
        var onClose: (@Sendable () -> Void)?
    }

    private let connection: ConnectionHandle
    private let state: Mutex<State>

    init(connection: ConnectionHandle, onClose: (@Sendable () -> Void)?) {
        self.connection = connection
        state = Mutex(State(onClose: onClose))
    }

    /// Whether the connection is still open (false once it closed or ``finish()`` was called).
    public var isOpen: Bool { state.withLock { !$0.closed && !$0.finishRequested } }

    /// Sends `bytes` as one chunk; ignored when empty or once the stream is closed or finished.
    public func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let chunk = Self.chunk(bytes)
        let direct = state.withLock { state -> Bool in
            guard !state.closed, !state.finishRequested else { return false }
            guard state.headWritten else {
                state.waiting += chunk
                return false
            }
            return true
        }
        guard direct else { return }
        connection.execute { _, context in
            context.write(chunk)
            return context.pendingOutputCount > Self.maxBufferedBytes ? .reset : .continue
        }
    }

    /// Sends the last chunk and closes the connection; later writes are ignored.
    public func finish() {
        let direct = state.withLock { state -> Bool in
            guard !state.closed, !state.finishRequested else { return false }
            state.finishRequested = true
            return state.headWritten
        }
        guard direct else { return }
        connection.execute { _, context in
            context.write(Self.lastChunk)
            return .close
        }
    }

    /// Called by the connection on its loop once the head is in its output: what waited, and whether to close after it.
    func headWasWritten() -> (waiting: [UInt8], finished: Bool) {
        state.withLock { state in
            state.headWritten = true
            defer { state.waiting = [] }
            return (state.waiting + (state.finishRequested ? Self.lastChunk : []), state.finishRequested)
        }
    }

    /// Called by the connection when it has closed, or when the stream will never start; runs `onClose` once.
    func connectionClosed() {
        let onClose = state.withLock { state -> (@Sendable () -> Void)? in
            guard !state.closed else { return nil }
            state.closed = true
            defer { state.onClose = nil }
            return state.onClose
        }
        onClose?()
    }

    /// `bytes` framed as one HTTP/1.1 chunk: size in hex, CRLF, data, CRLF.
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(bytes.count, radix: 16).utf8) + [13, 10] + bytes + [13, 10]
    }

    /// The zero-size chunk that ends a chunked body.
    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)
}

extension HTTPResponseStream: Equatable {
    /// Two streams are equal when they are the same stream.
    public static func == (left: HTTPResponseStream, right: HTTPResponseStream) -> Bool {
        left === right
    }
}
