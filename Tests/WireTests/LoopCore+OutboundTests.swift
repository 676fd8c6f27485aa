#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Wire

@Suite struct LoopCoreOutboundTests {
    /// A loop core on the real queue of `backend`, run on the test's thread.
    private func makeCore(_ backendName: String) throws -> LoopCore {
        let backend = try #require(EventBackend.named(backendName))
        return try LoopCore(loop: try EventLoop(index: 0, backend: backend), queue: try backend.makeQueue(), clock: SystemClock())
    }

    private func address(port: UInt16) throws -> SocketAddress {
        try SocketAddress.resolve(host: "127.0.0.1", port: port, passive: false).get()
    }

    @Test(arguments: EventBackend.available.map(\.name))
    func outputQueuedWhileConnectingLeavesOnceConnected(backendName: String) throws {
        let core = try makeCore(backendName)
        let (listener, port) = try SocketOperations.listen(host: "127.0.0.1", port: 0, backlog: 8)
        defer { POSIX.close(listener) }
        let handler = ProbeHandler()
        handler.onOpen = { connection in
            connection.write(Array("hello".utf8))
            connection.deadline = connection.now + .seconds(10) // A safety net only: the connect is local.
            return .continue
        }
        let connection = try core.connectOutbound(to: try address(port: port), peer: "127.0.0.1", handler: handler).get()
        #expect(connection.peerAddress == "127.0.0.1")
        if connection.isConnecting {
            #expect(connection.registeredInterest.contains(.write))
            while connection.isConnecting, !handler.calls.contains("closed") { core.runOnce() }
        }
        #expect(!handler.calls.contains("closed"))
        #expect(connection.pendingOutputCount == 0)
        var accepted: Int32 = -1
        for _ in 0..<1000 where accepted < 0 {
            accepted = accept(listener, nil, nil)
            if accepted < 0 { var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0); _ = poll(&descriptor, 1, 5000) }
        }
        defer { POSIX.close(accepted) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(accepted, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { recv(accepted, $0.baseAddress, $0.count, 0) }
        #expect(count == 5 && Array(buffer[0..<max(0, count)]) == Array("hello".utf8))
        core.forceCloseAll()
        #expect(handler.calls.last == "closed")
    }

    @Test(arguments: EventBackend.available.map(\.name))
    func aRefusedConnectIsReportedWithItsError(backendName: String) throws {
        let core = try makeCore(backendName)
        let (listener, port) = try SocketOperations.listen(host: "127.0.0.1", port: 0, backlog: 8)
        POSIX.close(listener) // Nothing listens there now.
        let handler = ProbeHandler()
        handler.onOpen = { connection in
            connection.write(Array("never sent".utf8))
            connection.deadline = connection.now + .seconds(10) // A safety net only.
            return .continue
        }
        switch core.connectOutbound(to: try address(port: port), peer: "127.0.0.1", handler: handler) {
        case let .failure(error):
            #expect(error == .connectFailed(host: "127.0.0.1", port: port, reason: "Connection refused"))
        case let .success(connection):
            while !handler.calls.contains("closed"), !handler.calls.contains("deadline") { core.runOnce() }
            #expect(handler.calls == ["opened", "closed"])
            #expect(connection.connectError == ECONNREFUSED)
            #expect(core.connectionCount == 0)
        }
    }
}
