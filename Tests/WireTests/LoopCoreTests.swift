#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import Testing
@testable import Wire

/// An ``EventQueue`` driven by the test: it records registrations and reports whatever events are scripted.
final class FakeEventQueue: EventQueue {
    var interests: [Int32: (token: UInt64, interest: EventInterest)] = [:]
    var scripted: [[ReadyEvent]] = []
    var timeouts: [Duration?] = []

    func add(_ fd: Int32, token: UInt64, interest: EventInterest) throws(ServerError) {
        interests[fd] = (token, interest)
    }

    func modify(_ fd: Int32, token: UInt64, interest: EventInterest) throws(ServerError) {
        interests[fd] = (token, interest)
    }

    func remove(_ fd: Int32) throws(ServerError) {
        interests[fd] = nil
    }

    func wait(timeout: Duration?, into events: inout [ReadyEvent]) throws(ServerError) {
        timeouts.append(timeout)
        events = scripted.isEmpty ? [] : scripted.removeFirst()
    }

    func close() {}
}

/// A protocol handler whose reactions the test sets and whose calls it inspects.
final class ProbeHandler: ConnectionProtocolHandler {
    var calls: [String] = []
    var onOpen: (ConnectionContext) -> ConnectionAction = { _ in .continue }
    var onBytes: ([UInt8], ConnectionContext) -> ConnectionAction = { _, _ in .continue }

    func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction {
        calls.append("opened")
        return onOpen(connection)
    }

    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction {
        calls.append("bytes \(bytes.count)")
        return onBytes(Array(bytes), connection)
    }

    func deadlineReached(_ connection: ConnectionContext) -> ConnectionAction {
        calls.append("deadline")
        return .close
    }

    func outputDrained(_ connection: ConnectionContext) -> ConnectionAction {
        calls.append("drained")
        return .continue
    }

    func connectionClosed(_ connection: ConnectionContext) {
        calls.append("closed")
    }
}

/// A loop core on a fake queue with one connection over a socket pair; the test holds the peer end.
final class LoopFixture {
    let queue = FakeEventQueue()
    let clock = ManualClock()
    let core: LoopCore
    let handler = ProbeHandler()
    let serverFD: Int32
    let peerFD: Int32

    init(configure: (ProbeHandler) -> Void = { _ in }) throws {
        var fds: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, POSIX.streamSocketType, 0, &fds) == 0)
        serverFD = fds[0]
        peerFD = fds[1]
        _ = fcntl(serverFD, F_SETFL, fcntl(serverFD, F_GETFL) | O_NONBLOCK)
        var small: Int32 = 4096
        setsockopt(serverFD, SOL_SOCKET, SO_SNDBUF, &small, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(peerFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        core = try LoopCore(loop: try EventLoop(index: 0), queue: queue, clock: clock)
        configure(handler)
        let handler = self.handler
        let listener = LoopCore.Listener(fd: -1, makeHandler: { [handler] in handler }, observer: nil, lingerTimeout: .seconds(1))
        core.adopt(fd: serverFD, peerAddress: "peer", listener: listener)
    }

    deinit {
        close(peerFD)
    }

    var connectionToken: UInt64? { queue.interests[serverFD]?.token }
    var connectionInterest: EventInterest? { queue.interests[serverFD]?.interest }

    /// Reports the connection ready and runs one loop iteration.
    func deliver(readable: Bool = false, writable: Bool = false) {
        guard let token = connectionToken else { return }
        queue.scripted.append([ReadyEvent(token: token, readable: readable, writable: writable)])
        core.runOnce()
    }

    func peerRead(max: Int = 1 << 20) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: max)
        let count = buffer.withUnsafeMutableBytes { recv(peerFD, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(buffer[0..<count]) : []
    }

    func peerSend(_ text: String) {
        _ = text.withCString { send(peerFD, $0, strlen($0), 0) }
    }
}

extension ProbeHandler: @unchecked Sendable {
    // @unchecked: only for handing the probe to `makeHandler` in single-threaded loop tests; the fake loop
    // never leaves the test's thread.
}

@Suite struct LoopCoreTests {
    @Test func greetingIsWrittenDirectlyWithoutWatchingForWritability() throws {
        let fixture = try LoopFixture { $0.onOpen = { connection in connection.write(Array("220 hi\r\n".utf8)); return .continue } }
        #expect(fixture.handler.calls == ["opened"])
        #expect(fixture.connectionInterest == .read)
        #expect(String(decoding: fixture.peerRead(), as: UTF8.self) == "220 hi\r\n")
    }

    @Test func readsAreHandedToTheHandlerAndRepliesWritten() throws {
        let fixture = try LoopFixture {
            $0.onBytes = { bytes, connection in connection.write(bytes.reversed()); return .continue }
        }
        fixture.peerSend("abc")
        fixture.deliver(readable: true)
        #expect(fixture.handler.calls == ["opened", "bytes 3"])
        #expect(fixture.peerRead() == Array("cba".utf8))
    }

    @Test func writabilityIsWatchedOnlyWhileAWriteWouldBlock() throws {
        let big = [UInt8](repeating: 7, count: 2 << 20)
        let fixture = try LoopFixture { $0.onOpen = { connection in connection.write(big); return .continue } }
        // Too much for the socket buffers: the rest waits and the loop watches for writability,
        // and having more than the high watermark queued, stops reading.
        #expect(fixture.connectionInterest == .write)
        var received = 0
        while received < big.count {
            received += fixture.peerRead().count
            fixture.deliver(writable: true)
        }
        #expect(received == big.count)
        #expect(fixture.connectionInterest == .read)
        #expect(fixture.handler.calls.last == "drained")
    }

    @Test func deadlinesBoundTheWaitAndFireWhenTheClockPassesThem() throws {
        let fixture = try LoopFixture()
        let connection = try #require(fixture.core.registrations.values.compactMap { registration -> ConnectionContext? in
            if case let .connection(connection) = registration { return connection }
            return nil
        }.first)
        connection.deadline = fixture.clock.now + .seconds(3)
        fixture.core.complete(connection, .continue)
        fixture.core.runOnce()
        #expect(fixture.queue.timeouts.last == .seconds(3))
        #expect(!fixture.handler.calls.contains("deadline"))
        fixture.clock.advance(by: .seconds(3))
        fixture.core.runOnce()
        #expect(fixture.handler.calls.last == "deadline")
        // The handler closed: FIN sent, the loop lingers until the peer closes too (or the linger deadline).
        #expect(fixture.peerRead() == [])
        #expect(fixture.connectionInterest == .read)
        shutdown(fixture.peerFD, Int32(SHUT_WR))
        fixture.deliver(readable: true)
        #expect(fixture.handler.calls.last == "closed")
        #expect(fixture.core.connectionCount == 0)
    }

    @Test func movingADeadlineLaterDoesNotFireEarly() throws {
        let fixture = try LoopFixture()
        let connection = try #require(fixture.core.registrations.values.compactMap { registration -> ConnectionContext? in
            if case let .connection(connection) = registration { return connection }
            return nil
        }.first)
        connection.deadline = fixture.clock.now + .seconds(1)
        fixture.core.complete(connection, .continue)
        connection.deadline = fixture.clock.now + .seconds(5)
        fixture.core.complete(connection, .continue)
        fixture.clock.advance(by: .seconds(2))
        fixture.core.runOnce()
        #expect(!fixture.handler.calls.contains("deadline"))
        #expect(fixture.core.timers.first?.instant == connection.deadline)
        fixture.clock.advance(by: .seconds(3))
        fixture.core.runOnce()
        #expect(fixture.handler.calls.contains("deadline"))
    }

    @Test func staleEventsForClosedConnectionsAreIgnored() throws {
        let fixture = try LoopFixture { $0.onBytes = { _, _ in .reset } }
        let token = try #require(fixture.connectionToken)
        fixture.peerSend("x")
        fixture.queue.scripted.append([ReadyEvent(token: token, readable: true), ReadyEvent(token: token, readable: true, writable: true)])
        fixture.core.runOnce()
        #expect(fixture.handler.calls == ["opened", "bytes 1", "closed"])
    }

    @Test func tasksRunWhenTheWakerFires() throws {
        let fixture = try LoopFixture()
        let ran = Mutex(false)
        #expect(fixture.core.loop.execute { _ in ran.withLock { $0 = true } })
        fixture.queue.scripted.append([ReadyEvent(token: LoopCore.wakerToken, readable: true)])
        fixture.core.runOnce()
        #expect(ran.withLock { $0 })
    }

    @Test func resetWritesQueuedOutputFirst() throws {
        let fixture = try LoopFixture {
            $0.onBytes = { _, connection in connection.write(Array("last words".utf8)); return .reset }
        }
        fixture.peerSend("x")
        fixture.deliver(readable: true)
        #expect(fixture.handler.calls.last == "closed")
        #expect(String(decoding: fixture.peerRead(), as: UTF8.self) == "last words")
    }

    @Test func shutdownAsksConnectionsToFinishAndEndsTheLoop() throws {
        let fixture = try LoopFixture()
        fixture.core.beginShutdown()
        #expect(fixture.handler.calls == ["opened", "closed"])
        #expect(!fixture.core.runOnce())
    }
}
