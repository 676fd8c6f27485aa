import Testing
@testable import Wire
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The poll(2) queue on a real socket pair: what it reports, and that its table follows add, modify, remove.
@Suite struct PollEventQueueTests {
    /// A connected pair of non-blocking stream sockets, closed by the caller.
    private func socketPair() throws -> (Int32, Int32) {
        var fds: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, POSIX.streamSocketType, 0, &fds) == 0)
        #expect(POSIX.setNonBlockingAndCloseOnExec(fds[0]))
        #expect(POSIX.setNonBlockingAndCloseOnExec(fds[1]))
        return (fds[0], fds[1])
    }

    @Test func anIdleSocketIsWritableNotReadable() throws {
        let (a, b) = try socketPair()
        defer { POSIX.close(a); POSIX.close(b) }
        var queue = PollEventQueue()
        try queue.add(a, token: 7, interest: [.read, .write])
        var events: [ReadyEvent] = []
        try queue.wait(timeout: .zero, into: &events)
        #expect(events == [ReadyEvent(token: 7, writable: true)])
    }

    @Test func bytesFromThePeerMakeItReadable() throws {
        let (a, b) = try socketPair()
        defer { POSIX.close(a); POSIX.close(b) }
        var queue = PollEventQueue()
        try queue.add(a, token: 3, interest: .read)
        var events: [ReadyEvent] = []
        try queue.wait(timeout: .zero, into: &events)
        #expect(events.isEmpty)
        var byte: UInt8 = 42
        #expect(POSIX.write(b, &byte, 1) == 1)
        try queue.wait(timeout: .seconds(5), into: &events)
        #expect(events == [ReadyEvent(token: 3, readable: true)])
    }

    @Test func modifyChangesInterestAndToken() throws {
        let (a, b) = try socketPair()
        defer { POSIX.close(a); POSIX.close(b) }
        var queue = PollEventQueue()
        try queue.add(a, token: 1, interest: .read)
        try queue.modify(a, token: 2, interest: .write)
        var events: [ReadyEvent] = []
        try queue.wait(timeout: .zero, into: &events)
        #expect(events == [ReadyEvent(token: 2, writable: true)])
    }

    @Test func aClosedPeerIsReadableThenHungUp() throws {
        let (a, b) = try socketPair()
        defer { POSIX.close(a) }
        var queue = PollEventQueue()
        try queue.add(a, token: 9, interest: .read)
        POSIX.close(b)
        var events: [ReadyEvent] = []
        try queue.wait(timeout: .seconds(5), into: &events)
        #expect(events.count == 1)
        #expect(events.first?.token == 9)
        #expect(events.first.map { $0.readable || $0.hangup } == true)
    }

    @Test func removeKeepsTheOtherEntriesReachable() throws {
        let (a, b) = try socketPair()
        let (c, d) = try socketPair()
        defer { for fd in [a, b, c, d] { POSIX.close(fd) } }
        var queue = PollEventQueue()
        try queue.add(a, token: 1, interest: .write)
        try queue.add(c, token: 2, interest: .write)
        try queue.remove(a)
        #expect(queue.count == 1)
        try queue.modify(c, token: 5, interest: .write)
        var events: [ReadyEvent] = []
        try queue.wait(timeout: .zero, into: &events)
        #expect(events == [ReadyEvent(token: 5, writable: true)])
    }

    @Test func willCloseForgetsTheDescriptorSoItsNumberCanComeBack() throws {
        let (a, b) = try socketPair()
        defer { POSIX.close(b) }
        var queue = PollEventQueue()
        try queue.add(a, token: 1, interest: .read)
        queue.willClose(a)
        POSIX.close(a)
        #expect(queue.count == 0)
        var events: [ReadyEvent] = []
        try queue.wait(timeout: .zero, into: &events)
        #expect(events.isEmpty) // No POLLNVAL from a stale entry.
    }

    @Test(arguments: [
        ("add twice", 0),
        ("modify unknown", 1),
        ("remove unknown", 2),
    ])
    func misuseIsAnErrorNamingTheCall(_ name: String, _ step: Int) throws {
        let (a, b) = try socketPair()
        defer { POSIX.close(a); POSIX.close(b) }
        var queue = PollEventQueue()
        let outcome: Result<Void, ServerError>
        switch step {
        case 0:
            try queue.add(a, token: 1, interest: .read)
            outcome = Result { () throws(ServerError) in try queue.add(a, token: 2, interest: .read) }
        case 1:
            outcome = Result { () throws(ServerError) in try queue.modify(a, token: 2, interest: .read) }
        default:
            outcome = Result { () throws(ServerError) in try queue.remove(a) }
        }
        guard case let .failure(.systemCallFailed(call, _, _)) = outcome else {
            Issue.record("\(name): expected a failure, got \(outcome)")
            return
        }
        #expect(call.hasPrefix("poll("), "\(name): \(call)")
    }
}
