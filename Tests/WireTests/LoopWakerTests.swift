import Testing
@testable import Wire
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Both wakers: a signal makes the read end readable, a drain empties it however many signals came.
@Suite struct LoopWakerTests {
    static var wakers: [String] {
        #if canImport(Glibc)
        ["pipe", "eventfd"]
        #else
        ["pipe"]
        #endif
    }

    private func make(_ kind: String) throws -> LoopWaker {
        #if canImport(Glibc)
        if kind == "eventfd" { return try LoopWaker.eventDescriptor() }
        #endif
        return try LoopWaker.pipe()
    }

    private func isReadable(_ fd: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) == 1
    }

    @Test(arguments: wakers)
    func signalThenDrain(_ kind: String) throws {
        let waker = try make(kind)
        defer { waker.close() }
        #expect(!isReadable(waker.readFD))
        for _ in 0..<100 { waker.signal() }
        #expect(isReadable(waker.readFD))
        waker.drain()
        #expect(!isReadable(waker.readFD))
        waker.signal()
        #expect(isReadable(waker.readFD))
    }

    @Test(arguments: wakers)
    func drainingAnIdleWakerDoesNotBlock(_ kind: String) throws {
        let waker = try make(kind)
        defer { waker.close() }
        waker.drain()
        #expect(!isReadable(waker.readFD))
    }

    @Test func aFullPipeStillWakes() throws {
        let waker = try LoopWaker.pipe()
        defer { waker.close() }
        for _ in 0..<100_000 { waker.signal() } // Far more than a pipe holds: later writes fail with EAGAIN.
        #expect(isReadable(waker.readFD))
        waker.drain()
        #expect(!isReadable(waker.readFD))
    }
}
