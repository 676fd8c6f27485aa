@testable import ContractHarness
import Testing

/// Where the ledger lives by default, and `SMSCONTRACT_STATE_DIR` moving it.
@Suite struct LiveStateDirectoryTests {
    #if canImport(Darwin)
    static let cases: [([String: String], String)] = [
        (["SMSCONTRACT_STATE_DIR": "/srv/state", "HOME": "/Users/ci"], "/srv/state"),
        (["HOME": "/Users/ci"], "/Users/ci/Library/Caches/smscontract"),
        (["HOME": "/Users/ci", "XDG_CACHE_HOME": "/tmp/cache"], "/Users/ci/Library/Caches/smscontract"),
    ]
    #else
    static let cases: [([String: String], String)] = [
        (["SMSCONTRACT_STATE_DIR": "/srv/state", "HOME": "/home/ci"], "/srv/state"),
        (["HOME": "/home/ci"], "/home/ci/.cache/smscontract"),
        (["HOME": "/home/ci", "XDG_CACHE_HOME": "/var/cache/ci"], "/var/cache/ci/smscontract"),
        (["HOME": "/home/ci", "XDG_CACHE_HOME": "relative"], "/home/ci/.cache/smscontract"),
        (["HOME": "/home/ci", "SMSCONTRACT_STATE_DIR": ""], "/home/ci/.cache/smscontract"),
    ]
    #endif

    @Test(arguments: cases)
    func theStateDirectoryFollowsTheEnvironment(environment: [String: String], expected: String) {
        #expect(LiveStateDirectory.resolve(environment: environment) == expected)
    }

    @Test func theLedgerFilesSitInTheStateDirectory() {
        let ledger = LiveLedger(directory: "/srv/state")
        #expect(ledger.path == "/srv/state/live-ledger.json")
        #expect(ledger.lockPath == "/srv/state/live-ledger.lock")
    }
}
