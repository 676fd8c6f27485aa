import Foundation
import Providers
import Testing

@Suite struct CallbackRecordTests {
    @Test func aRecordKeepsWhatWasSentCutToItsLimit() {
        let callback = Callback(url: "http://127.0.0.1:9/x", headers: [:], body: Array(String(repeating: "é", count: 4_000).utf8))
        let record = CallbackRecord(callback, attempt: 2, accepted: false, status: nil, error: "refused", at: Date(timeIntervalSince1970: 5))
        #expect(record.url == "http://127.0.0.1:9/x" && record.method == "POST" && record.attempt == 2)
        #expect(record.body.utf8.count <= CallbackRecord.maxBodyBytes)
        #expect(record.body.hasPrefix("éé"))
        #expect(record.error == "refused" && record.status == nil && !record.accepted)
    }
}
